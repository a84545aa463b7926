import { api } from '../../../lib/api';
import type { ListParams, ListResult, Page } from '../../../lib/list';
import type { Visit } from '../types';

/** GET /api/inspection-visits?mineId&regionCode&from&to — newest first, keyset-paged. */
export const getVisits = (f: ListParams, page: Page) =>
  api.get<ListResult<Visit>>('/api/inspection-visits', { mineId: f.mineId, regionCode: f.regionCode, from: f.from, to: f.to, ...page });
