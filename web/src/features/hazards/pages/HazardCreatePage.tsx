import { Card, Form } from 'antd';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { useAuth } from '../../../lib/auth';
import { toast } from '../../../lib/feedback';
import { reportFormError } from '../../../lib/form-errors';
import { toIsoDate } from '../../../lib/format';
import { useCreateHazard } from '../api/create-hazard';
import { HazardForm, type HazardFormValues } from '../components/HazardForm';
import type { HazardInput } from '../types';

const blankToNull = (s: string | undefined) => (s && s.trim() ? s : null);

export default function HazardCreatePage() {
  const { me } = useAuth();
  const navigate = useNavigate();
  const [form] = Form.useForm<HazardFormValues>();
  const create = useCreateHazard();
  const regulator = me.org.type === 'agency';

  const submit = (v: HazardFormValues) => {
    const major = v.grade === 'major';
    const body: HazardInput = {
      mineId: v.mineId ?? '',
      grade: v.grade ?? 'major',
      source: regulator ? undefined : v.source,
      standardItemCode: major ? (v.standardItemCode ?? null) : null,
      standardSituationCode: major ? (v.standardSituationCode ?? null) : null,
      description: v.description ?? '',
      placeText: blankToNull(v.placeText),
      foundAt: (v.foundAt ?? null)?.toISOString() ?? '',
      foundBy: v.foundBy ?? '',
      deadline: regulator ? toIsoDate(v.deadline) : null,
      stopProduction: major ? !!v.stopProduction : undefined,
      workersWithdrawn: major ? !!v.workersWithdrawn : undefined,
    };
    create.mutate(body, {
      onSuccess: (h) => {
        toast().success(regulator ? '已登记，隐患进入整改' : '已上报');
        navigate(`/hazards/${h.id}`);
      },
      onError: (e) => reportFormError(form, e),
    });
  };
  return (
    <Card>
      <PageHeader title={regulator ? '登记检查发现的隐患' : '上报隐患'}
        sub={regulator ? '监管检查发现的隐患登记后直接进入整改，须填写整改期限' : '重大事故隐患上报后由区县监管部门认定'} />
      <HazardForm form={form} regulator={regulator} defaultFoundBy={me.displayName} submitting={create.isPending}
        onSubmit={submit} onCancel={() => navigate('/hazards')} />
    </Card>
  );
}
