import { useState } from 'react';
import { Alert, Card, Form } from 'antd';
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
import { useMine } from '../api/get-mine';
import { useUpdateMine } from '../api/update-mine';
import { buildMineInput } from '../components/build-mine-input';
import { MineForm } from '../components/MineForm';
import { MINE_FIELD_ALIASES, type MineFormValues } from '../components/mine-form-values';
import { MINE_LABELS } from '../labels';
import type { Mine } from '../types';

function EditMine({ mine, onReload }: { mine: Mine; onReload: () => Promise<unknown> }) {
  const [form] = Form.useForm<MineFormValues>();
  const navigate = useNavigate();
  const { can } = useAuth();
  const update = useUpdateMine(mine.id);
  const [stale, setStale] = useState<{ current: unknown; mine: Record<string, unknown> } | null>(null);
  const licenceOnly = !can('mine.update');

  const submit = (values: MineFormValues) => {
    const body = buildMineInput(form, values, mine);
    if (!body) return;
    update.mutate({ ...body, version: mine.version }, {
      onSuccess: () => {
        toast().success('已保存');
        navigate(`/mines/${mine.id}`);
      },
      onError: (e) => {
        if (isApiError(e, 'STALE')) setStale({ current: e.current, mine: body });
        else reportFormError(form, e, MINE_FIELD_ALIASES);
      },
    });
  };
  return (
    <Card>
      <PageHeader title={`编辑矿山：${mine.name}`} />
      {licenceOnly && <Alert type="info" showIcon title="您只能修改许可证信息" style={{ marginBottom: 16 }} />}
      {stale && (
        <StaleConflict current={stale.current} mine={stale.mine} labels={MINE_LABELS}
          onReload={() => void onReload().then(() => setStale(null))} />
      )}
      <MineForm form={form} initial={mine} licenceOnly={licenceOnly} submitting={update.isPending}
        onSubmit={submit} onCancel={() => navigate(`/mines/${mine.id}`)} />
    </Card>
  );
}

export default function MineEditPage() {
  const { id } = useParams();
  const query = useMine(id);
  if (!isUuid(id)) return <NotFoundPage />;
  // A newer version remounts the editor, so the form restarts from the saved record.
  return <QueryState query={query}>{(m) => <EditMine key={m.version} mine={m} onReload={query.refetch} />}</QueryState>;
}
