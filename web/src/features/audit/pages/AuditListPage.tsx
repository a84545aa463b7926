import { AutoComplete, Button, DatePicker, Form, Input, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { ExportOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import dayjs, { type Dayjs } from 'dayjs';
import { ROLES, type Role } from '@contracts/access';
import { ListPage } from '../../../components/list-page';
import { useAuth } from '../../../lib/auth';
import { EMPTY, formatDateTime, labelOf } from '../../../lib/format';
import type { ListParams } from '../../../lib/list';
import { downloadAuditCheckpoint } from '../api/get-checkpoint';
import { auditListKey, getAuditEvents } from '../api/get-audit';
import { AuditChangeView } from '../components/AuditChangeView';
import { VerifyAuditButton } from '../components/VerifyAuditButton';
import { ACTIONS, ENTITY_LINKS, ENTITY_TYPES } from '../labels';
import type { AuditEvent } from '../types';

const suggestions = (map: Record<string, string>) => Object.entries(map).map(([value, label]) => ({ value, label: `${label}（${value}）` }));

const entity = (e: AuditEvent) => {
  const label = labelOf(ENTITY_TYPES, e.entityType);
  const base = ENTITY_LINKS[e.entityType];
  if (!e.entityId) return label;
  return <>{label} {base ? <Link to={`${base}/${e.entityId}`}>{e.entityId}</Link> : <Typography.Text code>{e.entityId}</Typography.Text>}</>;
};

const columns: TableColumnsType<AuditEvent> = [
  { title: '序号', dataIndex: 'seq', width: 90 },
  { title: '时间', dataIndex: 'occurredAt', render: formatDateTime },
  { title: '操作人', key: 'actor', render: (_, e) => <>{e.actorUsername ?? '系统'}{e.actorRole && <Typography.Text type="secondary">（{ROLES[e.actorRole as Role]?.label ?? e.actorRole}）</Typography.Text>}</> },
  { title: '操作', dataIndex: 'action', render: (v: string) => labelOf(ACTIONS, v) },
  { title: '对象', key: 'entity', render: (_, e) => entity(e) },
  { title: 'IP', dataIndex: 'ip', render: (v: string | null) => v ?? EMPTY },
  { title: '请求编号', dataIndex: 'requestId', render: (v: string | null) => (v ? <Typography.Text copyable={{ text: v }}>{v.slice(0, 8)}…</Typography.Text> : EMPTY) },
];

/** Date range ↔ from/to (ISO instants) in the URL. */
const toParams = ({ range, ...rest }: Record<string, unknown>): ListParams => {
  const [from, to] = (range as [Dayjs | null, Dayjs | null] | undefined) ?? [];
  const plain = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, v ? String(v) : undefined]));
  return { ...plain, from: from?.toISOString(), to: to?.toISOString() };
};
const toValues = ({ from, to, ...rest }: ListParams) => ({ ...rest, range: from || to ? [from ? dayjs(from) : null, to ? dayjs(to) : null] : undefined });

export default function AuditListPage() {
  const { can } = useAuth();
  return (
    <ListPage<AuditEvent>
      title="审计日志"
      queryKey={auditListKey}
      fetchPage={getAuditEvents}
      columns={columns}
      rowKey="seq"
      toParams={toParams}
      toValues={toValues}
      expandable={{ expandedRowRender: (e) => <AuditChangeView event={e} />, rowExpandable: (e) => e.before != null || e.after != null }}
      filters={
        <>
          <Form.Item name="entityType" label="对象类型"><AutoComplete allowClear options={suggestions(ENTITY_TYPES)} style={{ width: 150 }} /></Form.Item>
          <Form.Item name="entityId" label="对象编号"><Input allowClear style={{ width: 200 }} /></Form.Item>
          <Form.Item name="actor" label="操作人"><Input allowClear placeholder="用户名" style={{ width: 130 }} /></Form.Item>
          <Form.Item name="action" label="操作"><AutoComplete allowClear options={suggestions(ACTIONS)} style={{ width: 150 }} /></Form.Item>
          <Form.Item name="range" label="时间"><DatePicker.RangePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" allowEmpty={[true, true]} /></Form.Item>
        </>
      }
      toolbar={
        <>
          {can('audit.verify') && <VerifyAuditButton />}
          {can('audit.verify') && <Button icon={<ExportOutlined />} onClick={() => void downloadAuditCheckpoint()}>导出检查点</Button>}
        </>
      }
    />
  );
}
