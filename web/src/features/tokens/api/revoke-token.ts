import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { queryClient } from '../../../lib/query-client';
import { TOKENS_KEY } from './get-tokens';

/** POST /api/tokens/:id/revoke — takes effect on the next request made with the token. */
export const revokeToken = (id: string) => api.post<unknown>(`/api/tokens/${encodeURIComponent(id)}/revoke`, {});

export function useRevokeToken() {
  return useMutation({ mutationFn: revokeToken, onSuccess: () => queryClient.invalidateQueries({ queryKey: TOKENS_KEY }) });
}
