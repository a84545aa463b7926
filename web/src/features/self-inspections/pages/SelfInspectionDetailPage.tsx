import { Button, Card } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { PageHeader } from '../../../components/PageHeader';
import { PrintButton } from '../../../components/PrintButton';
import { QueryState } from '../../../components/QueryState';
import { useAuth } from '../../../lib/auth';
import { isUuid } from '../../../lib/format';
import { useSelfInspection } from '../api/get-self-inspection';
import { SelfInspectionDescriptions, SelfInspectionFlags } from '../components/SelfInspectionDescriptions';
import type { SelfInspection } from '../types';

function Detail({ record: s }: { record: SelfInspection }) {
  const { can } = useAuth();
  const editable = !s.signedAt && can('selfinspection.submit');
  return (
    <Card>
      <PageHeader
        title={<>{s.month} 重大隐患月度自查：{s.mineName} <SelfInspectionFlags record={s} /></>}
        sub={`${s.enterpriseName} · ${s.regionName}`}
        extra={<>
          {editable && <Link to={`/self-inspections/${s.id}/edit`}><Button icon={<EditOutlined />}>修改</Button></Link>}
          <Link to="/self-inspections"><Button>返回自查情况</Button></Link>
          <PrintButton />
        </>}
      />
      <SelfInspectionDescriptions record={s} />
    </Card>
  );
}

/** /self-inspections/:id — the record, its flags, signature and linked hazards; 修改 while unsigned. */
export default function SelfInspectionDetailPage() {
  const { id } = useParams();
  const query = useSelfInspection(id);
  if (!isUuid(id)) return <NotFoundPage />;
  return <QueryState query={query}>{(s) => <Detail record={s} />}</QueryState>;
}
