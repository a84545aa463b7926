import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Badge, Button, Card, Flex, List, Segmented, Select, Space, Tag, Typography } from 'antd';
import { SettingOutlined } from '@ant-design/icons';
import { NOTIFICATION_KINDS, NOTIFICATION_KIND_LIST, NOTIFICATION_STAGES, type NotificationKind, type NotificationOut } from '@contracts/notifications';
import { PageHeader } from '../../../components/PageHeader';
import { Pager } from '../../../components/list-page/Pager';
import { useCursorPaging } from '../../../components/list-page/use-cursor-paging';
import { errorMessage } from '../../../lib/api-error';
import { toast } from '../../../lib/feedback';
import { formatDateTime } from '../../../lib/format';
import { useNotifications } from '../api/get-notifications';
import { useMarkAllRead, useMarkRead } from '../api/mark-read';

const PAGE_SIZE = 20;
const kindLabel = (k: string) => NOTIFICATION_KINDS[k as NotificationKind] ?? k;

/** 消息: the user's own notifications; clicking one marks it read and opens the item it is about. */
export default function NotificationInboxPage() {
  const navigate = useNavigate();
  const [unread, setUnread] = useState(false);
  const [kind, setKind] = useState<NotificationKind | undefined>();
  const paging = useCursorPaging(`${unread}:${kind ?? ''}`);
  const query = useNotifications({ unread, kind }, { cursor: paging.cursor, limit: PAGE_SIZE });
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();

  const open = async (n: NotificationOut) => {
    if (!n.readAt) await markRead.mutateAsync(n.id).catch(() => {});
    // Only links inside this app are followed.
    if (n.link?.startsWith('/') && !n.link.startsWith('//')) navigate(n.link);
  };
  const readAll = async () => {
    try {
      const { count } = await markAll.mutateAsync();
      toast().success(count ? `已将 ${count} 条消息标为已读` : '没有未读消息');
    } catch (e) {
      toast().error(errorMessage(e));
    }
  };

  return (
    <Card>
      <PageHeader title="消息"
        extra={(
          <>
            <Button onClick={() => void readAll()} loading={markAll.isPending} data-testid="read-all">全部已读</Button>
            <Button icon={<SettingOutlined />} onClick={() => navigate('/notification-preferences')}>通知设置</Button>
          </>
        )} />
      <Flex gap={12} wrap style={{ marginBottom: 16 }}>
        <Segmented value={unread ? 'unread' : 'all'} onChange={(v) => setUnread(v === 'unread')}
          options={[{ value: 'all', label: '全部' }, { value: 'unread', label: '未读' }]} />
        <Select allowClear placeholder="全部类别" style={{ width: 200 }} value={kind} onChange={setKind}
          options={NOTIFICATION_KIND_LIST.map((k) => ({ value: k, label: NOTIFICATION_KINDS[k] }))} />
      </Flex>
      <List<NotificationOut>
        loading={query.isFetching}
        dataSource={query.data?.items ?? []}
        locale={{ emptyText: query.isError ? `加载失败：${errorMessage(query.error)}` : '暂无消息' }}
        renderItem={(n) => (
          <List.Item style={{ cursor: 'pointer' }} onClick={() => void open(n)} data-testid="notification-item">
            <List.Item.Meta
              avatar={<Badge dot={!n.readAt} />}
              title={(
                <Space wrap>
                  <Typography.Text strong={!n.readAt}>{n.title}</Typography.Text>
                  <Tag>{kindLabel(n.kind)}</Tag>
                  {NOTIFICATION_STAGES[n.stage] && <Tag color={n.stage === 'due_soon' ? 'gold' : 'red'}>{NOTIFICATION_STAGES[n.stage]}</Tag>}
                </Space>
              )}
              description={n.body}
            />
            <Typography.Text type="secondary">{formatDateTime(n.createdAt)}</Typography.Text>
          </List.Item>
        )}
      />
      <Pager data={query.data} paging={paging} loading={query.isFetching} />
    </Card>
  );
}
