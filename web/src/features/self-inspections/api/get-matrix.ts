import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { Matrix, MonthRange } from '../types';
import { SELF_INSPECTIONS_KEY } from './keys';

export interface MatrixFilter extends MonthRange { regionCode?: string; enterpriseId?: string }

/** GET /api/self-inspections/matrix — mines in scope × months (at most 24, not after this month). */
export const getMatrix = (f: MatrixFilter) => api.get<Matrix>('/api/self-inspections/matrix', { ...f });

export function useMatrix(f: MatrixFilter) {
  return useQuery({ queryKey: [...SELF_INSPECTIONS_KEY, 'matrix', f], queryFn: () => getMatrix(f), placeholderData: keepPreviousData });
}
