import type { Entries } from './types';
import type { TestServer } from '../harness';
import type { Tenant } from '../factories';

/** A closed major hazard of tenant t with a repeated-after-rectification flag, written straight to the tables. */
async function flagged(s: TestServer, t: Tenant) {
  const [h] = await s.p.database.query<{ id: string }>(`
    INSERT INTO hazards (mine_id, enterprise_id, region_code, source, grade, standard_item_code, description, found_at, found_by, status)
    VALUES ($1, $2, $3, 'regulator_inspection', 'major', 'UG-07', $4, now(), '测试', 'in_rectification') RETURNING id`,
  [t.mine.id, t.enterprise.id, t.region.code, `范围测试标记${t.region.code}`]);
  const [f] = await s.p.database.query<{ id: string }>(`
    INSERT INTO hazard_flags (hazard_id, mine_id, enterprise_id, region_code, kind, on_date, detail, mine_principals, parent_principals)
    VALUES ($1, $2, $3, $4, 'recurring', CURRENT_DATE, '范围测试', '[]', '[]') RETURNING id`,
  [h!.id, t.mine.id, t.enterprise.id, t.region.code]);
  return { flagId: f!.id };
}
/** An open proposal for tenant t's mine (one open per mine and reason: reuse the one an earlier entry made). */
async function proposal(s: TestServer, t: Tenant) {
  await s.p.database.query(`
    INSERT INTO closure_proposals (mine_id, enterprise_id, region_code, reason, summary, evidence)
    VALUES ($1, $2, $3, 'unlicensed_production', '范围测试', '{}') ON CONFLICT (mine_id, reason) WHERE status = 'open' DO NOTHING`,
  [t.mine.id, t.enterprise.id, t.region.code]);
  const [row] = await s.p.database.query<{ id: string }>(
    `SELECT id FROM closure_proposals WHERE mine_id = $1 AND reason = 'unlicensed_production' AND status = 'open'`, [t.mine.id]);
  return { proposalId: row!.id };
}
type Prep = { flagId?: string; proposalId?: string };

export const oversightEntries: Entries = {
  'GET /api/hazard-flags': { kind: 'tenant', roles: ['district', 'enterprise'], op: 'list', prepare: flagged,
    request: () => ({ method: 'GET', url: '/api/hazard-flags?limit=200' }),
    ids: (j) => j.items.map((i: any) => i.id), ownId: (_t, prep: Prep) => prep.flagId! },
  // proposals are regulators' work: enterprise users get 403 (closure.test.ts)
  'GET /api/closure-proposals': { kind: 'tenant', roles: ['district'], op: 'list', prepare: proposal,
    request: () => ({ method: 'GET', url: '/api/closure-proposals?limit=200' }),
    ids: (j) => j.items.map((i: any) => i.id), ownId: (_t, prep: Prep) => prep.proposalId! },
  'GET /api/closure-proposals/:id': { kind: 'tenant', roles: ['district'], op: 'read', prepare: proposal,
    request: (_t, prep: Prep) => ({ method: 'GET', url: `/api/closure-proposals/${prep.proposalId}` }) },
  'POST /api/closure-proposals/:id/decide': { kind: 'tenant', roles: ['district'], op: 'write', prepare: proposal,
    reread: (_t, prep: Prep) => `/api/closure-proposals/${prep.proposalId}`,
    request: (_t, prep: Prep) => ({ method: 'POST', url: `/api/closure-proposals/${prep.proposalId}/decide`, body: { version: 1, adopt: false, note: '证照已补办' } }) },
};
