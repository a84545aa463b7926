import { api, withQuery } from '../../../lib/api';
import type { ListParams, ListResult, Page } from '../../../lib/list';
import type { Enterprise } from '../types';

export const ENTERPRISES_KEY = ['enterprises'] as const;
export const enterprisesListKey = [...ENTERPRISES_KEY, 'list'] as const;

/** GET /api/enterprises?q&regionCode&sort&limit&cursor */
export const getEnterprises = (filters: ListParams, page: Page) =>
  api.get<ListResult<Enterprise>>('/api/enterprises', { q: filters.q, regionCode: filters.regionCode, sort: filters.sort, ...page });

export const enterprisesQueryOptions = (filters: ListParams, page: Page) => ({
  queryKey: [...enterprisesListKey, filters, page.cursor, page.limit] as const,
  queryFn: () => getEnterprises(filters, page),
});

/** GET /api/enterprises/export?q&regionCode — the same rows as the list's filters, as .xlsx */
export const enterprisesExportUrl = (filters: ListParams) =>
  withQuery('/api/enterprises/export', { q: filters.q, regionCode: filters.regionCode, sort: filters.sort });
