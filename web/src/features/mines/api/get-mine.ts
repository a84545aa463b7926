import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { isUuid } from '../../../lib/format';
import type { Mine } from '../types';
import { MINES_KEY } from './get-mines';

/** GET /api/mines/:id — 404 also for another enterprise's (or district's) mine. */
export const getMine = (id: string) => api.get<Mine>(`/api/mines/${encodeURIComponent(id)}`);

export const mineQueryOptions = (id: string) => ({
  queryKey: [...MINES_KEY, 'detail', id] as const,
  queryFn: () => getMine(id),
});

export function useMine(id: string | undefined) {
  return useQuery({ ...mineQueryOptions(id ?? ''), enabled: isUuid(id) });
}
