import { Form, Input, Modal } from 'antd';
import { toast } from '../../../lib/feedback';
import { reportFormError } from '../../../lib/form-errors';
import { useResetPassword } from '../api/reset-password';
import type { User } from '../types';

/** 重置密码: sets a temporary password; the user must change it at the next login. */
export function ResetPasswordModal({ user, onClose }: { user: User; onClose: () => void }) {
  const [form] = Form.useForm<{ newPassword: string; confirm: string }>();
  const reset = useResetPassword();
  return (
    <Modal open title={`重置密码：${user.displayName}（${user.username}）`} onOk={() => form.submit()} onCancel={onClose}
      confirmLoading={reset.isPending} okText="重置" destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={({ newPassword }) => reset.mutate({ id: user.id, newPassword }, {
        onSuccess: () => { toast().success('密码已重置，请通过安全渠道告知用户'); onClose(); },
        onError: (e) => reportFormError(form, e),
      })}>
        <Form.Item name="newPassword" label="新密码" rules={[{ required: true, message: '请输入新密码' }]} extra="用户下次登录时须修改密码">
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="confirm" label="确认新密码" dependencies={['newPassword']} rules={[{ required: true, message: '请再次输入新密码' },
          ({ getFieldValue }) => ({ validator: (_r, v) => (!v || v === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error('两次输入的密码不一致'))) })]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
