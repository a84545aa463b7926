import { useState } from 'react';
import { Button, Card, Form, Input, Progress, Select, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { ListPage } from '../../../components/list-page';
import { RegionSelect } from '../../../components/selects/RegionSelect';
import { useAuth } from '../../../lib/auth';
import { formatDate, labelOf, optionsFrom, text } from '../../../lib/format';
import { MINE_STATUSES } from '@contracts/org';
import { getClassrooms, useClassroomRate } from '../api/classrooms';
import { classroomsKey } from '../api/keys';
import { ClassroomModal } from '../components/ClassroomModal';
import { CONNECTED_FILTER, percent } from '../labels';
import type { Classroom, ClassroomRate } from '../types';

type RateRow = ClassroomRate['rows'][number];

function RateCard() {
  const { data } = useClassroomRate();
  if (!data) return null;
  const target = data.targetRate * 100;
  const bar = (r: RateRow) => (r.rate == null ? <Typography.Text type="secondary">无生产、建设矿山</Typography.Text>
    : <Progress percent={Math.round(r.rate * 1000) / 10} status={r.rate >= data.targetRate ? 'success' : 'exception'}
      style={{ minWidth: 200 }} />);
  const columns: TableColumnsType<RateRow> = [
    { title: '区县', dataIndex: 'regionName' },
    { title: '生产、建设矿山', dataIndex: 'obliged' },
    { title: '已联网', dataIndex: 'connected' },
    { title: '联网率', key: 'rate', render: (_, r) => percent(r.rate) },
    { title: `对照目标 ${target}%`, key: 'bar', render: (_, r) => bar(r) },
  ];
  return (
    <Card size="small" style={{ marginBottom: 16 }} title={`联网率（目标 ≥ ${target}%）`}
      extra={<Typography.Text type="secondary">{data.targetSource}</Typography.Text>}>
      {data.city && <div style={{ marginBottom: 8 }}>全市：{data.city.connected}/{data.city.obliged}，{percent(data.city.rate)} {bar(data.city)}</div>}
      <Table<RateRow> rowKey="regionCode" columns={columns} dataSource={data.rows} pagination={false} size="small" />
    </Card>
  );
}

/** 培训教室视频联网: the rate per district against 90%, and every mine with its connection. */
export default function ClassroomListPage() {
  const { can, me } = useAuth();
  const [editing, setEditing] = useState<Classroom | null>(null);
  const columns: TableColumnsType<Classroom> = [
    { title: '矿山', dataIndex: 'mineName' },
    { title: '企业', dataIndex: 'enterpriseName' },
    { title: '区县', dataIndex: 'regionName' },
    { title: '矿山状态', dataIndex: 'mineStatus', render: (v, r) => <Space>{labelOf(MINE_STATUSES, v)}{!r.obliged && <Tag>不计入联网率</Tag>}</Space> },
    { title: '联网', dataIndex: 'connected', render: (v: boolean | null) => (v == null ? <Tag>未核查</Tag> : v ? <Tag color="green">已联网</Tag> : <Tag color="red">未联网</Tag>) },
    { title: '联网日期', dataIndex: 'since', render: (v) => formatDate(v) },
    { title: '核查人', dataIndex: 'checkedBy', render: (v) => text(v) },
    { title: '核查日期', dataIndex: 'checkedOn', render: (v) => formatDate(v) },
    ...(can('classroom.record') ? [{ title: '操作', key: 'op', render: (_: unknown, r: Classroom) => <Button size="small" onClick={() => setEditing(r)}>登记核查</Button> }] : []),
  ];
  return (
    <>
      <ListPage<Classroom>
        title="培训教室视频联网"
        header={<RateCard />}
        queryKey={classroomsKey}
        fetchPage={getClassrooms}
        columns={columns}
        rowKey="mineId"
        filters={
          <>
            <Form.Item name="q" label="矿山"><Input allowClear style={{ width: 160 }} /></Form.Item>
            {me.org.type === 'agency' && <Form.Item name="regionCode" label="区县"><RegionSelect style={{ width: 140 }} /></Form.Item>}
            <Form.Item name="connected" label="联网"><Select allowClear options={optionsFrom(CONNECTED_FILTER)} style={{ width: 110 }} /></Form.Item>
            <Form.Item name="obligedOnly" label="范围">
              <Select allowClear options={[{ value: 'true', label: '仅生产、建设矿山' }]} style={{ width: 160 }} />
            </Form.Item>
          </>
        }
      />
      <ClassroomModal value={editing} onClose={() => setEditing(null)} />
    </>
  );
}
