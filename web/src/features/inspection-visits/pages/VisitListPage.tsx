import { Button, DatePicker, Form } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import { ListPage } from '../../../components/list-page';
import { MineSelect } from '../../../components/selects/MineSelect';
import { RegionSelect } from '../../../components/selects/RegionSelect';
import { useAuth } from '../../../lib/auth';
import { formatDate, fromIsoDate, labelOf, text, toIsoDate } from '../../../lib/format';
import type { ListParams } from '../../../lib/list';
import { getVisits } from '../api/get-visits';
import { visitsListKey } from '../api/keys';
import { TRAINING_RATINGS } from '../labels';
import type { Visit } from '../types';

const columns: TableColumnsType<Visit> = [
  { title: '检查日期', key: 'visitDate', render: (_, v) => <Link to={`/inspection-visits/${v.id}`}>{formatDate(v.visitDate)}</Link> },
  { title: '矿山', dataIndex: 'mineName' },
  { title: '企业', dataIndex: 'enterpriseName' },
  { title: '区县', dataIndex: 'regionName' },
  { title: '牵头部门', dataIndex: 'leadAgencyName' },
  { title: '联合部门', key: 'agencies', render: (_, v) => text(v.agencies.map((a) => a.name).join('、')) },
  { title: '检查人员', dataIndex: 'inspectors' },
  { title: '培训评价', dataIndex: 'trainingRating', render: (r) => labelOf(TRAINING_RATINGS, r) },
];

const toParams = (v: Record<string, unknown>): ListParams => ({
  mineId: (v.mineId as string) || undefined, regionCode: (v.regionCode as string) || undefined,
  from: toIsoDate(v.from as never) ?? undefined, to: toIsoDate(v.to as never) ?? undefined,
});
const toValues = (p: ListParams) => ({ ...p, from: fromIsoDate(p.from), to: fromIsoDate(p.to) });

/** 检查记录 (逢查必验、逢查必评、逢查必考). */
export default function VisitListPage() {
  const { can, me } = useAuth();
  const navigate = useNavigate();
  return (
    <ListPage<Visit>
      title="检查记录"
      queryKey={visitsListKey}
      fetchPage={getVisits}
      columns={columns}
      rowKey="id"
      toParams={toParams}
      toValues={toValues}
      filters={
        <>
          <Form.Item name="mineId" label="矿山"><MineSelect style={{ width: 220 }} /></Form.Item>
          {me.org.type === 'agency' && <Form.Item name="regionCode" label="区县"><RegionSelect style={{ width: 140 }} /></Form.Item>}
          <Form.Item name="from" label="自"><DatePicker /></Form.Item>
          <Form.Item name="to" label="至"><DatePicker /></Form.Item>
        </>
      }
      toolbar={can('inspection.record') && me.org.type === 'agency' && (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/inspection-visits/new')}>登记检查</Button>
      )}
    />
  );
}
