import { Card, Form } from 'antd';
import dayjs from 'dayjs';
import { useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { useAuth } from '../../../lib/auth';
import { toast } from '../../../lib/feedback';
import { reportFormError } from '../../../lib/form-errors';
import { isUuid, shanghaiToday } from '../../../lib/format';
import { useCreateSelfInspection } from '../api/create-self-inspection';
import { SelfInspectionForm, toContent, type SelfInspectionFormValues } from '../components/SelfInspectionForm';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** /self-inspections/new?mineId=&month= — the matrix links a missing or pending cell here. */
export default function SelfInspectionCreatePage() {
  const { me } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [form] = Form.useForm<SelfInspectionFormValues>();
  const create = useCreateSelfInspection();
  const mineId = params.get('mineId') ?? undefined;
  const month = params.get('month') ?? '';
  const initialMonth = MONTH.test(month) && month <= shanghaiToday().slice(0, 7) ? dayjs(`${month}-01`) : dayjs(shanghaiToday()).startOf('month');

  const submit = (v: SelfInspectionFormValues) => {
    create.mutate({ mineId: v.mineId ?? '', month: v.month?.format('YYYY-MM') ?? '', ...toContent(v) }, {
      onSuccess: (s) => {
        toast().success(s.signedAt ? '已提交并签字' : '已提交');
        if (!s.organiserRoleOk) toast().warning('组织人不符合要求：请核实组织人在自查日期的职务', 6);
        navigate(`/self-inspections/${s.id}`);
      },
      onError: (e) => reportFormError(form, e),
    });
  };
  return (
    <Card>
      <PageHeader title="填报重大隐患月度自查"
        sub="渝安办〔2025〕13号：企业主要负责人每月至少组织一次重大事故隐患自查；截止日期为次月前（月末）" />
      <SelfInspectionForm form={form} enterpriseId={me.org.type === 'enterprise' ? me.org.id : undefined}
        initialValues={{ mineId: isUuid(mineId) ? mineId : undefined, month: initialMonth, result: 'hazards_found', hazardIds: [] }}
        submitting={create.isPending} submitText="提交" onSubmit={submit} onCancel={() => navigate('/self-inspections')} />
    </Card>
  );
}
