import { api, withQuery } from '../../../lib/api';
import type { ListParams, ListResult, Page } from '../../../lib/list';
import type { TrainingRecord } from '../types';

const filters = (f: ListParams) => ({ year: f.year, category: f.category, passed: f.passed, regionCode: f.regionCode, enterpriseId: f.enterpriseId, q: f.q });

/** GET /api/training-records?year&category&passed&regionCode&enterpriseId&q — keyset-paged. */
export const getTrainingRecords = (f: ListParams, page: Page) => api.get<ListResult<TrainingRecord>>('/api/training-records', { ...filters(f), ...page });

/** GET /api/training-records/export — the same filters as an .xlsx file. */
export const trainingExportUrl = (f: ListParams) => withQuery('/api/training-records/export', filters(f));
