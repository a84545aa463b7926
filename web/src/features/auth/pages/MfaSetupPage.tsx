import { Alert, Button, Card, Form, Input, QRCode, Space, Steps, Typography } from 'antd';
import { toast } from '../../../lib/feedback';
import { errorMessage } from '../../../lib/api-error';
import { reportFormError } from '../../../lib/form-errors';
import { useSetupTotp } from '../api/totp-setup';
import { useEnableTotp } from '../api/totp-enable';

/** Shown instead of every page while the session is MFA-pending (admin roles must use TOTP). */
export default function MfaSetupPage() {
  const setup = useSetupTotp();
  const enable = useEnableTotp();
  const [form] = Form.useForm<{ code: string }>();
  const secret = setup.data;

  return (
    <Card style={{ maxWidth: 720 }}>
      <Typography.Title level={3} style={{ marginTop: 0 }}>设置动态验证码</Typography.Title>
      <Alert type="info" showIcon style={{ marginBottom: 16 }}
        title="您的账号须启用动态验证码（双因素认证）后才能使用系统。请在手机上安装动态验证码应用（如 Microsoft Authenticator、Google Authenticator、FreeOTP 或各类国产令牌应用）。" />
      <Steps current={secret ? 1 : 0} style={{ marginBottom: 24 }} items={[{ title: '生成密钥' }, { title: '输入验证码确认' }]} />
      {!secret ? (
        <Button type="primary" loading={setup.isPending} onClick={() => setup.mutate(undefined, { onError: (e) => toast().error(errorMessage(e)) })}>
          生成密钥
        </Button>
      ) : (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Space align="start" size="large" wrap>
            <QRCode value={secret.otpauthUrl} size={160} />
            <div>
              <Typography.Paragraph>用应用扫描二维码，或手动添加以下密钥：</Typography.Paragraph>
              <Typography.Paragraph>密钥：<Typography.Text code copyable data-testid="totp-secret">{secret.secret}</Typography.Text></Typography.Paragraph>
              <Typography.Paragraph style={{ wordBreak: 'break-all' }}>
                地址：<Typography.Text copyable data-testid="totp-url">{secret.otpauthUrl}</Typography.Text>
              </Typography.Paragraph>
            </div>
          </Space>
          <Form form={form} layout="inline" onFinish={({ code }) => enable.mutate(code, {
            onSuccess: () => toast().success('动态验证码已启用'),
            onError: (e) => reportFormError(form, e),
          })}>
            <Form.Item name="code" label="动态验证码" rules={[{ required: true, message: '请输入动态验证码' }, { pattern: /^\d{6}$/, message: '动态验证码为6位数字' }]}>
              <Input maxLength={6} inputMode="numeric" autoComplete="one-time-code" placeholder="6位数字" style={{ width: 140 }} />
            </Form.Item>
            <Form.Item>
              <Button type="primary" htmlType="submit" loading={enable.isPending}>确认启用</Button>
            </Form.Item>
          </Form>
        </Space>
      )}
    </Card>
  );
}
