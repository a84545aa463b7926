// Test fixtures: hazards with a hand-written past (found/closed times, timeline events, listings, extensions),
// inserted straight through SQL because the API can only write the present. Not used by the app.
import type { Platform } from '../../platform/context';
import type { Tenant } from '../../../test/factories';

/** Beijing wall-clock time → timestamptz text. */
export const bj = (local: string) => `${local.length === 10 ? `${local}T00:00:00` : local}+08:00`;

export interface PastHazard {
  found: string; status: string; grade?: 'major' | 'general'; deadline?: string | null; closedAt?: string | null;
  /** timeline rows in order: [at, from, to, action?]; none → a legacy hazard without timeline */
  events?: [string, string | null, string, string?][];
}

export async function insertPastHazard(p: Platform, t: Tenant, h: PastHazard): Promise<string> {
  const [row] = await p.database.query<{ id: string }>(`
    INSERT INTO hazards (mine_id, enterprise_id, region_code, source, grade, description, found_at, found_by, registered_at, status, deadline, closed_at)
    VALUES ($1, $2, $3, 'regulator_inspection', $4, '月报测试隐患', $5, '测试', $5, $6, $7, $8) RETURNING id`,
  [t.mine.id, t.enterprise.id, t.region.code, h.grade ?? 'major', bj(h.found), h.status, h.deadline ?? null, h.closedAt ? bj(h.closedAt) : null]);
  const id = row!.id;
  for (const [i, [at, from, to, action]] of (h.events ?? []).entries()) {
    await p.database.query(`INSERT INTO hazard_events (hazard_id, seq, action, from_status, to_status, at) VALUES ($1, $2, $3, $4, $5, $6)`,
      [id, i + 1, action ?? (i === 0 ? 'create' : to === 'closed' ? 'accept_pass' : 'step'), from, to, bj(at)]);
  }
  return id;
}

let listingNumber = 0;
export async function insertPastListing(p: Platform, t: Tenant, hazardId: string, listedAt: string, delistedAt: string | null) {
  listingNumber++;
  await p.database.query(`
    INSERT INTO hazard_listings (hazard_id, agency_id, year, number, doc_no, deadline, requirements, responsible_unit, status, listed_at, delisted_at)
    VALUES ($1, $2, 2025, $3, $4, '2025-06-30', '限期整改', $5, $6, $7, $8)`,
  [hazardId, t.agency.id, listingNumber, `测矿督〔2025〕${listingNumber}号`, t.enterprise.name, delistedAt ? 'delisted' : 'active', bj(listedAt), delistedAt ? bj(delistedAt) : null]);
}

export async function insertApprovedExtension(p: Platform, hazardId: string, previous: string, requested: string, decidedAt: string) {
  await p.database.query(`
    INSERT INTO hazard_extensions (hazard_id, requested_deadline, previous_deadline, reason, status, requested_at, decided_at)
    VALUES ($1, $2, $3, '需要更换设备', 'approved', $4, $4)`, [hazardId, requested, previous, bj(decidedAt)]);
}
