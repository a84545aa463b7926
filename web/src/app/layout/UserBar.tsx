import { useState } from 'react';
import { Button, Space, Typography } from 'antd';
import { LockOutlined, LogoutOutlined } from '@ant-design/icons';
import type { Me } from '@contracts/auth';
import { ChangePasswordModal } from '../../features/auth/components/ChangePasswordModal';
import { useLogout } from '../../features/auth/api/logout';
import { NotificationBell } from '../../features/notifications/components/NotificationBell';

/** Header right side: who is signed in, for which organisation and region; password and sign-out. */
export function UserBar({ me }: { me: Me }) {
  const [pwdOpen, setPwdOpen] = useState(false);
  const logout = useLogout();
  const org = [me.org.name, me.regionName].filter(Boolean).join(' · ');
  return (
    <Space size="middle" wrap>
      <span>
        <Typography.Text strong data-testid="current-user">{me.displayName}</Typography.Text>
        <Typography.Text type="secondary" style={{ marginLeft: 8 }}>{org}</Typography.Text>
      </span>
      {!me.mfa.pending && <NotificationBell />}
      <Button type="text" icon={<LockOutlined />} onClick={() => setPwdOpen(true)}>修改密码</Button>
      <Button type="text" icon={<LogoutOutlined />} loading={logout.isPending} onClick={() => logout.mutate()}>退出</Button>
      <ChangePasswordModal open={pwdOpen || me.mustChangePassword} forced={me.mustChangePassword} onClose={() => setPwdOpen(false)} />
    </Space>
  );
}
