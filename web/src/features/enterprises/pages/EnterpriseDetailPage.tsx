import { Button, Card, Descriptions } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams } from 'react-router';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { PageHeader } from '../../../components/PageHeader';
import { PrintButton } from '../../../components/PrintButton';
import { QueryState } from '../../../components/QueryState';
import { useAuth } from '../../../lib/auth';
import { EMPTY, formatDateTime, isUuid, text } from '../../../lib/format';
import { useEnterprise } from '../api/get-enterprise';
import type { Enterprise } from '../types';

function EnterpriseDetail({ e }: { e: Enterprise }) {
  const { can } = useAuth();
  const navigate = useNavigate();
  return (
    <Card>
      <PageHeader
        title={e.name}
        sub={`统一社会信用代码：${e.creditCode}`}
        extra={
          <>
            {can('enterprise.update') && (
              <Button type="primary" icon={<EditOutlined />} onClick={() => navigate(`/enterprises/${e.id}/edit`)}>编辑</Button>
            )}
            <PrintButton />
          </>
        }
      />
      <Descriptions
        bordered
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'name', label: '企业名称', children: e.name },
          { key: 'creditCode', label: '统一社会信用代码', children: e.creditCode },
          { key: 'region', label: '所在区县', children: text(e.regionName) },
          { key: 'parent', label: '上级公司', children: e.parentId ? <Link to={`/enterprises/${e.parentId}`}>{e.parentName}</Link> : EMPTY },
          { key: 'address', label: '地址', children: text(e.address), span: 2 },
          { key: 'legal', label: '法定代表人', children: text(e.legalRepresentative) },
          { key: 'contact', label: '联系人', children: text(e.contactName) },
          { key: 'phone', label: '联系电话', children: text(e.contactPhone) },
          { key: 'mines', label: '矿山数', children: <Link to={`/mines?enterpriseId=${e.id}`}>{e.mineCount} 座（查看）</Link> },
          { key: 'people', label: '人员', children: <Link to={`/people?enterpriseId=${e.id}`}>查看本企业人员</Link> },
          { key: 'updatedAt', label: '更新时间', children: formatDateTime(e.updatedAt) },
        ]}
      />
    </Card>
  );
}

export default function EnterpriseDetailPage() {
  const { id } = useParams();
  const query = useEnterprise(id);
  if (!isUuid(id)) return <NotFoundPage />;
  return <QueryState query={query}>{(e) => <EnterpriseDetail e={e} />}</QueryState>;
}
