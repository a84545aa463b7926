import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { isUuid } from '../../../lib/format';
import type { SelfInspection } from '../types';
import { SELF_INSPECTIONS_KEY } from './keys';

/** GET /api/self-inspections/:id — 404 outside the caller's scope. */
export const getSelfInspection = (id: string) => api.get<SelfInspection>(`/api/self-inspections/${encodeURIComponent(id)}`);

export const selfInspectionQueryKey = (id: string) => [...SELF_INSPECTIONS_KEY, 'detail', id] as const;

export function useSelfInspection(id: string | undefined) {
  return useQuery({ queryKey: selfInspectionQueryKey(id ?? ''), queryFn: () => getSelfInspection(id ?? ''), enabled: isUuid(id) });
}
