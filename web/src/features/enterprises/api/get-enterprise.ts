import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { isUuid } from '../../../lib/format';
import type { Enterprise } from '../types';
import { ENTERPRISES_KEY } from './get-enterprises';

/** GET /api/enterprises/:id — 404 also when the enterprise is outside the user's data scope. */
export const getEnterprise = (id: string) => api.get<Enterprise>(`/api/enterprises/${encodeURIComponent(id)}`);

export const enterpriseQueryOptions = (id: string) => ({
  queryKey: [...ENTERPRISES_KEY, 'detail', id] as const,
  queryFn: () => getEnterprise(id),
});

export function useEnterprise(id: string | undefined) {
  return useQuery({ ...enterpriseQueryOptions(id ?? ''), enabled: isUuid(id) });
}
