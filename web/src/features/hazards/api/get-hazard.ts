import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { isUuid } from '../../../lib/format';
import type { Hazard } from '../types';
import { HAZARDS_KEY } from './get-hazards';

/** GET /api/hazards/:id — with timeline, extensions, listings and the caller's allowed actions; 404 outside scope. */
export const getHazard = (id: string) => api.get<Hazard>(`/api/hazards/${encodeURIComponent(id)}`);

export const hazardQueryKey = (id: string) => [...HAZARDS_KEY, 'detail', id] as const;

export function useHazard(id: string | undefined) {
  return useQuery({ queryKey: hazardQueryKey(id ?? ''), queryFn: () => getHazard(id ?? ''), enabled: isUuid(id) });
}
