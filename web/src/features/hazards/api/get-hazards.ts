import { api, withQuery } from '../../../lib/api';
import type { ListParams, ListResult, Page } from '../../../lib/list';
import type { HazardListItem } from '../types';

export const HAZARDS_KEY = ['hazards'] as const;
export const hazardsListKey = [...HAZARDS_KEY, 'list'] as const;

const filterQuery = (f: ListParams) => ({
  q: f.q, mineId: f.mineId, enterpriseId: f.enterpriseId, regionCode: f.regionCode, status: f.status, grade: f.grade,
  overdue: f.overdue, listed: f.listed, open: f.open, sort: f.sort,
});

/** GET /api/hazards?q&mineId&enterpriseId&regionCode&status&grade&overdue&listed&open&sort&limit&cursor */
export const getHazards = (filters: ListParams, page: Page) =>
  api.get<ListResult<HazardListItem>>('/api/hazards', { ...filterQuery(filters), ...page });

/** The ledger (隐患台账) of exactly what the filter shows; the server streams up to 20 000 rows. */
export const hazardsExportUrl = (filters: ListParams) => withQuery('/api/hazards/export', filterQuery(filters));
