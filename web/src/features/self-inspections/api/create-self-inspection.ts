import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { SelfInspection, SelfInspectionInput } from '../types';
import { storeSelfInspection } from './store';

/** POST /api/self-inspections — one record per mine and month; 未发现重大隐患 needs the organiser's password. */
export const createSelfInspection = (input: SelfInspectionInput) => api.post<SelfInspection>('/api/self-inspections', input);

export function useCreateSelfInspection() {
  return useMutation({ mutationFn: createSelfInspection, onSuccess: storeSelfInspection });
}
