import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { ExtensionInput, Hazard } from '../types';
import { storeHazard } from './hazard-cache';

/** POST /api/hazards/:id/extensions {requestedDeadline, reason} — 申请延期. */
export const requestExtension = (id: string, input: ExtensionInput) =>
  api.post<Hazard>(`/api/hazards/${encodeURIComponent(id)}/extensions`, input);

export function useRequestExtension(id: string) {
  return useMutation({ mutationFn: (input: ExtensionInput) => requestExtension(id, input), onSuccess: storeHazard });
}
