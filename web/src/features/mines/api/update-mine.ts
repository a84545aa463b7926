import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { queryClient } from '../../../lib/query-client';
import type { Mine, MineInput } from '../types';
import { MINES_KEY } from './get-mines';

export type MineUpdate = MineInput & { version: number };

/** PUT /api/mines/:id with the version read (409 STALE if someone saved in between). */
export const updateMine = (id: string, input: MineUpdate) => api.put<Mine>(`/api/mines/${encodeURIComponent(id)}`, input);

export function useUpdateMine(id: string) {
  return useMutation({
    mutationFn: (input: MineUpdate) => updateMine(id, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: MINES_KEY }),
  });
}
