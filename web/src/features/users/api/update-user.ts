import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { queryClient } from '../../../lib/query-client';
import type { User, UserUpdateInput } from '../types';
import { USERS_KEY } from './get-users';

/** PUT /api/users/:id (displayName, roles, includeSubsidiaries, status, version) */
export const updateUser = ({ id, input }: { id: string; input: UserUpdateInput }) =>
  api.put<User>(`/api/users/${encodeURIComponent(id)}`, input);

export function useUpdateUser() {
  return useMutation({ mutationFn: updateUser, onSuccess: () => queryClient.invalidateQueries({ queryKey: USERS_KEY }) });
}
