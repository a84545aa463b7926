import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { queryClient } from '../../../lib/query-client';
import { USERS_KEY } from './get-users';

/** POST /api/users/:id/reset-password {newPassword}; the user must change it at next login. */
export const resetPassword = ({ id, newPassword }: { id: string; newPassword: string }) =>
  api.post<unknown>(`/api/users/${encodeURIComponent(id)}/reset-password`, { newPassword });

export function useResetPassword() {
  return useMutation({ mutationFn: resetPassword, onSuccess: () => queryClient.invalidateQueries({ queryKey: USERS_KEY }) });
}
