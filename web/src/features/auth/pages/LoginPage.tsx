import { useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { LockOutlined, SafetyOutlined, UserOutlined } from '@ant-design/icons';
import { useMe } from '../../../lib/auth';
import { ApiError, errorMessage } from '../../../lib/api-error';
import { applyFieldErrors } from '../../../lib/form-errors';
import { useLogin, type LoginInput } from '../api/login';

/** Only same-site paths: `next` comes from the address bar and must not send the user elsewhere. */
export function safeNext(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\') || next.startsWith('/login')) return '/';
  return next;
}

export default function LoginPage() {
  const [form] = Form.useForm<LoginInput>();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const me = useMe();
  const login = useLogin();
  const [mfaStep, setMfaStep] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const next = safeNext(params.get('next'));

  if (me.data) return <Navigate to={next} replace />;

  const onFinish = (values: LoginInput) => {
    setError(null);
    login.mutate(
      { username: values.username, password: values.password, totp: mfaStep ? values.totp : undefined },
      {
        onSuccess: () => navigate(next, { replace: true }),
        onError: (e) => {
          if (e instanceof ApiError && e.code === 'MFA_REQUIRED') {
            setMfaStep(true);
            setError(null);
            setTimeout(() => form.getFieldInstance('totp')?.focus?.(), 0);
            return;
          }
          if (e instanceof ApiError) applyFieldErrors(form, e);
          setError(errorMessage(e)); // e.g. 423 LOCKED: "登录失败次数过多，账号已锁定，请15分钟后重试…"
        },
      },
    );
  };

  return (
    <div style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', background: '#f0f2f5' }}>
      <Card style={{ width: 380 }}>
        <Typography.Title level={3} style={{ textAlign: 'center' }}>非煤矿山安全在线</Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>重庆市非煤矿山安全监管平台</Typography.Paragraph>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="login-error" />}
        <Form form={form} onFinish={onFinish} size="large" autoComplete="on">
          <Form.Item name="username" rules={[{ required: true, message: '请输入用户名' }]}>
            <Input prefix={<UserOutlined />} placeholder="用户名" autoComplete="username" disabled={mfaStep} />
          </Form.Item>
          <Form.Item name="password" rules={[{ required: true, message: '请输入密码' }]}>
            <Input.Password prefix={<LockOutlined />} placeholder="密码" autoComplete="current-password" disabled={mfaStep} />
          </Form.Item>
          {mfaStep && (
            <Form.Item
              name="totp"
              label="动态验证码"
              extra="请打开手机上的动态验证码应用，输入当前显示的6位数字"
              rules={[{ required: true, message: '请输入动态验证码' }, { pattern: /^\d{6}$/, message: '动态验证码为6位数字' }]}
            >
              <Input prefix={<SafetyOutlined />} placeholder="6位数字" maxLength={6} inputMode="numeric" autoComplete="one-time-code" />
            </Form.Item>
          )}
          <Button type="primary" htmlType="submit" block loading={login.isPending}>登录</Button>
          {mfaStep && (
            <Button type="link" block onClick={() => { setMfaStep(false); form.setFieldValue('totp', undefined); }}>
              返回，重新输入用户名和密码
            </Button>
          )}
        </Form>
      </Card>
    </div>
  );
}
