import { Alert, Form, Input, Modal } from 'antd';
import { toast } from '../../../lib/feedback';
import { reportFormError } from '../../../lib/form-errors';
import { useChangePassword } from '../api/change-password';

interface Values { currentPassword: string; newPassword: string; confirm: string }

/** 修改密码. `forced`: the account must change its password before doing anything else. */
export function ChangePasswordModal({ open, forced, onClose }: { open: boolean; forced?: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const change = useChangePassword();
  const submit = (v: Values) =>
    change.mutate({ currentPassword: v.currentPassword, newPassword: v.newPassword }, {
      onSuccess: () => {
        toast().success('密码已修改，您在其他设备上的登录已退出');
        form.resetFields();
        onClose();
      },
      onError: (e) => reportFormError(form, e),
    });

  return (
    <Modal
      title="修改密码"
      open={open}
      onOk={() => form.submit()}
      onCancel={forced ? undefined : onClose}
      closable={!forced}
      mask={{ closable: !forced }}
      cancelButtonProps={{ style: forced ? { display: 'none' } : undefined }}
      okText="确定修改"
      confirmLoading={change.isPending}
      destroyOnHidden
    >
      {forced && <Alert type="warning" showIcon title="首次登录或密码已被重置，请先设置新密码" style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
        <Form.Item name="currentPassword" label="当前密码" rules={[{ required: true, message: '请输入当前密码' }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item name="newPassword" label="新密码" rules={[{ required: true, message: '请输入新密码' }]}
          extra="密码规则以服务器校验为准（长度、复杂度，且不能包含用户名）">
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label="确认新密码"
          dependencies={['newPassword']}
          rules={[
            { required: true, message: '请再次输入新密码' },
            ({ getFieldValue }) => ({
              validator: (_r, v) => (!v || v === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error('两次输入的新密码不一致'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
