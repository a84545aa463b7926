import { Card, Form } from 'antd';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { toast } from '../../../lib/feedback';
import { reportFormError } from '../../../lib/form-errors';
import { useCreateEnterprise } from '../api/create-enterprise';
import { EnterpriseForm, toInput, type EnterpriseFormValues } from '../components/EnterpriseForm';

export default function EnterpriseCreatePage() {
  const [form] = Form.useForm<EnterpriseFormValues>();
  const navigate = useNavigate();
  const create = useCreateEnterprise();
  const submit = (values: EnterpriseFormValues) =>
    create.mutate(toInput(values), {
      onSuccess: (e) => {
        toast().success('企业已登记');
        navigate(`/enterprises/${e.id}`, { replace: true });
      },
      onError: (e) => reportFormError(form, e),
    });
  return (
    <Card>
      <PageHeader title="新增企业" />
      <EnterpriseForm form={form} submitting={create.isPending} onSubmit={submit} onCancel={() => navigate(-1)} />
    </Card>
  );
}
