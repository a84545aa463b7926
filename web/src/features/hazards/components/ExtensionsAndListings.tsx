import { Button, Table } from 'antd';
import { LISTING_STATUSES } from '@contracts/hazards';
import { CodeTag } from '../../../components/CodeTag';
import { download } from '../../../lib/download';
import { formatDateTime, text } from '../../../lib/format';
import { noticePdfUrl } from '../api/attachments';
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
        {
          title: '通知书', key: 'notice', className: 'no-print',
          render: (_, l) => <NoticePdfLink listingId={l.id} docNo={l.docNo} />,
        },
      ]} />
  );
}

/** 下载通知书(PDF): the listing's 挂牌督办通知书 as the server renders it. */
export function NoticePdfLink({ listingId, docNo }: { listingId: string; docNo: string }) {
  return (
    <Button type="link" size="small" style={{ paddingInline: 0 }} data-testid="notice-pdf"
      onClick={() => void download(noticePdfUrl(listingId), `挂牌督办通知书-${docNo}.pdf`)}>下载通知书(PDF)</Button>
  );
}
