import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import type { loginInput, Me } from '@contracts/auth';
import { api } from '../../../lib/api';
import { ME_KEY, queryClient } from '../../../lib/query-client';

export type LoginInput = z.input<typeof loginInput>;

/** POST /api/auth/login → the same shape as GET /api/me (incl. the CSRF token for later writes). */
export const login = (input: LoginInput) => api.post<Me>('/api/auth/login', input, { skipAuthRedirect: true });

export function useLogin() {
  return useMutation({
    mutationFn: login,
    onSuccess: (me) => {
      queryClient.removeQueries(); // nothing from a previous user survives
      queryClient.setQueryData(ME_KEY, me);
    },
  });
}
