import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { VisitDetail, VisitInput } from '../types';
import { VISITS_KEY } from './keys';

/** POST /api/inspection-visits — agency users (inspection.record); the caller's agency leads. */
export const createVisit = (input: VisitInput) => api.post<VisitDetail>('/api/inspection-visits', input);

export function useCreateVisit() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: createVisit, onSuccess: () => qc.invalidateQueries({ queryKey: VISITS_KEY }) });
}
