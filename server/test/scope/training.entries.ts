import type { Entries } from './types';
import type { TestServer } from '../harness';
import type { Tenant } from '../factories';
import { insertMineOf, insertTrainingPerson, insertTrainingRecord } from '../../src/modules/training/training.fixtures';

/** A person of tenant t (named after the tenant, so an export can be searched for it) with a passed 2025 record. */
async function recordOf(s: TestServer, t: Tenant) {
  const personName = `培训${t.region.code}`;
  const personId = await insertTrainingPerson(s.p, t.enterprise.id, personName);
  const id = await insertTrainingRecord(s.p, { personId, enterpriseId: t.enterprise.id, regionCode: t.region.code });
  return { id, personId, personName };
}
type Prep = Awaited<ReturnType<typeof recordOf>>;
const both = ['district', 'enterprise'] as const;

export const trainingEntries: Entries = {
  'GET /api/training-records': { kind: 'tenant', roles: [...both], op: 'list', prepare: recordOf,
    request: () => ({ method: 'GET', url: '/api/training-records?year=2025&limit=200' }),
    ids: (j) => j.items.map((i: any) => i.id), ownId: (_t, prep: Prep) => prep.id },
  'GET /api/training-records/export': { kind: 'tenant', roles: [...both], op: 'read', prepare: recordOf,
    request: () => ({ method: 'GET', url: '/api/training-records/export?year=2025' }), ownId: (_t, prep: Prep) => prep.personName },
  'GET /api/training-records/:id': { kind: 'tenant', roles: [...both], op: 'read', prepare: recordOf,
    request: (_t, prep: Prep) => ({ method: 'GET', url: `/api/training-records/${prep.id}` }) },
  'POST /api/training-records': { kind: 'tenant', roles: [...both], op: 'create', okStatus: 201,
    prepare: (s, t) => insertTrainingPerson(s.p, t.enterprise.id),
    request: (t, personId: string) => ({ method: 'POST', url: '/api/training-records', body: {
      personId, enterpriseId: t.enterprise.id, category: 'special_operator', course: '井下电气作业', hours: 72, examScore: 90, passed: true, trainedOn: '2025-05-10' } }) },
  'PUT /api/training-records/:id': { kind: 'tenant', roles: [...both], op: 'write', prepare: recordOf,
    request: (_t, prep: Prep) => ({ method: 'PUT', url: `/api/training-records/${prep.id}`, body: {
      category: 'safety_manager', course: '安全管理人员复训', hours: 16, examScore: 92, passed: true, trainedOn: '2025-06-02', version: 1 } }),
    reread: (_t, prep: Prep) => `/api/training-records/${prep.id}` },
  // City roles only (training.target); districts are refused by role: covered in the module's tests.
  'PUT /api/training-targets/:year/:regionCode': { kind: 'covered', by: 'server/src/modules/training/training.test.ts' },
  // Regulators only: enterprise callers get 403 (training.test.ts).
  'GET /api/training-progress': { kind: 'tenant', roles: ['district'], op: 'list',
    request: () => ({ method: 'GET', url: '/api/training-progress?year=2025' }),
    ids: (j) => j.rows.map((r: any) => r.regionCode), ownId: (t) => t.region.code },
  'GET /api/classroom-connections': { kind: 'tenant', roles: [...both], op: 'list',
    request: () => ({ method: 'GET', url: '/api/classroom-connections?limit=200' }),
    ids: (j) => j.items.map((i: any) => i.mineId), ownId: (t) => t.mine.id },
  'GET /api/classroom-connections/rate': { kind: 'tenant', roles: [...both], op: 'list',
    request: () => ({ method: 'GET', url: '/api/classroom-connections/rate' }),
    ids: (j) => j.rows.map((r: any) => r.regionCode), ownId: (t) => t.region.code },
  // classroom.record: regulators (an enterprise owner is refused by role, tested in the module).
  'PUT /api/mines/:id/classroom': { kind: 'tenant', roles: ['district'], op: 'write',
    prepare: (s, t) => insertMineOf(s.p, { enterpriseId: t.enterprise.id, regionCode: t.region.code }),
    request: (_t, mineId: string) => ({ method: 'PUT', url: `/api/mines/${mineId}/classroom`,
      body: { connected: true, since: '2025-03-01', checkedBy: '王检查', checkedOn: '2025-06-01' } }),
    reread: (t) => `/api/classroom-connections?regionCode=${t.region.code}&connected=yes&limit=200` },
};
