import type { Entries } from './types';
import type { TestServer } from '../harness';
import type { Tenant } from '../factories';

/** A reported major hazard of tenant t's mine, written straight to the table (its audit trail is empty: the view still answers). */
async function reportedHazard(s: TestServer, t: Tenant) {
  const [row] = await s.p.database.query<{ id: string }>(`
    INSERT INTO hazards (mine_id, enterprise_id, region_code, source, grade, standard_item_code, standard_situation_code,
      description, found_at, found_by, status)
    VALUES ($1, $2, $3, 'enterprise_self_inspection', 'major', 'UG-07', 'UG-07.1', $4, now(), '测试', 'reported') RETURNING id`,
  [t.mine.id, t.enterprise.id, t.region.code, `责任倒查范围测试${t.region.code}`]);
  return { hazardId: row!.id };
}

export const responsibilityEntries: Entries = {
  'GET /api/hazards/:id/responsibility': { kind: 'tenant', roles: ['district', 'enterprise'], op: 'read', prepare: reportedHazard,
    request: (_t, prep: { hazardId: string }) => ({ method: 'GET', url: `/api/hazards/${prep.hazardId}/responsibility` }) },
};
