// Test fixtures (tests and server/test/scope entries): mines of a given kind and qualified or unqualified holders,
// written straight through the platform. Not used by the app.
import { randomUUID } from 'node:crypto';
import type { PositionCode } from '@contracts/people';
import type { Platform } from '../../platform/context';
import { mines, people, positions } from '../../platform/db/schema';

export async function insertKeyPostMine(p: Platform, v: {
  enterpriseId: string; regionCode: string; kinds: string[]; independentSystems?: number | null; hydroComplexity?: string | null; status?: string;
}) {
  const [row] = await p.database.db.insert(mines).values({
    enterpriseId: v.enterpriseId, regionCode: v.regionCode, name: `岗位测试矿山${randomUUID().slice(0, 8)}`, kinds: v.kinds,
    status: v.status ?? 'production', independentSystems: v.independentSystems ?? null, hydroComplexity: v.hydroComplexity ?? null,
  }).returning({ id: mines.id });
  return row!.id;
}

/** A person who meets the seeded rules for every post (mining major, 本科, 工程师, 10 years) unless overridden. */
export async function insertQualifiedPerson(p: Platform, v: { name?: string; ownerEnterpriseId?: string | null; major?: string | null;
  education?: string | null; title?: string | null; miningYears?: number | null } = {}) {
  const [row] = await p.database.db.insert(people).values({
    name: v.name ?? `人员${randomUUID().slice(0, 6)}`, idDocType: 'resident_id', ownerEnterpriseId: v.ownerEnterpriseId ?? null,
    major: v.major === undefined ? '采矿工程（地质、测量、机电、水文、水利方向）' : v.major,
    education: v.education === undefined ? '本科' : v.education, title: v.title === undefined ? '工程师' : v.title,
    miningYears: v.miningYears === undefined ? 10 : v.miningYears,
  }).returning({ id: people.id });
  return row!.id;
}

export async function insertHolding(p: Platform, v: { personId: string; enterpriseId: string; mineId: string; position: PositionCode;
  startDate?: string; endDate?: string | null; fullTime?: boolean; productionSystem?: number | null }) {
  const [row] = await p.database.db.insert(positions).values({
    personId: v.personId, enterpriseId: v.enterpriseId, mineId: v.mineId, position: v.position, startDate: v.startDate ?? '2020-01-01',
    endDate: v.endDate ?? null, fullTime: v.fullTime ?? true, productionSystem: v.productionSystem ?? null,
  }).returning({ id: positions.id });
  return row!.id;
}

/** Fills every post the seeded rules ask of the mine (one qualified person per slot). */
export async function staffFully(p: Platform, enterpriseId: string, mineId: string, posts: { position: PositionCode; productionSystem?: number }[]) {
  for (const post of posts) {
    const personId = await insertQualifiedPerson(p, { ownerEnterpriseId: enterpriseId });
    await insertHolding(p, { personId, enterpriseId, mineId, ...post });
  }
}
