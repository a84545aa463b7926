// Test fixtures (tests and server/test/scope entries): visits and certificates written straight through the
// platform (the certificates module is built separately; only its tables are used here). Not used by the app.
import { randomInt } from 'node:crypto';
import type { Platform } from '../../platform/context';
import { inspectionVisits } from '../../platform/db/schema';
import { insertPerson, newIdNumber } from '../people/people.fixtures';

export async function insertVisit(p: Platform, t: { mineId: string; enterpriseId: string; regionCode: string; agencyId: string }, visitDate = '2025-09-01') {
  const [row] = await p.database.db.insert(inspectionVisits).values({
    mineId: t.mineId, enterpriseId: t.enterpriseId, regionCode: t.regionCode, visitDate, leadAgencyId: t.agencyId, inspectors: '张三、李四',
    findings: '提升机制动系统未按期检测',
  }).returning({ id: inspectionVisits.id });
  return row!.id;
}

/** A special-operations certificate of a new person of the enterprise (with a catalogue entry of its own). */
export async function insertCertificate(p: Platform, enterpriseId: string, regionCode: string | null) {
  const personId = await insertPerson(p, { name: `持证人${randomInt(1e6)}`, ownerEnterpriseId: enterpriseId, idNumber: newIdNumber() });
  const code = `T${randomInt(1e9)}`;
  const [type] = await p.database.query<{ id: string }>(`INSERT INTO certificate_types (code, name, category, valid_years, review_years,
    extended_review_years, effective_from, source) VALUES ($1, '井下电气作业', '矿山安全作业', 6, 3, 6, '2010-07-01', '测试') RETURNING id`, [code]);
  const [cert] = await p.database.query<{ id: string }>(`INSERT INTO certificates (person_id, enterprise_id, region_code, type_id, number,
    issuing_authority, issue_date, expiry_date) VALUES ($1, $2, $3, $4, $5, '重庆市应急管理局', '2023-01-01', '2029-01-01') RETURNING id`,
  [personId, enterpriseId, regionCode, type!.id, `T${randomInt(1e12)}`]);
  return { certificateId: cert!.id, personId };
}
