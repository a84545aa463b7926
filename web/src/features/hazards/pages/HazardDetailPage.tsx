import { Alert, Card } from 'antd';
import { useLocation, useParams } from 'react-router';
import { HAZARD_GRADES } from '@contracts/hazards';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { PageHeader } from '../../../components/PageHeader';
import { PrintButton } from '../../../components/PrintButton';
import { QueryState } from '../../../components/QueryState';
import { formatDateTime, isUuid } from '../../../lib/format';
import { useHazard } from '../api/get-hazard';
import { ExtensionsTable, ListingsTable } from '../components/ExtensionsAndListings';
import { HazardActions } from '../components/HazardActions';
import { HazardAttachments } from '../components/HazardAttachments';
import { HazardDescriptions } from '../components/HazardDescriptions';
import { HazardFlags } from '../components/HazardFlags';
import { HazardTimeline } from '../components/HazardTimeline';
import { ResumptionPanel } from '../components/ResumptionPanel';
import { ResponsibilityLink } from '../components/ResponsibilityLink';
import { StatusTag } from '../components/HazardTags';
import type { Hazard, HazardDetailState } from '../types';

function HazardDetail({ hazard: h }: { hazard: Hazard }) {
  const uploadError = (useLocation().state as HazardDetailState | null)?.uploadError;
  return (
    <Card>
      <PageHeader
        title={<>{HAZARD_GRADES[h.grade as keyof typeof HAZARD_GRADES] ?? h.grade}：{h.mineName} <StatusTag status={h.status} /></>}
        sub={`${h.enterpriseName} · ${h.regionName} · 登记于 ${formatDateTime(h.registeredAt)}${h.listingDocNo ? ` · 挂牌督办 ${h.listingDocNo}` : ''}`}
        extra={<><HazardActions hazard={h} /><ResponsibilityLink hazardId={h.id} /><PrintButton /></>}
      />
      {uploadError && <Alert type="error" showIcon closable style={{ marginBottom: 16 }} data-testid="report-upload-error"
        title="隐患已登记，但照片上传失败" description={`${uploadError}。可在下方“附件”中重新上传。`} />}
      <HazardDescriptions hazard={h} />
      <HazardFlags hazard={h} />
      {h.listings.length > 0 && <Card type="inner" title="挂牌督办" style={{ marginBottom: 16 }}><ListingsTable rows={h.listings} /></Card>}
      {h.extensions.length > 0 && <Card type="inner" title="延期申请" style={{ marginBottom: 16 }}><ExtensionsTable rows={h.extensions} /></Card>}
      <ResumptionPanel hazard={h} />
      <HazardAttachments hazard={h} />
      <Card type="inner" title="处理记录"><HazardTimeline hazard={h} /></Card>
    </Card>
  );
}

export default function HazardDetailPage() {
  const { id } = useParams();
  const query = useHazard(id);
  if (!isUuid(id)) return <NotFoundPage />;
  return <QueryState query={query}>{(h) => <HazardDetail hazard={h} />}</QueryState>;
}
