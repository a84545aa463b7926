import { Card, Form } from 'antd';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { useAuth } from '../../../lib/auth';
import { toast } from '../../../lib/feedback';
import { reportFormError } from '../../../lib/form-errors';
import { useCreatePerson } from '../api/create-person';
import { PersonForm, toInput, type PersonFormValues } from '../components/PersonForm';

export default function PersonCreatePage() {
  const [form] = Form.useForm<PersonFormValues>();
  const navigate = useNavigate();
  const { me } = useAuth();
  const create = useCreatePerson();
  const submit = (values: PersonFormValues) =>
    create.mutate(toInput(values), {
      onSuccess: (p) => {
        toast().success('人员已登记');
        navigate(`/people/${p.id}`, { replace: true });
      },
      onError: (e) => reportFormError(form, e),
    });
  return (
    <Card>
      <PageHeader title="新增人员" />
      <PersonForm form={form} chooseEnterprise={me.org.type === 'agency'} submitting={create.isPending}
        onSubmit={submit} onCancel={() => navigate(-1)} />
    </Card>
  );
}
