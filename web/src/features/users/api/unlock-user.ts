import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { queryClient } from '../../../lib/query-client';
import { USERS_KEY } from './get-users';

/** POST /api/users/:id/unlock — clears the lock after too many failed logins. */
export const unlockUser = (id: string) => api.post<unknown>(`/api/users/${encodeURIComponent(id)}/unlock`, {});

export function useUnlockUser() {
  return useMutation({ mutationFn: unlockUser, onSuccess: () => queryClient.invalidateQueries({ queryKey: USERS_KEY }) });
}
