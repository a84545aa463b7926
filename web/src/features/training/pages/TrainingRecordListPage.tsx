import { useState } from 'react';
import { Button, Form, Input, InputNumber, Select, Space, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { ListPage } from '../../../components/list-page';
import { EnterpriseSelect } from '../../../components/selects/EnterpriseSelect';
import { RegionSelect } from '../../../components/selects/RegionSelect';
import { useAuth } from '../../../lib/auth';
import { formatDate, labelOf, optionsFrom, text } from '../../../lib/format';
import { getTrainingRecords, trainingExportUrl } from '../api/get-training-records';
import { trainingRecordsKey } from '../api/keys';
import { TrainingRecordModal } from '../components/TrainingRecordModal';
import { PASSED, TRAINING_CATEGORIES } from '../labels';
import type { TrainingRecord } from '../types';

const baseColumns: TableColumnsType<TrainingRecord> = [
  { title: '姓名', dataIndex: 'personName' },
  { title: '类别', dataIndex: 'category', render: (v) => labelOf(TRAINING_CATEGORIES, v) },
  { title: '所在企业', dataIndex: 'enterpriseName' },
  { title: '计入区县', dataIndex: 'regionName', render: (v) => text(v) },
  { title: '培训课程', dataIndex: 'course' },
  { title: '学时', dataIndex: 'hours' },
  { title: '成绩', dataIndex: 'examScore', render: (v) => text(v) },
  { title: '结果', dataIndex: 'passed', render: (v: boolean) => <Tag color={v ? 'green' : 'red'}>{v ? '合格' : '不合格'}</Tag> },
  { title: '合格证号', dataIndex: 'certificateNo', render: (v) => text(v) },
  { title: '培训日期', dataIndex: 'trainedOn', render: (v) => formatDate(v) },
];

/** 三项岗位培训记录: filters, keyset paging, Excel export of the filtered list. */
export default function TrainingRecordListPage() {
  const { can, me } = useAuth();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [editing, setEditing] = useState<TrainingRecord | null>(null);
  const columns: TableColumnsType<TrainingRecord> = can('training.manage')
    ? [...baseColumns, { title: '操作', key: 'op', render: (_, r) => <Button size="small" onClick={() => setEditing(r)}>更正</Button> }]
    : baseColumns;
  return (
    <>
      <ListPage<TrainingRecord>
        title="三项岗位培训记录"
        queryKey={trainingRecordsKey}
        fetchPage={getTrainingRecords}
        columns={columns}
        rowKey="id"
        exportUrl={trainingExportUrl}
        filters={
          <>
            <Form.Item name="year" label="年度"><InputNumber min={2000} max={2100} style={{ width: 100 }} /></Form.Item>
            <Form.Item name="category" label="类别"><Select allowClear options={optionsFrom(TRAINING_CATEGORIES)} style={{ width: 140 }} /></Form.Item>
            <Form.Item name="passed" label="结果"><Select allowClear options={optionsFrom(PASSED)} style={{ width: 100 }} /></Form.Item>
            {me.org.type === 'agency' && <Form.Item name="regionCode" label="区县"><RegionSelect style={{ width: 140 }} /></Form.Item>}
            {me.org.type === 'agency' && <Form.Item name="enterpriseId" label="企业"><EnterpriseSelect style={{ width: 220 }} /></Form.Item>}
            <Form.Item name="q" label="姓名"><Input allowClear style={{ width: 120 }} /></Form.Item>
          </>
        }
        toolbar={
          <Space>
            {me.org.type === 'agency' && <Button onClick={() => navigate('/training-progress')}>目标与进度</Button>}
            {can('training.manage') && <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>登记培训</Button>}
          </Space>
        }
      />
      <TrainingRecordModal open={open} onClose={() => setOpen(false)} />
      <TrainingRecordModal open={!!editing} record={editing} onClose={() => setEditing(null)} />
    </>
  );
}
