import type { Entries } from './types';
import { currentMonth } from '../../src/modules/self-inspections/self-inspections.fixtures';

// Agencies only: enterprise callers get 403 (tested in the module), so only the district role is exercised here.
export const monthlyReportEntries: Entries = {
  'GET /api/monthly-report': { kind: 'tenant', roles: ['district'], op: 'list',
    request: () => ({ method: 'GET', url: `/api/monthly-report?month=${currentMonth()}` }),
    ids: (j) => j.rows.map((r: any) => r.regionCode), ownId: (t) => t.region.code },
  'GET /api/monthly-report.xlsx': { kind: 'tenant', roles: ['district'], op: 'read',
    request: () => ({ method: 'GET', url: `/api/monthly-report.xlsx?month=${currentMonth()}` }), ownId: (t) => `测试区${t.region.code}` },
  'GET /api/monthly-report.pdf': { kind: 'covered', by: 'server/src/modules/monthly-report/monthly-report.test.ts (district row only, enterprise 403)' },
};
