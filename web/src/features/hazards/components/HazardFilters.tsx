import { Form, Input, Select } from 'antd';
import { HAZARD_GRADES, HAZARD_STATUSES } from '@contracts/hazards';
import { MineSelect } from '../../../components/selects/MineSelect';
import { RegionSelect } from '../../../components/selects/RegionSelect';
import { useAuth } from '../../../lib/auth';
import { optionsFrom } from '../../../lib/format';

const YES_NO = [{ value: 'true', label: '是' }, { value: 'false', label: '否' }];

/** 隐患列表 filters; their names are the API's query parameters. */
export function HazardFilters({ showListed = true }: { showListed?: boolean }) {
  const { me } = useAuth();
  return (
    <>
      <Form.Item name="q" label="关键字">
        <Input allowClear placeholder="隐患描述" style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="mineId" label="矿山"><MineSelect style={{ width: 220 }} /></Form.Item>
      {me.scope.kind === 'city' && <Form.Item name="regionCode" label="区县"><RegionSelect style={{ width: 130 }} /></Form.Item>}
      <Form.Item name="status" label="状态">
        <Select allowClear options={optionsFrom(HAZARD_STATUSES)} style={{ width: 110 }} placeholder="全部" />
      </Form.Item>
      <Form.Item name="grade" label="等级">
        <Select allowClear options={optionsFrom(HAZARD_GRADES)} style={{ width: 140 }} placeholder="全部" />
      </Form.Item>
      <Form.Item name="overdue" label="逾期">
        <Select allowClear options={YES_NO} style={{ width: 80 }} placeholder="全部" />
      </Form.Item>
      {showListed && (
        <Form.Item name="listed" label="挂牌">
          <Select allowClear options={YES_NO} style={{ width: 80 }} placeholder="全部" />
        </Form.Item>
      )}
    </>
  );
}
