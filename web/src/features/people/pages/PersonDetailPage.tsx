import { Button, Card, Descriptions } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams } from 'react-router';
import { ID_DOCUMENT_TYPES } from '@contracts/codes';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { PageHeader } from '../../../components/PageHeader';
import { PrintButton } from '../../../components/PrintButton';
import { QueryState } from '../../../components/QueryState';
import { useAuth } from '../../../lib/auth';
import { EMPTY, formatDateTime, isUuid, labelOf, text } from '../../../lib/format';
import { usePerson } from '../api/get-person';
import { PositionsTable } from '../components/PositionsTable';
import { RevealedIdentity } from '../components/RevealedIdentity';
import type { Person } from '../types';

const DOC_TYPES = Object.fromEntries(ID_DOCUMENT_TYPES.map((t) => [t.code, t.label]));

function PersonDetail({ person }: { person: Person }) {
  const { can } = useAuth();
  const navigate = useNavigate();
  return (
    <Card>
      <PageHeader
        title={person.name}
        sub={person.ownerEnterpriseName ?? undefined}
        extra={
          <>
            {can('person.manage') && (
              <Button type="primary" icon={<EditOutlined />} onClick={() => navigate(`/people/${person.id}/edit`)}>编辑</Button>
            )}
            <PrintButton />
          </>
        }
      />
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 2 }}
        title="基本信息"
        style={{ marginBottom: 24 }}
        items={[
          { key: 'name', label: '姓名', children: person.name },
          { key: 'doc', label: '证件类型', children: labelOf(DOC_TYPES, person.idDocType) },
          { key: 'enterprise', label: '所属企业', children: person.ownerEnterpriseId
            ? <Link to={`/enterprises/${person.ownerEnterpriseId}`}>{person.ownerEnterpriseName}</Link> : EMPTY },
          { key: 'education', label: '学历', children: text(person.education) },
          { key: 'major', label: '专业', children: text(person.major) },
          { key: 'title', label: '职称', children: text(person.title) },
          { key: 'miningYears', label: '从事矿山工作年限', children: text(person.miningYears, '年') },
          { key: 'updatedAt', label: '更新时间', children: formatDateTime(person.updatedAt) },
        ]}
      />
      <RevealedIdentity person={person} canReveal={can('person.reveal')} />
      <PositionsTable person={person} canManage={can('person.manage')} />
    </Card>
  );
}

export default function PersonDetailPage() {
  const { id } = useParams();
  const query = usePerson(id);
  if (!isUuid(id)) return <NotFoundPage />;
  return <QueryState query={query}>{(p) => <PersonDetail person={p} />}</QueryState>;
}
