import { api, withQuery } from '../../../lib/api';
import type { ListParams, ListResult, Page } from '../../../lib/list';
import type { MineListItem } from '../types';

export const MINES_KEY = ['mines'] as const;
export const minesListKey = [...MINES_KEY, 'list'] as const;

const filterQuery = (f: ListParams) => ({
  q: f.q, regionCode: f.regionCode, enterpriseId: f.enterpriseId, kind: f.kind, status: f.status, sort: f.sort,
});

/** GET /api/mines?q&regionCode&enterpriseId&kind&status&sort&limit&cursor */
export const getMines = (filters: ListParams, page: Page) =>
  api.get<ListResult<MineListItem>>('/api/mines', { ...filterQuery(filters), ...page });

export const minesQueryOptions = (filters: ListParams, page: Page) => ({
  queryKey: [...minesListKey, filters, page.cursor, page.limit] as const,
  queryFn: () => getMines(filters, page),
});

/** GET /api/mines/export?… — the list's filters, as .xlsx */
export const minesExportUrl = (filters: ListParams) => withQuery('/api/mines/export', filterQuery(filters));
