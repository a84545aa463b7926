import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { isUuid } from '../../../lib/format';
import type { Person } from '../types';
import { PEOPLE_KEY } from './get-people';

/** GET /api/people/:id */
export const getPerson = (id: string) => api.get<Person>(`/api/people/${encodeURIComponent(id)}`);

export const personQueryOptions = (id: string) => ({
  queryKey: [...PEOPLE_KEY, 'detail', id] as const,
  queryFn: () => getPerson(id),
});

export function usePerson(id: string | undefined) {
  return useQuery({ ...personQueryOptions(id ?? ''), enabled: isUuid(id) });
}
