import type { Entries } from './types';
import type { TestServer } from '../harness';
import type { Tenant } from '../factories';
import { insertLeader, insertOnsiteDay, insertOnsiteMine } from '../../src/modules/onsite/onsite.fixtures';

const MONTH = '2026-03';
const org = (t: Tenant) => ({ enterpriseId: t.enterprise.id, regionCode: t.region.code });

/** A fresh mine of tenant t with its chief engineer (so every run has free days). */
async function mineWithEngineer(s: TestServer, t: Tenant) {
  const mineId = await insertOnsiteMine(s.p, org(t));
  const personId = await insertLeader(s.p, org(t), 'chief_engineer', mineId);
  return { mineId, personId };
}
type Prep = Awaited<ReturnType<typeof mineWithEngineer>>;

export const onsiteEntries: Entries = {
  'GET /api/mines/:id/onsite': { kind: 'tenant', roles: ['district', 'enterprise'], op: 'read',
    request: (t) => ({ method: 'GET', url: `/api/mines/${t.mine.id}/onsite?month=${MONTH}` }) },
  'GET /api/onsite-compliance': { kind: 'tenant', roles: ['district', 'enterprise'], op: 'list',
    request: () => ({ method: 'GET', url: `/api/onsite-compliance?month=${MONTH}&all=true` }),
    ids: (j) => j.rows.map((r: any) => r.mineId), ownId: (t) => t.mine.id },
  // onsite.declare is the enterprise's; a district caller is refused by role, tested in the module.
  'POST /api/mines/:id/onsite/days': { kind: 'tenant', roles: ['enterprise'], op: 'create', okStatus: 201, prepare: mineWithEngineer,
    request: (_t, prep: Prep) => ({ method: 'POST', url: `/api/mines/${prep.mineId}/onsite/days`,
      body: { personId: prep.personId, role: 'chief_engineer', days: [{ day: '2026-03-02', location: 'surface' }] } }) },
  'DELETE /api/onsite-days/:id': { kind: 'tenant', roles: ['enterprise'], op: 'write', okStatus: 204,
    prepare: async (s, t) => {
      const prep = await mineWithEngineer(s, t);
      return { id: await insertOnsiteDay(s.p, { ...org(t), ...prep }, '2026-03-03') };
    },
    request: (_t, prep: { id: string }) => ({ method: 'DELETE', url: `/api/onsite-days/${prep.id}` }) },
  // onsite.spotcheck is the regulators'.
  'POST /api/mines/:id/onsite/spot-checks': { kind: 'tenant', roles: ['district'], op: 'create', okStatus: 201,
    request: (t) => ({ method: 'POST', url: `/api/mines/${t.mine.id}/onsite/spot-checks`,
      body: { month: MONTH, checkedOn: '2026-04-02', checkerName: '抽查人', result: 'consistent' } }) },
  'POST /api/mines/:id/onsite/positioning-imports': { kind: 'covered', by: 'server/src/modules/onsite/onsite.import.test.ts (multipart upload: other district and enterprise 404, staff 403)' },
};
