import type { Entries } from './types';
import type { TestServer } from '../harness';
import type { Tenant } from '../factories';
import { insertVisit } from '../../src/modules/inspection-visits/inspection-visits.fixtures';

async function visitOf(s: TestServer, t: Tenant) {
  return insertVisit(s.p, { mineId: t.mine.id, enterpriseId: t.enterprise.id, regionCode: t.region.code, agencyId: t.agency.id });
}
const both = ['district', 'enterprise'] as const;
const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
const inDays = (n: number) => new Date(Date.now() + 8 * 3_600_000 + n * 86_400_000).toISOString().slice(0, 10);

export const inspectionVisitEntries: Entries = {
  'GET /api/inspection-visits': { kind: 'tenant', roles: [...both], op: 'list', prepare: visitOf,
    request: () => ({ method: 'GET', url: '/api/inspection-visits?limit=200&from=2025-09-01&to=2025-09-01' }),
    ids: (j) => j.items.map((i: any) => i.id), ownId: (_t, id: string) => id },
  'GET /api/inspection-visits/:id': { kind: 'tenant', roles: [...both], op: 'read', prepare: visitOf,
    request: (_t, id: string) => ({ method: 'GET', url: `/api/inspection-visits/${id}` }) },
  // inspection.record: regulators only (an enterprise owner is refused by role, tested in the module).
  'POST /api/inspection-visits': { kind: 'tenant', roles: ['district'], op: 'create', okStatus: 201,
    request: (t) => ({ method: 'POST', url: '/api/inspection-visits', body: {
      mineId: t.mine.id, visitDate: today(), inspectors: '张三', trainingEvaluation: '培训档案齐全', trainingRating: 'good' } }) },
  'POST /api/inspection-visits/:id/hazards': { kind: 'tenant', roles: ['district'], op: 'create', okStatus: 201, prepare: visitOf,
    request: (_t, id: string) => ({ method: 'POST', url: `/api/inspection-visits/${id}/hazards`, body: {
      grade: 'general', description: '巷道照明不足', foundAt: new Date(Date.now() - 60_000).toISOString(), foundBy: '检查组', deadline: inDays(10) } }) },
};
