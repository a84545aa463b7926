import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { PublicConfig } from '../types';

/** GET /api/config/public. A deployment without it (or an older server) simply has no base map. */
export const getPublicConfig = async (): Promise<PublicConfig> => {
  try {
    return await api.get<PublicConfig>('/api/config/public', undefined, { skipAuthRedirect: true });
  } catch {
    return {};
  }
};

export const publicConfigQueryOptions = {
  queryKey: ['config', 'public'] as const,
  queryFn: getPublicConfig,
  staleTime: 60 * 60_000,
};

export const usePublicConfig = () => useQuery(publicConfigQueryOptions);
