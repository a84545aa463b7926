import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { isUuid } from '../../../lib/format';
import type { StandardResponse } from '../types';

/** GET /api/hazard-standard?mineId&q — the 判定标准 items of the mine's kinds (a summary; the published text rules). */
export const getHazardStandard = (mineId: string, q?: string) =>
  api.get<StandardResponse>('/api/hazard-standard', { mineId, q });

export function useHazardStandard(mineId: string | undefined, q: string) {
  return useQuery({
    queryKey: ['hazard-standard', mineId, q] as const,
    queryFn: () => getHazardStandard(mineId ?? '', q || undefined),
    enabled: isUuid(mineId),
    staleTime: 10 * 60_000,
    placeholderData: keepPreviousData,
  });
}
