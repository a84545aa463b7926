import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-error';

/** Query key of the signed-in user (`GET /api/me`); `null` data means "not signed in". */
export const ME_KEY = ['me'] as const;

// Client errors (4xx) are answers, not glitches: retrying them only delays the message.
const retry = (failures: number, error: unknown) =>
  !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failures < 2;

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry, staleTime: 30_000, refetchOnWindowFocus: false },
    mutations: { retry: false },
  },
});
