import { useMutation } from '@tanstack/react-query';
import { api, request } from '../../../lib/api';
import { queryClient } from '../../../lib/query-client';
import { uploadFile } from '../../../lib/upload';
import type { DeclareDaysInput, OnsiteDay, PositioningPreview, SpotCheckInput } from '../types';
import { ONSITE_KEY } from './keys';

const refresh = () => queryClient.invalidateQueries({ queryKey: ONSITE_KEY });

/** POST /api/mines/:id/onsite/days — several days of one leader, all or nothing. */
export const declareDays = (mineId: string, input: DeclareDaysInput) => api.post<OnsiteDay[]>(`/api/mines/${mineId}/onsite/days`, input);
export function useDeclareDays(mineId: string) {
  return useMutation({ mutationFn: (input: DeclareDaysInput) => declareDays(mineId, input), onSuccess: refresh });
}

/** DELETE /api/onsite-days/:id — a declared day (imported positioning rows stay). */
export const deleteDay = (id: string) => request<void>('DELETE', `/api/onsite-days/${id}`);
export function useDeleteDay() {
  return useMutation({ mutationFn: deleteDay, onSuccess: refresh });
}

/** POST /api/mines/:id/onsite/spot-checks — a regulator's check of the month. */
export const recordSpotCheck = (mineId: string, input: SpotCheckInput) => api.post(`/api/mines/${mineId}/onsite/spot-checks`, input);
export function useSpotCheck(mineId: string) {
  return useMutation({ mutationFn: (input: SpotCheckInput) => recordSpotCheck(mineId, input), onSuccess: refresh });
}

export interface ImportMapping {
  personColumn?: string; matchBy?: 'name' | 'id_number'; dateColumn?: string; arrivalColumn?: string; departureColumn?: string; undergroundColumn?: string;
}

/** POST /api/mines/:id/onsite/positioning-imports — dry run (preview) or commit of a positioning-system CSV. */
export async function importPositioning(mineId: string, file: File, mapping: ImportMapping, mode: 'dry-run' | 'commit') {
  const out = await uploadFile<PositioningPreview>(`/api/mines/${mineId}/onsite/positioning-imports`, file, { query: { ...mapping, mode } });
  if (mode === 'commit') await refresh();
  return out;
}
