import { and, asc, eq, gte, inArray, isNotNull, isNull, lte, ne, or, sql } from 'drizzle-orm';
import type { Scope } from '@contracts/access';
import type { QualificationRule } from '@contracts/key-posts';
import type { Executor } from '../../platform/db/client';
import { enterprises, hazards, mines, people, positionRequirements, positions, regions } from '../../platform/db/schema';
import { allOf } from '../../platform/db/paging';
import { mineScope } from '../mines/mines.repository';
import type { Holding, RequirementRow } from './key-posts.rules';
import { PRINCIPAL_POSTS } from './key-posts.rules';

export type RequirementRecord = typeof positionRequirements.$inferSelect;

export const toRule = (r: RequirementRecord): RequirementRow => ({ ...r, qualification: (r.qualification ?? {}) as QualificationRule });

export async function listRequirements(db: Executor): Promise<RequirementRecord[]> {
  return db.select().from(positionRequirements).orderBy(asc(positionRequirements.sort), asc(positionRequirements.id));
}

export async function findRequirement(db: Executor, id: string): Promise<RequirementRecord | undefined> {
  const [row] = await db.select().from(positionRequirements).where(eq(positionRequirements.id, id));
  return row;
}

/** Optimistic update: false when somebody changed the row since `version`. */
export async function updateRequirement(db: Executor, id: string, version: number, v: Partial<typeof positionRequirements.$inferInsert>) {
  const res = await db.update(positionRequirements).set({ ...v, updatedAt: new Date(), version: sql`${positionRequirements.version} + 1` })
    .where(and(eq(positionRequirements.id, id), eq(positionRequirements.version, version))).returning({ id: positionRequirements.id });
  return res.length === 1;
}

const mineColumns = {
  id: mines.id, name: mines.name, enterpriseId: mines.enterpriseId, enterpriseName: enterprises.name, regionCode: mines.regionCode,
  regionName: regions.name, kinds: mines.kinds, status: mines.status, independentSystems: mines.independentSystems, hydroComplexity: mines.hydroComplexity,
};
export type KeyPostMine = { id: string; name: string; enterpriseId: string; enterpriseName: string; regionCode: string; regionName: string;
  kinds: string[]; status: string; independentSystems: number | null; hydroComplexity: string | null };

export interface MineFilter { scope: Scope; mineId?: string; regionCode?: string; mineKind?: string; excludeClosed?: boolean }

/** The mines to check (scope first), ordered by district and name; `limit` caps a city-wide run. */
export async function minesFor(db: Executor, f: MineFilter, limit: number): Promise<KeyPostMine[]> {
  return db.select(mineColumns).from(mines)
    .innerJoin(enterprises, eq(enterprises.id, mines.enterpriseId))
    .innerJoin(regions, eq(regions.code, mines.regionCode))
    .where(allOf(
      mineScope(f.scope),
      f.mineId ? eq(mines.id, f.mineId) : undefined,
      f.regionCode ? eq(mines.regionCode, f.regionCode) : undefined,
      f.mineKind ? sql`${f.mineKind} = ANY(${mines.kinds})` : undefined,
      f.excludeClosed ? ne(mines.status, 'closed') : undefined,
    ))
    .orderBy(asc(mines.regionCode), asc(mines.name), asc(mines.id))
    .limit(limit);
}

const activeOn = (date: string) => and(lte(positions.startDate, date), or(isNull(positions.endDate), gte(positions.endDate, date)));

/** Positions held at these mines on the date, with the holder's qualification facts. */
export async function holdingsAt(db: Executor, mineIds: string[], date: string): Promise<(Holding & { mineId: string })[]> {
  if (!mineIds.length) return [];
  const rows = await db.select({
    mineId: positions.mineId, positionId: positions.id, personId: positions.personId, personName: people.name, position: positions.position,
    startDate: positions.startDate, endDate: positions.endDate, fullTime: positions.fullTime, productionSystem: positions.productionSystem,
    education: people.education, major: people.major, title: people.title, miningYears: people.miningYears,
  }).from(positions).innerJoin(people, eq(people.id, positions.personId))
    .where(and(inArray(positions.mineId, mineIds), activeOn(date)))
    .orderBy(asc(positions.startDate), asc(positions.id));
  return rows.map((r) => ({ ...r, mineId: r.mineId! }));
}

/** person → every mine (any scope) where they hold a full-time principal post on the date. */
export async function principalMinesOf(db: Executor, personIds: string[], date: string): Promise<Map<string, Set<string>>> {
  const out = new Map<string, Set<string>>();
  if (!personIds.length) return out;
  const rows = await db.select({ personId: positions.personId, mineId: positions.mineId }).from(positions)
    .where(and(inArray(positions.personId, personIds), isNotNull(positions.mineId), eq(positions.fullTime, true),
      inArray(positions.position, PRINCIPAL_POSTS), activeOn(date)));
  for (const r of rows) out.set(r.personId, (out.get(r.personId) ?? new Set()).add(r.mineId!));
  return out;
}

/** An open (not closed) hazard of the mine under the standard item. */
export async function openHazardUnder(db: Executor, mineId: string, itemCode: string): Promise<string | undefined> {
  const [row] = await db.select({ id: hazards.id }).from(hazards)
    .where(and(eq(hazards.mineId, mineId), eq(hazards.standardItemCode, itemCode), ne(hazards.status, 'closed'))).limit(1);
  return row?.id;
}
