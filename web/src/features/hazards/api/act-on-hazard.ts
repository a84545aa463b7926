import { useMutation } from '@tanstack/react-query';
import type { HazardAction } from '@contracts/hazards';
import { api } from '../../../lib/api';
import type { Hazard, HazardActionBody } from '../types';
import { storeHazard } from './hazard-cache';

/** POST /api/hazards/:id/actions/:action {version, …} — one lifecycle step (认定、整改、自验、验收、销号). */
export const actOnHazard = (id: string, action: HazardAction, body: HazardActionBody) =>
  api.post<Hazard>(`/api/hazards/${encodeURIComponent(id)}/actions/${action}`, body);

export function useActOnHazard(id: string) {
  return useMutation({
    mutationFn: ({ action, body }: { action: HazardAction; body: HazardActionBody }) => actOnHazard(id, action, body),
    onSuccess: storeHazard,
  });
}
