import type { z } from 'zod';
import type { enterpriseOut } from '@contracts/org';
import { api } from '../../lib/api';
import type { ListResult } from '../../lib/list';
import { RemoteSelect, type Option, type RemoteSelectProps } from './RemoteSelect';

type Enterprise = z.infer<typeof enterpriseOut>;

async function searchEnterprises(q: string, excludeId?: string): Promise<Option[]> {
  const r = await api.get<ListResult<Enterprise>>('/api/enterprises', { q, limit: 20, sort: 'name' });
  return r.items.filter((e) => e.id !== excludeId).map((e) => ({ value: e.id, label: `${e.name}（${e.creditCode}）` }));
}

const enterpriseLabel = async (id: string) => {
  const e = await api.get<Enterprise>(`/api/enterprises/${encodeURIComponent(id)}`);
  return `${e.name}（${e.creditCode}）`;
};

/** Enterprises inside the user's data scope, searched by name or credit code. */
export function EnterpriseSelect({ excludeId, ...props }: RemoteSelectProps & { excludeId?: string }) {
  return (
    <RemoteSelect
      placeholder="输入企业名称搜索"
      {...props}
      queryKey={['lookup', 'enterprises', excludeId]}
      search={(q) => searchEnterprises(q, excludeId)}
      resolve={enterpriseLabel}
    />
  );
}
