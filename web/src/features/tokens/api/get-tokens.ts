import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { ApiToken } from '../types';

export const TOKENS_KEY = ['tokens'] as const;

/** GET /api/tokens → the API tokens the user may manage (never their secrets). */
export const getTokens = () => api.get<ApiToken[]>('/api/tokens');

export const tokensQueryOptions = { queryKey: TOKENS_KEY, queryFn: getTokens };

export const useTokens = () => useQuery(tokensQueryOptions);
