import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { isUuid } from '../../../lib/format';
import type { VisitDetail } from '../types';
import { visitKey } from './keys';

/** GET /api/inspection-visits/:id — with tests, verifications and the hazards found; 404 outside scope. */
export const getVisit = (id: string) => api.get<VisitDetail>(`/api/inspection-visits/${encodeURIComponent(id)}`);

export function useVisit(id: string | undefined) {
  return useQuery({ queryKey: visitKey(id ?? ''), queryFn: () => getVisit(id ?? ''), enabled: isUuid(id) });
}
