import { useQuery } from '@tanstack/react-query';
import type { ResponsibilityOut } from '@contracts/responsibility';
import { api } from '../../../lib/api';
import { isUuid } from '../../../lib/format';
import { hazardQueryKey } from './get-hazard';

/** GET /api/hazards/:id/responsibility — the 责任倒查 view (history from the audit log, 时效, principals); 404 outside scope. */
export const getResponsibility = (id: string) => api.get<ResponsibilityOut>(`/api/hazards/${encodeURIComponent(id)}/responsibility`);

export function useResponsibility(id: string | undefined) {
  return useQuery({ queryKey: [...hazardQueryKey(id ?? ''), 'responsibility'], queryFn: () => getResponsibility(id ?? ''), enabled: isUuid(id) });
}
