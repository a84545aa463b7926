import { Form, Select, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { RESUMPTION_STATUSES } from '@contracts/resumptions';
import { ListPage } from '../../../components/list-page';
import { RegionSelect } from '../../../components/selects/RegionSelect';
import { useAuth } from '../../../lib/auth';
import { formatDateTime, optionsFrom } from '../../../lib/format';
import { getResumptions, resumptionsListKey, type Resumption } from '../api/resumptions';
import { ResumptionClock, ResumptionStatus, RuleLabel } from '../components/ResumptionClock';

const YES_NO = [{ value: 'true', label: '是' }, { value: 'false', label: '否' }];

const columns: TableColumnsType<Resumption> = [
  { title: '矿山', key: 'mine', render: (_, r) => <Link to={`/hazards/${r.hazardId}`}>{r.mineName}</Link> },
  { title: '企业', dataIndex: 'enterpriseName' },
  { title: '区县', dataIndex: 'regionName' },
  { title: '隐患', dataIndex: 'hazardDescription', ellipsis: true, width: 240 },
  { title: '申请时间', key: 'appliedAt', render: (_, r) => formatDateTime(r.appliedAt) },
  { title: '核查时限', key: 'rule', render: (_, r) => <RuleLabel r={r} /> },
  { title: '核查期限', key: 'due', render: (_, r) => <ResumptionClock r={r} /> },
  { title: '状态', key: 'status', render: (_, r) => <ResumptionStatus r={r} /> },
  { title: '现场核查日期', dataIndex: 'verifiedOn', render: (v: string | null) => v ?? '—' },
];

function Filters() {
  const { me } = useAuth();
  return (
    <>
      <Form.Item name="status" label="状态">
        <Select allowClear options={optionsFrom(RESUMPTION_STATUSES)} style={{ width: 110 }} placeholder="全部" />
      </Form.Item>
      <Form.Item name="overdue" label="逾期未核查">
        <Select allowClear options={YES_NO} style={{ width: 80 }} placeholder="全部" />
      </Form.Item>
      {me.scope.kind === 'city' && <Form.Item name="regionCode" label="区县"><RegionSelect style={{ width: 130 }} /></Form.Item>}
    </>
  );
}

/** 复产验收: applications to resume production in the caller's scope, with the verification clock. */
export default function ResumptionListPage() {
  return (
    <ListPage<Resumption>
      title="复产验收（复产申请与现场核查）"
      queryKey={resumptionsListKey}
      fetchPage={getResumptions}
      columns={columns}
      rowKey="id"
      filters={<Filters />}
    />
  );
}
