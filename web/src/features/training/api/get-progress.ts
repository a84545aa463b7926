import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { TrainingProgress } from '../types';
import { TRAINING_KEY } from './keys';

/** GET /api/training-progress?year — a district sees its own row, the city every district and the total. */
export const getProgress = (year: number) => api.get<TrainingProgress>('/api/training-progress', { year });

export function useProgress(year: number) {
  return useQuery({ queryKey: [...TRAINING_KEY, 'progress', year], queryFn: () => getProgress(year), placeholderData: keepPreviousData });
}
