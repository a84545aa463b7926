import type { PersonOut } from '@contracts/people';
import { RemoteSelect, type Option, type RemoteSelectProps } from '../../../components/selects/RemoteSelect';
import { api } from '../../../lib/api';
import type { ListResult } from '../../../lib/list';

const label = (p: PersonOut) => `${p.name}${p.idNumber ? `（${p.idNumber}）` : ''}`;

/** People in the caller's scope, optionally of one enterprise (GET /api/people), searched by name. */
export function PersonSelect({ enterpriseId, ...props }: RemoteSelectProps & { enterpriseId?: string }) {
  return (
    <RemoteSelect
      placeholder="输入姓名搜索"
      {...props}
      queryKey={['lookup', 'people', enterpriseId]}
      search={async (q) => (await api.get<ListResult<PersonOut>>('/api/people', { q, limit: 20, enterpriseId })).items
        .map((p): Option => ({ value: p.id, label: label(p) }))}
      resolve={async (id) => label(await api.get<PersonOut>(`/api/people/${encodeURIComponent(id)}`))}
    />
  );
}
