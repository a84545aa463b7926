import { Badge, Button, Tooltip } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useUnreadCount } from '../api/get-unread-count';

/** Header bell: the unread count (refreshed every minute), opening the inbox. */
export function NotificationBell() {
  const navigate = useNavigate();
  const { data } = useUnreadCount();
  const n = data?.count ?? 0;
  return (
    <Tooltip title={n ? `${n} 条未读消息` : '消息'}>
      <Button type="text" aria-label="消息" data-testid="notification-bell" onClick={() => navigate('/notifications')}
        icon={<Badge count={n} size="small" overflowCount={99}><BellOutlined style={{ fontSize: 16 }} /></Badge>} />
    </Tooltip>
  );
}
