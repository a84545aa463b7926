import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { ListResult } from '../../../lib/list';

/** A list API asked for one row, only for its `total` (exact up to the cap). */
export const getTotal = (url: string) => api.get<ListResult<unknown>>(url, { limit: 1 });

export const totalQueryOptions = (url: string) => ({
  queryKey: ['totals', url] as const,
  queryFn: () => getTotal(url),
});

export function useTotal(url: string, enabled: boolean) {
  return useQuery({ ...totalQueryOptions(url), enabled });
}
