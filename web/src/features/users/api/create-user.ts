import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { queryClient } from '../../../lib/query-client';
import type { CreatedUser, UserInput } from '../types';
import { USERS_KEY } from './get-users';

/** POST /api/users */
export const createUser = (input: UserInput) => api.post<CreatedUser>('/api/users', input);

export function useCreateUser() {
  return useMutation({ mutationFn: createUser, gcTime: 0, onSuccess: () => queryClient.invalidateQueries({ queryKey: USERS_KEY }) });
}
