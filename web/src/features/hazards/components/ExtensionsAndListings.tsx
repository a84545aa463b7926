import { Table } from 'antd';
import { LISTING_STATUSES } from '@contracts/hazards';
import { CodeTag } from '../../../components/CodeTag';
import { formatDateTime, text } from '../../../lib/format';
import { EXTENSION_COLORS, EXTENSION_STATUSES, LISTING_COLORS } from '../labels';
import type { HazardExtension, HazardListing } from '../types';

export function ExtensionsTable({ rows }: { rows: HazardExtension[] }) {
  return (
    <Table<HazardExtension> rowKey="id" size="small" pagination={false} dataSource={rows} scroll={{ x: 'max-content' }}
      columns={[
        { title: '申请时间', key: 'requestedAt', render: (_, x) => formatDateTime(x.requestedAt) },
        { title: '原期限', dataIndex: 'previousDeadline', render: (v) => text(v) },
        { title: '申请延期至', dataIndex: 'requestedDeadline' },
        { title: '理由', dataIndex: 'reason' },
        { title: '状态', key: 'status', render: (_, x) => <CodeTag labels={EXTENSION_STATUSES} value={x.status} colors={EXTENSION_COLORS} /> },
        { title: '审批时间', key: 'decidedAt', render: (_, x) => formatDateTime(x.decidedAt) },
        { title: '审批意见', dataIndex: 'decisionNote', render: (v) => text(v) },
      ]} />
  );
}

export function ListingsTable({ rows }: { rows: HazardListing[] }) {
  return (
    <Table<HazardListing> rowKey="id" size="small" pagination={false} dataSource={rows} scroll={{ x: 'max-content' }}
      columns={[
        { title: '督办文号', dataIndex: 'docNo' },
        { title: '挂牌部门', dataIndex: 'agencyName' },
        { title: '责任单位', dataIndex: 'responsibleUnit' },
        { title: '督办期限', dataIndex: 'deadline' },
        { title: '督办要求', dataIndex: 'requirements' },
        { title: '状态', key: 'status', render: (_, l) => <CodeTag labels={LISTING_STATUSES} value={l.status} colors={LISTING_COLORS} /> },
        { title: '挂牌时间', key: 'listedAt', render: (_, l) => formatDateTime(l.listedAt) },
        { title: '摘牌时间', key: 'delistedAt', render: (_, l) => formatDateTime(l.delistedAt) },
        { title: '现场核查意见', dataIndex: 'verificationNote', render: (v) => text(v) },
      ]} />
  );
}
