import { Card, Form } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { toast } from '../../../lib/feedback';
import { reportFormError } from '../../../lib/form-errors';
import { useCreateMine } from '../api/create-mine';
import { buildMineInput } from '../components/build-mine-input';
import { MineForm } from '../components/MineForm';
import { MINE_FIELD_ALIASES, type MineFormValues } from '../components/mine-form-values';

export default function MineCreatePage() {
  const [form] = Form.useForm<MineFormValues>();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const create = useCreateMine();
  const submit = (values: MineFormValues) => {
    const body = buildMineInput(form, values);
    if (!body) return;
    create.mutate(body, {
      onSuccess: (m) => {
        toast().success('矿山已登记');
        navigate(`/mines/${m.id}`, { replace: true });
      },
      onError: (e) => reportFormError(form, e, MINE_FIELD_ALIASES),
    });
  };
  const enterpriseId = params.get('enterpriseId') ?? undefined;
  return (
    <Card>
      <PageHeader title="新增矿山" />
      <MineForm form={form} defaults={{ enterpriseId }} submitting={create.isPending} onSubmit={submit} onCancel={() => navigate(-1)} />
    </Card>
  );
}
