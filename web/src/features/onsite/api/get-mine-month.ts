import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { MineMonth } from '../types';
import { ONSITE_KEY } from './keys';

/** GET /api/mines/:id/onsite?month= — the month's calendar, each leader's days and count, flags, spot checks. */
export const getMineMonth = (mineId: string, month: string) => api.get<MineMonth>(`/api/mines/${mineId}/onsite`, { month });

export function useMineMonth(mineId: string, month: string) {
  return useQuery({ queryKey: [...ONSITE_KEY, 'mine', mineId, month], queryFn: () => getMineMonth(mineId, month), placeholderData: keepPreviousData });
}
