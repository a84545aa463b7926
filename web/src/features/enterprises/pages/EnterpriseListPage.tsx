import { Button, Form, Input } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import { ListPage } from '../../../components/list-page';
import { RegionSelect } from '../../../components/selects/RegionSelect';
import { useAuth } from '../../../lib/auth';
import { EMPTY, formatDateTime } from '../../../lib/format';
import { enterprisesExportUrl, enterprisesListKey, getEnterprises } from '../api/get-enterprises';
import { ImportButton } from '../components/ImportButton';
import type { Enterprise } from '../types';

const columns: TableColumnsType<Enterprise> = [
  { title: '企业名称', key: 'name', sorter: true, render: (_, e) => <Link to={`/enterprises/${e.id}`}>{e.name}</Link> },
  { title: '统一社会信用代码', dataIndex: 'creditCode' },
  { title: '所在区县', dataIndex: 'regionName', render: (v) => v ?? EMPTY },
  { title: '上级公司', key: 'parent', render: (_, e) => (e.parentId ? <Link to={`/enterprises/${e.parentId}`}>{e.parentName}</Link> : EMPTY) },
  { title: '矿山数', dataIndex: 'mineCount', align: 'right' },
  { title: '更新时间', key: 'updatedAt', sorter: true, render: (_, e) => formatDateTime(e.updatedAt) },
];

export default function EnterpriseListPage() {
  const { can } = useAuth();
  const navigate = useNavigate();
  return (
    <ListPage<Enterprise>
      title="企业"
      queryKey={enterprisesListKey}
      fetchPage={getEnterprises}
      columns={columns}
      rowKey="id"
      exportUrl={enterprisesExportUrl}
      filters={
        <>
          <Form.Item name="q" label="关键字">
            <Input allowClear placeholder="企业名称或信用代码" style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="regionCode" label="区县">
            <RegionSelect style={{ width: 160 }} />
          </Form.Item>
        </>
      }
      toolbar={
        <>
          {can('enterprise.create') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/enterprises/new')}>新增企业</Button>
          )}
          {can('enterprise.import') && <ImportButton />}
        </>
      }
    />
  );
}
