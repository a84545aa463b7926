import { Button, Form, Input } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import { ID_DOCUMENT_TYPES } from '@contracts/codes';
import { ListPage } from '../../../components/list-page';
import { EnterpriseSelect } from '../../../components/selects/EnterpriseSelect';
import { useAuth } from '../../../lib/auth';
import { formatDateTime, labelOf, text } from '../../../lib/format';
import { getPeople, peopleListKey } from '../api/get-people';
import type { Person } from '../types';

const DOC_TYPES = Object.fromEntries(ID_DOCUMENT_TYPES.map((t) => [t.code, t.label]));

const columns: TableColumnsType<Person> = [
  { title: '姓名', key: 'name', render: (_, p) => <Link to={`/people/${p.id}`}>{p.name}</Link> },
  { title: '证件类型', dataIndex: 'idDocType', render: (v) => labelOf(DOC_TYPES, v) },
  { title: '证件号码', dataIndex: 'idNumber', render: (v) => text(v) },
  { title: '手机号码', dataIndex: 'phone', render: (v) => text(v) },
  { title: '所属企业', key: 'enterprise', render: (_, p) => (p.ownerEnterpriseId ? <Link to={`/enterprises/${p.ownerEnterpriseId}`}>{p.ownerEnterpriseName}</Link> : text(null)) },
  { title: '学历', dataIndex: 'education', render: (v) => text(v) },
  { title: '职称', dataIndex: 'title', render: (v) => text(v) },
  { title: '更新时间', key: 'updatedAt', render: (_, p) => formatDateTime(p.updatedAt) },
];

export default function PeopleListPage() {
  const { can } = useAuth();
  const navigate = useNavigate();
  return (
    <ListPage<Person>
      title="人员与任职"
      queryKey={peopleListKey}
      fetchPage={getPeople}
      columns={columns}
      rowKey="id"
      filters={
        <>
          <Form.Item name="q" label="姓名"><Input allowClear style={{ width: 140 }} /></Form.Item>
          <Form.Item name="enterpriseId" label="企业"><EnterpriseSelect style={{ width: 220 }} /></Form.Item>
          <Form.Item name="idNumber" label="证件号码" tooltip="须输入完整号码精确查找">
            <Input allowClear style={{ width: 200 }} autoComplete="off" />
          </Form.Item>
          <Form.Item name="phone" label="手机号码" tooltip="须输入完整号码精确查找">
            <Input allowClear style={{ width: 150 }} autoComplete="off" />
          </Form.Item>
        </>
      }
      toolbar={can('person.manage') && (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/people/new')}>新增人员</Button>
      )}
    />
  );
}
