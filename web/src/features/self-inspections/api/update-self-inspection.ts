import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { SelfInspection, SelfInspectionUpdate } from '../types';
import { storeSelfInspection } from './store';

/** PUT /api/self-inspections/:id — only while unsigned; `version` for optimistic locking (409 STALE). */
export const updateSelfInspection = ({ id, ...body }: SelfInspectionUpdate & { id: string }) =>
  api.put<SelfInspection>(`/api/self-inspections/${encodeURIComponent(id)}`, body);

export function useUpdateSelfInspection() {
  return useMutation({ mutationFn: updateSelfInspection, onSuccess: storeSelfInspection });
}
