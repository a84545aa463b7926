import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { queryClient } from '../../../lib/query-client';
import type { Hazard, HazardInput } from '../types';
import { HAZARDS_KEY } from './get-hazards';

/** POST /api/hazards — an enterprise reports (已上报); a regulator registers what it found (整改中, with a deadline). */
export const createHazard = (input: HazardInput) => api.post<Hazard>('/api/hazards', input);

export function useCreateHazard() {
  return useMutation({
    mutationFn: createHazard,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: HAZARDS_KEY }),
  });
}
