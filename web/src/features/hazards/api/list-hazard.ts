import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { Hazard, ListingInput } from '../types';
import { storeHazard } from './hazard-cache';

/** POST /api/hazards/:id/listing {version, deadline, requirements, responsibleUnit} — 挂牌督办. */
export const listHazard = (id: string, input: ListingInput) =>
  api.post<Hazard>(`/api/hazards/${encodeURIComponent(id)}/listing`, input);

export function useListHazard(id: string) {
  return useMutation({ mutationFn: (input: ListingInput) => listHazard(id, input), onSuccess: storeHazard });
}
