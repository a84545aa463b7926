import { api } from '../../../lib/api';
import type { ListParams, ListResult, Page } from '../../../lib/list';
import type { Person } from '../types';

export const PEOPLE_KEY = ['people'] as const;
export const peopleListKey = [...PEOPLE_KEY, 'list'] as const;

/** GET /api/people?q&enterpriseId&idNumber&phone&limit&cursor — ID numbers and phones arrive masked. */
export const getPeople = (f: ListParams, page: Page) =>
  api.get<ListResult<Person>>('/api/people', { q: f.q, enterpriseId: f.enterpriseId, idNumber: f.idNumber, phone: f.phone, ...page });

export const peopleQueryOptions = (filters: ListParams, page: Page) => ({
  queryKey: [...peopleListKey, filters, page.cursor, page.limit] as const,
  queryFn: () => getPeople(filters, page),
});
