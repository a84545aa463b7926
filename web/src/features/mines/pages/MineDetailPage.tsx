import { Alert, Button, Card } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { PageHeader } from '../../../components/PageHeader';
import { PrintButton } from '../../../components/PrintButton';
import { QueryState } from '../../../components/QueryState';
import { useAuth } from '../../../lib/auth';
import { isUuid } from '../../../lib/format';
import { useMine } from '../api/get-mine';
import { MineDescriptions } from '../components/MineDescriptions';
import { MineMap } from '../components/MineMap';
import type { Mine } from '../types';
import { KeyPostsPanel } from '../../key-posts/components/KeyPostsPanel';

function MineDetail({ mine }: { mine: Mine }) {
  const { can } = useAuth();
  const navigate = useNavigate();
  const canEdit = can('mine.update') || can('mine.licence.update');
  return (
    <Card>
      <PageHeader
        title={mine.name}
        sub={`${mine.enterpriseName} · ${mine.regionName}`}
        extra={
          <>
            {canEdit && <Button type="primary" icon={<EditOutlined />} onClick={() => navigate(`/mines/${mine.id}/edit`)}>编辑</Button>}
            <PrintButton />
          </>
        }
      />
      {mine.warnings.map((w) => (
        <Alert key={w} type="warning" showIcon title={w} style={{ marginBottom: 8 }} />
      ))}
      <MineDescriptions mine={mine} />
      {can('person.read') && <KeyPostsPanel mineId={mine.id} />}
      <Card type="inner" title="位置与矿区范围">
        <MineMap mine={mine} />
      </Card>
    </Card>
  );
}

export default function MineDetailPage() {
  const { id } = useParams();
  const query = useMine(id);
  if (!isUuid(id)) return <NotFoundPage />;
  return <QueryState query={query}>{(m) => <MineDetail mine={m} />}</QueryState>;
}
