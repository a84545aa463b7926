import { Alert, Card, Switch, Table, type TableColumnsType } from 'antd';
import type { PreferenceOut } from '@contracts/notifications';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { errorMessage } from '../../../lib/api-error';
import { toast } from '../../../lib/feedback';
import { usePreferences, useSetPreference } from '../api/preferences';

/** 通知设置: per kind, whether it appears in the inbox and whether it is also pushed through the webhook. */
export default function NotificationPreferencesPage() {
  const query = usePreferences();
  const save = useSetPreference();
  const change = async (p: PreferenceOut, next: { inApp: boolean; webhook: boolean }) => {
    try {
      await save.mutateAsync({ kind: p.kind, ...next });
      toast().success('已保存');
    } catch (e) {
      toast().error(errorMessage(e));
    }
  };
  const webhookAvailable = query.data?.webhookAvailable ?? false;
  const columns: TableColumnsType<PreferenceOut> = [
    { title: '类别', dataIndex: 'label' },
    { title: '站内消息', dataIndex: 'inApp', render: (_v, p) => (
      <Switch checked={p.inApp} loading={save.isPending} onChange={(inApp) => void change(p, { inApp, webhook: p.webhook })} />
    ) },
    { title: 'Webhook 推送', dataIndex: 'webhook', render: (_v, p) => (
      <Switch checked={p.webhook} disabled={!webhookAvailable && !p.webhook} loading={save.isPending}
        onChange={(webhook) => void change(p, { inApp: p.inApp, webhook })} />
    ) },
  ];
  return (
    <Card>
      <PageHeader title="通知设置" sub="关闭站内消息后，该类别不再产生通知（也不再推送）" />
      {query.data && !webhookAvailable && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} message="本系统未配置 Webhook 推送渠道，仅可接收站内消息。" />
      )}
      <QueryState query={query}>
        {(data) => <Table rowKey="kind" columns={columns} dataSource={data.items} pagination={false} size="middle" />}
      </QueryState>
    </Card>
  );
}
