import { useState } from 'react';
import { Alert, Card, Form } from 'antd';
import { Link, useNavigate, useParams } from 'react-router';
import type { SelfInspectionResult } from '@contracts/self-inspections';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { StaleConflict } from '../../../components/StaleConflict';
import { isApiError } from '../../../lib/api-error';
import { toast } from '../../../lib/feedback';
import { reportFormError } from '../../../lib/form-errors';
import { fromIsoDate, isUuid } from '../../../lib/format';
import { useSelfInspection } from '../api/get-self-inspection';
import { useUpdateSelfInspection } from '../api/update-self-inspection';
import { SelfInspectionForm, toContent, type SelfInspectionFormValues } from '../components/SelfInspectionForm';
import { SELF_INSPECTION_LABELS } from '../labels';
import type { SelfInspection } from '../types';

function Edit({ record: s, onReload }: { record: SelfInspection; onReload: () => void }) {
  const navigate = useNavigate();
  const [form] = Form.useForm<SelfInspectionFormValues>();
  const update = useUpdateSelfInspection();
  const [stale, setStale] = useState<{ current: unknown; mine: Record<string, unknown> } | null>(null);

  if (s.signedAt) {
    return (
      <Card>
        <PageHeader title={`修改月度自查：${s.mineName} ${s.month}`} />
        <Alert type="info" showIcon title="该自查记录已签字，不能修改" description={<Link to={`/self-inspections/${s.id}`}>查看记录</Link>} />
      </Card>
    );
  }

  const submit = (v: SelfInspectionFormValues) => {
    const body = { ...toContent(v), version: s.version };
    update.mutate({ id: s.id, ...body }, {
      onSuccess: (r) => {
        toast().success(r.signedAt ? '已保存并签字' : '已保存');
        if (!r.organiserRoleOk) toast().warning('组织人不符合要求：请核实组织人在自查日期的职务', 6);
        navigate(`/self-inspections/${r.id}`);
      },
      onError: (e) => {
        if (isApiError(e, 'STALE')) {
          setStale({ current: e.current, mine: { ...body, password: undefined } });
          toast().error(e.message);
          return;
        }
        reportFormError(form, e);
      },
    });
  };
  return (
    <Card>
      <PageHeader title={`修改月度自查：${s.mineName} ${s.month}`} sub="签字前可以修改；矿山、月份和提交时间（逾期、补录）不变" />
      {stale && (
        <StaleConflict current={stale.current} mine={stale.mine} labels={SELF_INSPECTION_LABELS}
          onReload={onReload} />
      )}
      <SelfInspectionForm
        form={form}
        enterpriseId={s.enterpriseId}
        editing={{ mineLabel: `${s.mineName}（${s.enterpriseName}）`, organiserLabel: s.organiserName }}
        initialValues={{
          mineId: s.mineId, month: fromIsoDate(`${s.month}-01`), organiserPersonId: s.organiserPersonId,
          inspectionDate: fromIsoDate(s.inspectionDate), participants: s.participants, scope: s.scope,
          result: s.result as SelfInspectionResult, hazardIds: s.hazardIds,
        }}
        submitting={update.isPending} submitText="保存" onSubmit={submit} onCancel={() => navigate(`/self-inspections/${s.id}`)} />
    </Card>
  );
}

/** /self-inspections/:id/edit — PUT with the version; 409 STALE shows the other user's values. */
export default function SelfInspectionEditPage() {
  const { id } = useParams();
  const query = useSelfInspection(id);
  if (!isUuid(id)) return <NotFoundPage />;
  return <QueryState query={query}>{(s) => <Edit key={s.version} record={s} onReload={() => void query.refetch()} />}</QueryState>;
}
