import { Card, Form } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { toast } from '../../../lib/feedback';
import { reportFormError } from '../../../lib/form-errors';
import { isUuid } from '../../../lib/format';
import { useCreateVisit } from '../api/create-visit';
import { VisitForm, toVisitInput, type VisitFormValues } from '../components/VisitForm';

/** /inspection-visits/new?mineId= */
export default function VisitCreatePage() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [form] = Form.useForm<VisitFormValues>();
  const create = useCreateVisit();
  const mineId = params.get('mineId') ?? undefined;
  const submit = (v: VisitFormValues) => create.mutate(toVisitInput(v), {
    onSuccess: (r) => { toast().success('已登记'); navigate(`/inspection-visits/${r.id}`); },
    onError: (e) => reportFormError(form, e),
  });
  return (
    <Card>
      <PageHeader title="登记检查" sub="认真执行“逢查必验”“逢查必评”“逢查必考”制度（渝安办〔2025〕13号 第七条）" />
      <VisitForm form={form} submitting={create.isPending} onSubmit={submit} onCancel={() => navigate('/inspection-visits')}
        initialMineId={isUuid(mineId) ? mineId : undefined} />
    </Card>
  );
}
