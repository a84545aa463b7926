import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { queryClient } from '../../../lib/query-client';
import type { Person, PersonInput } from '../types';
import { PEOPLE_KEY } from './get-people';

/** POST /api/people */
export const createPerson = (input: PersonInput) => api.post<Person>('/api/people', input);

export function useCreatePerson() {
  return useMutation({
    mutationFn: createPerson,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: PEOPLE_KEY }),
  });
}
