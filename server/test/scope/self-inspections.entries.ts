import type { Entries } from './types';
import type { TestServer } from '../harness';
import type { Tenant } from '../factories';
import { currentMonth, insertMine, insertPrincipal, insertSelfInspection } from '../../src/modules/self-inspections/self-inspections.fixtures';
import { todayInShanghai } from '../../src/modules/self-inspections/self-inspections.calendar';

/** A fresh mine of tenant t (so each run has a free month), its principal, and an unsigned record for the current month. */
async function recordOf(s: TestServer, t: Tenant) {
  const org = { enterpriseId: t.enterprise.id, regionCode: t.region.code };
  const mineId = await insertMine(s.p, org);
  const organiserPersonId = await insertPrincipal(s.p, t.enterprise.id);
  const id = await insertSelfInspection(s.p, { ...org, mineId, month: currentMonth(), organiserPersonId });
  return { id, mineId, organiserPersonId };
}
type Prep = Awaited<ReturnType<typeof recordOf>>;
const both = ['district', 'enterprise'] as const;
const content = (organiserPersonId: string) => ({
  organiserPersonId, inspectionDate: todayInShanghai(), participants: '安全管理人员', scope: '全矿', result: 'hazards_found',
});
const range = () => `from=${currentMonth()}&to=${currentMonth()}`;

export const selfInspectionEntries: Entries = {
  'GET /api/self-inspections': { kind: 'tenant', roles: [...both], op: 'list', prepare: recordOf,
    request: () => ({ method: 'GET', url: `/api/self-inspections?month=${currentMonth()}&limit=200` }),
    ids: (j) => j.items.map((i: any) => i.id), ownId: (_t, prep: Prep) => prep.id },
  'GET /api/self-inspections/:id': { kind: 'tenant', roles: [...both], op: 'read', prepare: recordOf,
    request: (_t, prep: Prep) => ({ method: 'GET', url: `/api/self-inspections/${prep.id}` }) },
  'GET /api/self-inspections/matrix': { kind: 'tenant', roles: [...both], op: 'list',
    request: () => ({ method: 'GET', url: `/api/self-inspections/matrix?${range()}` }),
    ids: (j) => j.rows.map((r: any) => r.mineId), ownId: (t) => t.mine.id },
  'GET /api/self-inspections/stats': { kind: 'tenant', roles: [...both], op: 'list',
    request: () => ({ method: 'GET', url: `/api/self-inspections/stats?${range()}` }),
    ids: (j) => j.rows.map((r: any) => r.regionCode), ownId: (t) => t.region.code },
  // Only enterprise roles submit (selfinspection.submit); a district caller is refused by role, tested in the module.
  'POST /api/self-inspections': { kind: 'tenant', roles: ['enterprise'], op: 'create', okStatus: 201,
    prepare: async (s, t) => ({ mineId: await insertMine(s.p, { enterpriseId: t.enterprise.id, regionCode: t.region.code }),
      organiserPersonId: await insertPrincipal(s.p, t.enterprise.id) }),
    request: (_t, prep: { mineId: string; organiserPersonId: string }) => ({ method: 'POST', url: '/api/self-inspections',
      body: { mineId: prep.mineId, month: currentMonth(), ...content(prep.organiserPersonId) } }) },
  'PUT /api/self-inspections/:id': { kind: 'tenant', roles: ['enterprise'], op: 'write', prepare: recordOf,
    request: (_t, prep: Prep) => ({ method: 'PUT', url: `/api/self-inspections/${prep.id}`,
      body: { ...content(prep.organiserPersonId), participants: '主要负责人、安全副矿长', version: 1 } }),
    reread: (_t, prep: Prep) => `/api/self-inspections/${prep.id}` },
};
