import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { visitHazardInput } from '@contracts/inspection-visits';
import { api } from '../../../lib/api';
import { visitKey } from './keys';

export type VisitHazardInput = z.input<typeof visitHazardInput>;

/** POST /api/inspection-visits/:id/hazards — a hazard found on the visit (整改中, with a deadline), linked to it. */
export const createVisitHazard = ({ visitId, ...body }: VisitHazardInput & { visitId: string }) =>
  api.post<{ id: string }>(`/api/inspection-visits/${encodeURIComponent(visitId)}/hazards`, body);

export function useCreateVisitHazard(visitId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (b: VisitHazardInput) => createVisitHazard({ ...b, visitId }),
    onSuccess: () => qc.invalidateQueries({ queryKey: visitKey(visitId) }),
  });
}
