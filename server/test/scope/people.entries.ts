import type { Entries } from './types';
import type { TestServer } from '../harness';
import type { Tenant } from '../factories';
import { insertPerson, insertPosition, newIdNumber, newMobile } from '../../src/modules/people/people.fixtures';

/**
 * A person of tenant t visible only through a position at t's mine (no owner enterprise), so the
 * scope rule for people is exercised through positions; the owner path is tested in people.test.ts.
 */
async function personAtMine(s: TestServer, t: Tenant) {
  const idNumber = newIdNumber();
  const personId = await insertPerson(s.p, { name: `矿长${t.region.code}`, idNumber, phone: newMobile() });
  const positionId = await insertPosition(s.p, { personId, enterpriseId: t.enterprise.id, mineId: t.mine.id, position: 'mine_manager', startDate: '2024-01-01' });
  return { personId, positionId, idNumber };
}
type Prep = Awaited<ReturnType<typeof personAtMine>>;
const both = ['district', 'enterprise'] as const;

export const peopleEntries: Entries = {
  'GET /api/people': { kind: 'tenant', roles: [...both], op: 'list', prepare: personAtMine,
    request: () => ({ method: 'GET', url: '/api/people?limit=200' }),
    ids: (j) => j.items.map((i: any) => i.id), ownId: (_t, prep: Prep) => prep.personId },
  'GET /api/people/:id': { kind: 'tenant', roles: [...both], op: 'read', prepare: personAtMine,
    request: (_t, prep: Prep) => ({ method: 'GET', url: `/api/people/${prep.personId}` }) },
  'POST /api/people': { kind: 'tenant', roles: [...both], op: 'create', okStatus: 201, prepare: async () => newIdNumber(),
    request: (t, idNumber: string) => ({ method: 'POST', url: '/api/people',
      body: { name: '新登记人员', idDocType: 'resident_id', idNumber, phone: newMobile(), ownerEnterpriseId: t.enterprise.id } }) },
  'PUT /api/people/:id': { kind: 'tenant', roles: [...both], op: 'write', prepare: personAtMine,
    request: (t, prep: Prep) => ({ method: 'PUT', url: `/api/people/${prep.personId}`,
      body: { name: `矿长${t.region.code}（改）`, idDocType: 'resident_id', idNumber: prep.idNumber, title: '高级工程师', version: 1 } }),
    reread: (_t, prep: Prep) => `/api/people/${prep.personId}` },
  'POST /api/people/:id/reveal': { kind: 'tenant', roles: [...both], op: 'read', prepare: personAtMine,
    request: (_t, prep: Prep) => ({ method: 'POST', url: `/api/people/${prep.personId}/reveal`, body: {} }) },
  'GET /api/positions': { kind: 'tenant', roles: [...both], op: 'list', prepare: personAtMine,
    request: () => ({ method: 'GET', url: '/api/positions' }),
    ids: (j) => j.map((i: any) => i.id), ownId: (_t, prep: Prep) => prep.positionId },
  'POST /api/positions': { kind: 'tenant', roles: [...both], op: 'create', okStatus: 201, prepare: personAtMine,
    request: (t, prep: Prep) => ({ method: 'POST', url: '/api/positions',
      body: { personId: prep.personId, enterpriseId: t.enterprise.id, mineId: t.mine.id, position: 'chief_engineer', startDate: '2025-01-01' } }) },
  'POST /api/positions/:id/end': { kind: 'tenant', roles: [...both], op: 'write', prepare: personAtMine,
    request: (_t, prep: Prep) => ({ method: 'POST', url: `/api/positions/${prep.positionId}/end`, body: { endDate: '2025-06-30' } }),
    reread: (_t, prep: Prep) => `/api/positions?personId=${prep.personId}` },
};
