import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { queryClient } from '../../../lib/query-client';
import type { Position } from '../types';
import { POSITIONS_KEY } from './get-positions';

/** POST /api/positions/:id/end {endDate} — the appointment ends (离任); history is kept. */
export const endPosition = ({ id, endDate }: { id: string; endDate: string }) =>
  api.post<Position>(`/api/positions/${encodeURIComponent(id)}/end`, { endDate });

export function useEndPosition() {
  return useMutation({
    mutationFn: endPosition,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: POSITIONS_KEY }),
  });
}
