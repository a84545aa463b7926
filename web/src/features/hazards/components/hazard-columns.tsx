import { Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { formatDateTime, text } from '../../../lib/format';
import type { HazardListItem } from '../types';
import { GradeTag, ListedTag, OverdueTag, StatusTag } from './HazardTags';

export const hazardColumns: TableColumnsType<HazardListItem> = [
  {
    title: '隐患描述', key: 'description', fixed: 'left', width: 260,
    render: (_, h) => (
      <Link to={`/hazards/${h.id}`} data-testid="hazard-link">
        <Typography.Text ellipsis={{ tooltip: h.description }} style={{ maxWidth: 240, color: 'inherit' }}>{h.description}</Typography.Text>
      </Link>
    ),
  },
  { title: '登记时间', key: 'registeredAt', sorter: true, render: (_, h) => formatDateTime(h.registeredAt) },
  { title: '等级', key: 'grade', render: (_, h) => <GradeTag grade={h.grade} /> },
  { title: '判定条目', dataIndex: 'standardItemCode', render: (v) => text(v) },
  {
    title: '状态', key: 'status',
    render: (_, h) => <><StatusTag status={h.status} /><OverdueTag overdue={h.overdue} /><ListedTag docNo={h.listingDocNo} /></>,
  },
  { title: '矿山', key: 'mine', render: (_, h) => <Link to={`/mines/${h.mineId}`}>{h.mineName}</Link> },
  { title: '企业', dataIndex: 'enterpriseName' },
  { title: '区县', dataIndex: 'regionName' },
  {
    title: '整改期限', key: 'deadline',
    render: (_, h) => (h.overdue ? <Typography.Text type="danger">{h.deadline}</Typography.Text> : text(h.deadline)),
  },
  { title: '督办文号', dataIndex: 'listingDocNo', render: (v) => text(v) },
];
