import { useState } from 'react';
import { Button, Card, Flex, Popconfirm, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { PERMISSIONS, type Permission } from '@contracts/access';
import { errorMessage } from '../../../lib/api-error';
import { toast } from '../../../lib/feedback';
import { formatDateTime } from '../../../lib/format';
import { useRevokeToken } from '../api/revoke-token';
import { useTokens } from '../api/get-tokens';
import { ScopeText } from '../components/ScopeText';
import { TokenCreateModal } from '../components/TokenCreateModal';
import { TokenSecretModal } from '../components/TokenSecretModal';
import type { ApiToken, TokenCreated } from '../types';

const state = (t: ApiToken) =>
  t.revokedAt ? <Tag>已吊销</Tag> : new Date(t.expiresAt) < new Date() ? <Tag color="orange">已过期</Tag> : <Tag color="green">有效</Tag>;

export default function TokenListPage() {
  const { data = [], isFetching, error } = useTokens();
  const revoke = useRevokeToken();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<TokenCreated | null>(null);
  const columns: TableColumnsType<ApiToken> = [
    { title: '名称', dataIndex: 'name' },
    { title: '前缀', dataIndex: 'prefix', render: (v: string) => <Typography.Text code>{v}…</Typography.Text> },
    { title: '权限', dataIndex: 'permissions', render: (ps: string[]) => ps.map((p) => <Tag key={p}>{PERMISSIONS[p as Permission] ?? p}</Tag>) },
    { title: '数据范围', dataIndex: 'scope', render: (s: unknown) => <ScopeText scope={s} /> },
    { title: '状态', key: 'state', render: (_, t) => <>{state(t)}{t.readOnly && <Tag color="blue">只读</Tag>}</> },
    { title: '有效期至', dataIndex: 'expiresAt', render: formatDateTime },
    { title: '最近使用', dataIndex: 'lastUsedAt', render: formatDateTime },
    { title: '创建', key: 'created', render: (_, t) => `${t.createdByName} ${formatDateTime(t.createdAt)}` },
    { title: '操作', key: 'op', render: (_, t) => !t.revokedAt && (
      <Popconfirm title={`吊销令牌“${t.name}”？`} description="吊销后使用该令牌的系统将立即无法访问。" okText="吊销" okButtonProps={{ danger: true }}
        onConfirm={() => revoke.mutateAsync(t.id).then(() => toast().success('令牌已吊销'), (e) => toast().error(errorMessage(e)))}>
        <Button type="link" danger size="small">吊销</Button>
      </Popconfirm>
    ) },
  ];
  return (
    <Card>
      <Flex justify="space-between" align="center" style={{ marginBottom: 16 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>API令牌</Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>新建令牌</Button>
      </Flex>
      <Table<ApiToken> rowKey="id" columns={columns} dataSource={data} loading={isFetching} pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }} locale={{ emptyText: error ? `加载失败：${errorMessage(error)}` : '暂无令牌' }} />
      {creating && <TokenCreateModal onClose={() => setCreating(false)} onCreated={(r) => { setCreating(false); setCreated(r); }} />}
      {created && <TokenSecretModal name={created.record.name} token={created.token} onClose={() => setCreated(null)} />}
    </Card>
  );
}
