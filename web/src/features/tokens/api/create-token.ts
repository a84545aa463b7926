import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { queryClient } from '../../../lib/query-client';
import type { TokenCreated, TokenInput } from '../types';
import { TOKENS_KEY } from './get-tokens';

/** POST /api/tokens → { token, record }; the secret is in this answer only. */
export const createToken = (input: TokenInput) => api.post<TokenCreated>('/api/tokens', input);

export function useCreateToken() {
  return useMutation({
    mutationFn: createToken,
    gcTime: 0, // do not keep the secret in the mutation cache
    onSuccess: () => queryClient.invalidateQueries({ queryKey: TOKENS_KEY }),
  });
}
