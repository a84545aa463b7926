import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { RegionOutlines } from '../types';

/** GET /api/regions/outlines — GeoJSON FeatureCollection, properties {code, name}. */
export const getRegionOutlines = () => api.get<RegionOutlines>('/api/regions/outlines');

export const regionOutlinesQueryOptions = {
  queryKey: ['lookup', 'region-outlines'] as const,
  queryFn: getRegionOutlines,
  staleTime: 60 * 60_000,
};

export const useRegionOutlines = () => useQuery(regionOutlinesQueryOptions);
