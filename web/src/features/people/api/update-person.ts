import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { queryClient } from '../../../lib/query-client';
import type { Person, PersonInput } from '../types';
import { PEOPLE_KEY } from './get-people';

export type PersonUpdate = PersonInput & { version: number };

/** PUT /api/people/:id with the version read (409 STALE if someone saved in between). */
export const updatePerson = (id: string, input: PersonUpdate) => api.put<Person>(`/api/people/${encodeURIComponent(id)}`, input);

export function useUpdatePerson(id: string) {
  return useMutation({
    mutationFn: (input: PersonUpdate) => updatePerson(id, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: PEOPLE_KEY }),
  });
}
