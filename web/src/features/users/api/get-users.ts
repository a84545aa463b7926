import { api } from '../../../lib/api';
import type { ListParams, ListResult, Page } from '../../../lib/list';
import type { User } from '../types';

export const USERS_KEY = ['users'] as const;
export const usersListKey = [...USERS_KEY, 'list'] as const;

/** GET /api/users?q&orgId&role&limit&cursor */
export const getUsers = (f: ListParams, page: Page) =>
  api.get<ListResult<User>>('/api/users', { q: f.q, orgId: f.orgId, role: f.role, ...page });

export const usersQueryOptions = (filters: ListParams, page: Page) => ({
  queryKey: [...usersListKey, filters, page.cursor, page.limit] as const,
  queryFn: () => getUsers(filters, page),
});
