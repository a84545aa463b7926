import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { Compliance } from '../types';
import { ONSITE_KEY } from './keys';

export interface ComplianceFilter { month: string; regionCode?: string; all?: 'true' }

/** GET /api/onsite-compliance — mines in scope that miss the requirement (or all), and counts per district. */
export const getCompliance = (f: ComplianceFilter) => api.get<Compliance>('/api/onsite-compliance', { ...f });

export function useCompliance(f: ComplianceFilter) {
  return useQuery({ queryKey: [...ONSITE_KEY, 'compliance', f], queryFn: () => getCompliance(f), placeholderData: keepPreviousData });
}
