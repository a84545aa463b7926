import { Form, Select, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { HAZARD_FLAG_KINDS, type HazardFlagOut } from '@contracts/hazards';
import { ListPage } from '../../../components/list-page';
import { MineSelect } from '../../../components/selects/MineSelect';
import { RegionSelect } from '../../../components/selects/RegionSelect';
import { useAuth } from '../../../lib/auth';
import { formatDateTime, labelOf, optionsFrom } from '../../../lib/format';
import { flagsListKey, getFlags } from '../api/oversight';
import { FlagPrincipals } from '../components/HazardFlags';

const columns: TableColumnsType<HazardFlagOut> = [
  { title: '标记时间', dataIndex: 'raisedAt', key: 'raisedAt', sorter: true, render: (v: string) => formatDateTime(v), width: 150 },
  { title: '类型', dataIndex: 'kind', render: (v: string) => labelOf(HAZARD_FLAG_KINDS, v), width: 170 },
  { title: '区县', dataIndex: 'regionName', width: 90 },
  { title: '矿山', dataIndex: 'mineName' },
  { title: '隐患', key: 'hazard', render: (_, f) => <Link to={`/hazards/${f.hazardId}`}>{f.standardItemCode ? `${f.standardItemCode} ` : ''}{f.hazardDescription}</Link> },
  { title: '情况', dataIndex: 'detail' },
  { title: '责任人（在任）', key: 'who', render: (_, f) => <FlagPrincipals flag={f} /> },
];

/** 屡改屡犯、弄虚作假台账: every flag in the caller's scope, with the principals named on the relevant dates. */
export default function HazardFlagListPage() {
  const { me } = useAuth();
  return (
    <ListPage<HazardFlagOut>
      title="屡改屡犯、弄虚作假台账"
      queryKey={flagsListKey}
      fetchPage={getFlags}
      columns={columns}
      rowKey="id"
      filters={(
        <>
          <Form.Item name="kind" label="类型">
            <Select allowClear options={optionsFrom(HAZARD_FLAG_KINDS)} style={{ width: 220 }} placeholder="全部" />
          </Form.Item>
          <Form.Item name="mineId" label="矿山"><MineSelect style={{ width: 220 }} /></Form.Item>
          {me.scope.kind === 'city' && <Form.Item name="regionCode" label="区县"><RegionSelect style={{ width: 130 }} /></Form.Item>}
        </>
      )}
    />
  );
}
