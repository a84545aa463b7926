import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import type { changePasswordInput } from '@contracts/auth';
import { api } from '../../../lib/api';
import { ME_KEY, queryClient } from '../../../lib/query-client';

export type ChangePasswordInput = z.input<typeof changePasswordInput>;

/** POST /api/me/password; the server signs out the user's other sessions. */
export const changePassword = (input: ChangePasswordInput) => api.post<{ ok: true }>('/api/me/password', input);

export function useChangePassword() {
  return useMutation({
    mutationFn: changePassword,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ME_KEY }),
  });
}
