import type { Entries } from './types';
import type { TestServer } from '../harness';
import type { Tenant } from '../factories';

/** A hazard of tenant t whose description names the tenant, so an export's text shows whose rows it holds. */
async function ledgerHazard(s: TestServer, t: Tenant) {
  const [row] = await s.p.database.query<{ id: string }>(`
    INSERT INTO hazards (mine_id, enterprise_id, region_code, source, grade, description, found_at, found_by, status)
    VALUES ($1, $2, $3, 'enterprise_self_inspection', 'general', $4, now(), '测试', 'reported') RETURNING id`,
  [t.mine.id, t.enterprise.id, t.region.code, `台账范围测试${t.region.code}`]);
  return { hazardId: row!.id };
}

export const hazardLedgerEntries: Entries = {
  'GET /api/hazards/export': { kind: 'tenant', roles: ['district', 'enterprise'], op: 'read', prepare: ledgerHazard,
    request: () => ({ method: 'GET', url: '/api/hazards/export?format=xlsx' }), ownId: (t) => `台账范围测试${t.region.code}` },
  'POST /api/hazards/export-jobs': { kind: 'covered', by: 'server/src/modules/hazard-ledger/hazard-ledger.test.ts (own rows only, owner-only file)' },
  'GET /api/hazards/export-jobs/:id/file': { kind: 'covered', by: 'server/src/modules/hazard-ledger/hazard-ledger.test.ts (404 for another user)' },
};
