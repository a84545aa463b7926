import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { MonthRange, Stats } from '../types';
import { SELF_INSPECTIONS_KEY } from './keys';

/** GET /api/self-inspections/stats — completeness and on-time rate per division and month (the caller's scope). */
export const getStats = (r: MonthRange) => api.get<Stats>('/api/self-inspections/stats', { ...r });

export function useStats(r: MonthRange) {
  return useQuery({ queryKey: [...SELF_INSPECTIONS_KEY, 'stats', r], queryFn: () => getStats(r), placeholderData: keepPreviousData });
}
