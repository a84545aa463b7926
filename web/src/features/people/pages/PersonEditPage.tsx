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
import { usePerson } from '../api/get-person';
import { useUpdatePerson } from '../api/update-person';
import { PERSON_LABELS, PersonForm, toInput, type PersonFormValues } from '../components/PersonForm';
import type { Person } from '../types';

function EditPerson({ person, onReload }: { person: Person; onReload: () => Promise<unknown> }) {
  const [form] = Form.useForm<PersonFormValues>();
  const navigate = useNavigate();
  const { me } = useAuth();
  const update = useUpdatePerson(person.id);
  const [stale, setStale] = useState<{ current: unknown; mine: Record<string, unknown> } | null>(null);
  const submit = (values: PersonFormValues) => {
    const body = toInput(values);
    update.mutate({ ...body, version: person.version }, {
      onSuccess: () => {
        toast().success('已保存');
        navigate(`/people/${person.id}`);
      },
      onError: (e) => {
        if (isApiError(e, 'STALE')) setStale({ current: e.current, mine: body });
        else reportFormError(form, e);
      },
    });
  };
  return (
    <Card>
      <PageHeader title={`编辑人员：${person.name}`} />
      {stale && <StaleConflict current={stale.current} mine={stale.mine} labels={PERSON_LABELS}
        onReload={() => void onReload().then(() => setStale(null))} />}
      <PersonForm form={form} initial={person} chooseEnterprise={me.org.type === 'agency'} submitting={update.isPending}
        onSubmit={submit} onCancel={() => navigate(`/people/${person.id}`)} />
    </Card>
  );
}

export default function PersonEditPage() {
  const { id } = useParams();
  const query = usePerson(id);
  if (!isUuid(id)) return <NotFoundPage />;
  // A newer version remounts the editor, so the form restarts from the saved record.
  return <QueryState query={query}>{(p) => <EditPerson key={p.version} person={p} onReload={query.refetch} />}</QueryState>;
}
