import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { queryClient } from '../../../lib/query-client';
import type { Mine, MineInput } from '../types';
import { MINES_KEY } from './get-mines';

/** POST /api/mines */
export const createMine = (input: MineInput) => api.post<Mine>('/api/mines', input);

export function useCreateMine() {
  return useMutation({
    mutationFn: createMine,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: MINES_KEY }),
  });
}
