import type { MineListItem } from '@contracts/org';
import { api } from '../../lib/api';
import type { ListResult } from '../../lib/list';
import { RemoteSelect, type Option, type RemoteSelectProps } from './RemoteSelect';

interface MineFilter { enterpriseId?: string; kind?: string; excludeId?: string }

async function searchMines(q: string, f: MineFilter): Promise<Option[]> {
  const r = await api.get<ListResult<MineListItem>>('/api/mines', { q, limit: 20, sort: 'name', enterpriseId: f.enterpriseId, kind: f.kind });
  return r.items.filter((m) => m.id !== f.excludeId).map((m) => ({ value: m.id, label: `${m.name}（${m.enterpriseName}）` }));
}

const mineLabel = async (id: string) => {
  const m = await api.get<MineListItem>(`/api/mines/${encodeURIComponent(id)}`);
  return `${m.name}（${m.enterpriseName}）`;
};

/** Mines inside the user's data scope, optionally of one enterprise or kind. */
export function MineSelect({ enterpriseId, kind, excludeId, ...props }: RemoteSelectProps & MineFilter) {
  return (
    <RemoteSelect
      placeholder="输入矿山名称搜索"
      {...props}
      queryKey={['lookup', 'mines', enterpriseId, kind, excludeId]}
      search={(q) => searchMines(q, { enterpriseId, kind, excludeId })}
      resolve={mineLabel}
    />
  );
}
