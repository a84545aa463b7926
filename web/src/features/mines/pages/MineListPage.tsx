import { Button, Form, Input, Select, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import { MINE_KINDS, MINE_SCALES, MINE_STATUSES } from '@contracts/org';
import { CodeTag, CodeTags } from '../../../components/CodeTag';
import { ListPage } from '../../../components/list-page';
import { EnterpriseSelect } from '../../../components/selects/EnterpriseSelect';
import { RegionSelect } from '../../../components/selects/RegionSelect';
import { useAuth } from '../../../lib/auth';
import { formatDate, formatDateTime, isPastDate, labelOf, optionsFrom, text } from '../../../lib/format';
import { getMines, minesExportUrl, minesListKey } from '../api/get-mines';
import { KIND_COLORS, STATUS_COLORS } from '../labels';
import type { MineListItem } from '../types';

const expiry = (date: string | null) =>
  isPastDate(date) ? <Typography.Text type="danger">{date}（已过期）</Typography.Text> : formatDate(date);

const columns: TableColumnsType<MineListItem> = [
  { title: '矿山名称', key: 'name', sorter: true, fixed: 'left', render: (_, m) => <Link to={`/mines/${m.id}`}>{m.name}</Link> },
  { title: '所属企业', key: 'enterprise', render: (_, m) => <Link to={`/enterprises/${m.enterpriseId}`}>{m.enterpriseName}</Link> },
  { title: '所在区县', dataIndex: 'regionName' },
  { title: '类型', key: 'kinds', render: (_, m) => <CodeTags labels={MINE_KINDS} values={m.kinds} colors={KIND_COLORS} /> },
  { title: '状态', key: 'status', render: (_, m) => <CodeTag labels={MINE_STATUSES} value={m.status} colors={STATUS_COLORS} /> },
  { title: '矿种', dataIndex: 'mineral', render: (v) => text(v) },
  { title: '规模', dataIndex: 'scale', render: (v) => labelOf(MINE_SCALES, v) },
  { title: '采矿许可证号', dataIndex: 'miningLicenceNo', render: (v) => text(v) },
  { title: '采矿证有效期至', dataIndex: 'miningLicenceTo', render: expiry },
  { title: '安全生产许可证有效期至', dataIndex: 'safetyLicenceTo', render: expiry },
  { title: '更新时间', key: 'updatedAt', sorter: true, render: (_, m) => formatDateTime(m.updatedAt) },
];

export default function MineListPage() {
  const { can } = useAuth();
  const navigate = useNavigate();
  return (
    <ListPage<MineListItem>
      title="矿山"
      queryKey={minesListKey}
      fetchPage={getMines}
      columns={columns}
      rowKey="id"
      exportUrl={minesExportUrl}
      filters={
        <>
          <Form.Item name="q" label="关键字">
            <Input allowClear placeholder="矿山名称或许可证号" style={{ width: 180 }} />
          </Form.Item>
          <Form.Item name="regionCode" label="区县"><RegionSelect style={{ width: 140 }} /></Form.Item>
          <Form.Item name="enterpriseId" label="企业"><EnterpriseSelect style={{ width: 220 }} /></Form.Item>
          <Form.Item name="kind" label="类型">
            <Select allowClear options={optionsFrom(MINE_KINDS)} style={{ width: 120 }} placeholder="全部" />
          </Form.Item>
          <Form.Item name="status" label="状态">
            <Select allowClear options={optionsFrom(MINE_STATUSES)} style={{ width: 120 }} placeholder="全部" />
          </Form.Item>
        </>
      }
      toolbar={can('mine.create') && (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/mines/new')}>新增矿山</Button>
      )}
    />
  );
}
