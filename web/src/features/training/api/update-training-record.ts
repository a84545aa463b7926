import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { trainingRecordUpdate } from '@contracts/training';
import { api } from '../../../lib/api';
import type { TrainingRecord } from '../types';
import { TRAINING_KEY } from './keys';

export type TrainingRecordUpdate = z.input<typeof trainingRecordUpdate>;

/** PUT /api/training-records/:id — a correction at the record's version (person and employer stay). */
export const updateTrainingRecord = ({ id, ...body }: TrainingRecordUpdate & { id: string }) =>
  api.put<TrainingRecord>(`/api/training-records/${encodeURIComponent(id)}`, body);

export function useUpdateTrainingRecord() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: updateTrainingRecord, onSuccess: () => qc.invalidateQueries({ queryKey: TRAINING_KEY }) });
}
