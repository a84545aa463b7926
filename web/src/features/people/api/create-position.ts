import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { queryClient } from '../../../lib/query-client';
import type { Position, PositionInput } from '../types';
import { POSITIONS_KEY } from './get-positions';

/** POST /api/positions — appoints a person to a position (任职). */
export const createPosition = (input: PositionInput) => api.post<Position>('/api/positions', input);

export function useCreatePosition() {
  return useMutation({
    mutationFn: createPosition,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: POSITIONS_KEY }),
  });
}
