import { Button, Popconfirm, Space } from 'antd';
import { toast } from '../../../lib/feedback';
import { errorMessage } from '../../../lib/api-error';
import { useUnlockUser } from '../api/unlock-user';
import type { User } from '../types';

interface Props {
  user: User;
  canEdit: boolean;
  /** user.roles: unlock and reset passwords */
  canSecure: boolean;
  onEdit: (u: User) => void;
  onResetPassword: (u: User) => void;
}

export function UserActions({ user, canEdit, canSecure, onEdit, onResetPassword }: Props) {
  const unlock = useUnlockUser();
  return (
    <Space size={0} wrap>
      {canEdit && <Button type="link" size="small" onClick={() => onEdit(user)}>编辑</Button>}
      {canSecure && user.locked && (
        <Popconfirm title={`解锁 ${user.displayName} 的账号？`} okText="解锁" onConfirm={() => unlock.mutateAsync(user.id).then(
          () => toast().success('账号已解锁'), (e) => toast().error(errorMessage(e)))}>
          <Button type="link" size="small" loading={unlock.isPending}>解锁</Button>
        </Popconfirm>
      )}
      {canSecure && <Button type="link" size="small" onClick={() => onResetPassword(user)}>重置密码</Button>}
    </Space>
  );
}
