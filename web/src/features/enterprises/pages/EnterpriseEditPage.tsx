import { useState } from 'react';
import { Card, Form } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { StaleConflict } from '../../../components/StaleConflict';
import { isApiError } from '../../../lib/api-error';
import { useAuth } from '../../../lib/auth';
import { toast } from '../../../lib/feedback';
import { reportFormError } from '../../../lib/form-errors';
import { isUuid } from '../../../lib/format';
import { useEnterprise } from '../api/get-enterprise';
import { useUpdateEnterprise } from '../api/update-enterprise';
import { ENTERPRISE_LABELS, EnterpriseForm, toInput, type EnterpriseFormValues } from '../components/EnterpriseForm';
import type { Enterprise } from '../types';

function EditEnterprise({ enterprise, onReload }: { enterprise: Enterprise; onReload: () => Promise<unknown> }) {
  const [form] = Form.useForm<EnterpriseFormValues>();
  const navigate = useNavigate();
  const { me } = useAuth();
  const update = useUpdateEnterprise(enterprise.id);
  const [stale, setStale] = useState<{ current: unknown; mine: Record<string, unknown> } | null>(null);

  const submit = (values: EnterpriseFormValues) => {
    const body = toInput(values);
    update.mutate({ ...body, version: enterprise.version }, {
      onSuccess: () => {
        toast().success('已保存');
        navigate(`/enterprises/${enterprise.id}`);
      },
      onError: (e) => {
        if (isApiError(e, 'STALE')) setStale({ current: e.current, mine: body });
        else reportFormError(form, e);
      },
    });
  };
  // A newer version remounts this component (key = version): the form starts again from the saved record.
  const reload = async () => {
    await onReload();
    setStale(null);
  };
  return (
    <Card>
      <PageHeader title={`编辑企业：${enterprise.name}`} />
      {stale && <StaleConflict current={stale.current} mine={stale.mine} labels={ENTERPRISE_LABELS} onReload={() => void reload()} />}
      <EnterpriseForm
        form={form}
        initial={enterprise}
        lockIdentity={me.scope.kind === 'enterprise'}
        submitting={update.isPending}
        onSubmit={submit}
        onCancel={() => navigate(`/enterprises/${enterprise.id}`)}
      />
    </Card>
  );
}

export default function EnterpriseEditPage() {
  const { id } = useParams();
  const query = useEnterprise(id);
  if (!isUuid(id)) return <NotFoundPage />;
  return <QueryState query={query}>{(e) => <EditEnterprise key={e.version} enterprise={e} onReload={query.refetch} />}</QueryState>;
}
