import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { TRAINING_KEY } from './keys';

export interface TargetInput { year: number; regionCode: string; target: number; source: string }

/** PUT /api/training-targets/:year/:regionCode — city roles (training.target). */
export const putTarget = ({ year, regionCode, ...body }: TargetInput) =>
  api.put(`/api/training-targets/${year}/${encodeURIComponent(regionCode)}`, body);

export function usePutTarget() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: putTarget, onSuccess: () => qc.invalidateQueries({ queryKey: [...TRAINING_KEY, 'progress'] }) });
}
