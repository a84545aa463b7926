import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { trainingRecordInput } from '@contracts/training';
import { api } from '../../../lib/api';
import type { TrainingRecord } from '../types';
import { TRAINING_KEY } from './keys';

export type TrainingRecordInput = z.input<typeof trainingRecordInput>;

/** POST /api/training-records — credited to the employer's district. */
export const createTrainingRecord = (input: TrainingRecordInput) => api.post<TrainingRecord>('/api/training-records', input);

export function useCreateTrainingRecord() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: createTrainingRecord, onSuccess: () => qc.invalidateQueries({ queryKey: TRAINING_KEY }) });
}
