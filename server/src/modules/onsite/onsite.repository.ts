import { and, asc, eq, gte, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { Scope } from '@contracts/access';
import type { Executor } from '../../platform/db/client';
import { enterprises, mines, onsiteDays, onsiteSpotChecks, people, positioningImports, positions, regions, settings } from '../../platform/db/schema';
import { scopeCondition } from '../../platform/access/scope-sql';
import { allOf } from '../../platform/db/paging';
import { mineScope } from '../mines/mines.repository';

export type OnsiteDayRow = typeof onsiteDays.$inferSelect;
export type SpotCheckRow = typeof onsiteSpotChecks.$inferSelect;
export const LEADER_POSITIONS = ['actual_controller', 'chief_engineer'] as const;

export interface MineRef { id: string; enterpriseId: string; regionCode: string }
export interface LeaderPosition { personId: string; personName: string; position: string; mineId: string | null; enterpriseId: string; startDate: string; endDate: string | null }

export async function readSetting(db: Executor, key: string): Promise<unknown> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, key));
  return row?.value;
}

/** Mines in scope for the compliance list (closed mines are not expected to have leaders on site). */
export async function minesInScope(db: Executor, scope: Scope, regionCode?: string) {
  return db.select({ id: mines.id, name: mines.name, enterpriseId: mines.enterpriseId, enterpriseName: enterprises.name, regionCode: mines.regionCode,
    regionName: regions.name, positioningInstalled: mines.positioningInstalled })
    .from(mines).innerJoin(enterprises, eq(enterprises.id, mines.enterpriseId)).innerJoin(regions, eq(regions.code, mines.regionCode))
    .where(allOf(mineScope(scope), sql`${mines.status} <> 'closed'`, regionCode ? eq(mines.regionCode, regionCode) : undefined))
    .orderBy(asc(mines.regionCode), asc(enterprises.name), asc(mines.name));
}

/**
 * 实际控制人 and 总工程师 posts of these mines overlapping [from, to]: held at the mine, or at its enterprise
 * without a mine (an enterprise-level controller is the controller of each of its mines).
 */
export async function leaderPositions(db: Executor, ms: { id: string; enterpriseId: string }[], from: string, to: string): Promise<LeaderPosition[]> {
  if (!ms.length) return [];
  return db.select({ personId: positions.personId, personName: people.name, position: positions.position, mineId: positions.mineId,
    enterpriseId: positions.enterpriseId, startDate: positions.startDate, endDate: positions.endDate })
    .from(positions).innerJoin(people, eq(people.id, positions.personId))
    .where(and(
      inArray(positions.position, [...LEADER_POSITIONS]),
      lte(positions.startDate, to), or(isNull(positions.endDate), gte(positions.endDate, from)),
      or(inArray(positions.mineId, ms.map((m) => m.id)),
        and(isNull(positions.mineId), inArray(positions.enterpriseId, [...new Set(ms.map((m) => m.enterpriseId))]))),
    ))
    .orderBy(asc(positions.position), asc(people.name), asc(positions.startDate));
}

export async function daysOfMines(db: Executor, mineIds: string[], from: string, to: string): Promise<OnsiteDayRow[]> {
  if (!mineIds.length) return [];
  return db.select().from(onsiteDays)
    .where(and(inArray(onsiteDays.mineId, mineIds), gte(onsiteDays.day, from), lte(onsiteDays.day, to)))
    .orderBy(asc(onsiteDays.day), asc(onsiteDays.source));
}

/** (person, day) pairs of these people with records at two or more mines (any enterprise). */
export async function twoMineDays(db: Executor, personIds: string[], from: string, to: string): Promise<Set<string>> {
  if (!personIds.length) return new Set();
  const rows = await db.select({ personId: onsiteDays.personId, day: onsiteDays.day }).from(onsiteDays)
    .where(and(inArray(onsiteDays.personId, [...new Set(personIds)]), gte(onsiteDays.day, from), lte(onsiteDays.day, to)))
    .groupBy(onsiteDays.personId, onsiteDays.day).having(sql`count(DISTINCT ${onsiteDays.mineId}) > 1`);
  return new Set(rows.map((r) => `${r.personId}|${r.day}`));
}

export async function existingDays(db: Executor, mineId: string, personId: string, source: string, days: string[]): Promise<string[]> {
  if (!days.length) return [];
  const rows = await db.select({ day: onsiteDays.day }).from(onsiteDays)
    .where(and(eq(onsiteDays.mineId, mineId), eq(onsiteDays.personId, personId), eq(onsiteDays.source, source), inArray(onsiteDays.day, days)));
  return rows.map((r) => r.day);
}

export async function insertDays(db: Executor, values: (typeof onsiteDays.$inferInsert)[]): Promise<OnsiteDayRow[]> {
  return db.insert(onsiteDays).values(values).returning();
}

/** Positioning rows: a re-import of the same day widens the day (earliest arrival, latest departure). */
export async function upsertPositioningDays(db: Executor, values: (typeof onsiteDays.$inferInsert)[]): Promise<number> {
  if (!values.length) return 0;
  const res = await db.insert(onsiteDays).values(values)
    .onConflictDoUpdate({ target: [onsiteDays.mineId, onsiteDays.personId, onsiteDays.day, onsiteDays.source], set: {
      arrival: sql`least(${onsiteDays.arrival}, excluded.arrival)`, departure: sql`greatest(${onsiteDays.departure}, excluded.departure)`,
      location: sql`CASE WHEN excluded.location = 'underground' THEN 'underground' ELSE ${onsiteDays.location} END`,
      importId: sql`excluded.import_id`,
    } }).returning({ id: onsiteDays.id });
  return res.length;
}

export async function findDay(db: Executor, scope: Scope, id: string): Promise<OnsiteDayRow | undefined> {
  const [row] = await db.select().from(onsiteDays)
    .where(allOf(eq(onsiteDays.id, id), scopeCondition(scope, { region: onsiteDays.regionCode, enterprise: onsiteDays.enterpriseId })));
  return row;
}

export async function deleteDay(db: Executor, id: string): Promise<boolean> {
  return (await db.delete(onsiteDays).where(eq(onsiteDays.id, id)).returning({ id: onsiteDays.id })).length === 1;
}

export async function insertSpotCheck(db: Executor, v: typeof onsiteSpotChecks.$inferInsert): Promise<SpotCheckRow> {
  const [row] = await db.insert(onsiteSpotChecks).values(v).returning();
  return row!;
}

export async function spotChecksOf(db: Executor, mineIds: string[], month: string): Promise<SpotCheckRow[]> {
  if (!mineIds.length) return [];
  return db.select().from(onsiteSpotChecks).where(and(inArray(onsiteSpotChecks.mineId, mineIds), eq(onsiteSpotChecks.month, month)))
    .orderBy(asc(onsiteSpotChecks.checkedOn), asc(onsiteSpotChecks.createdAt));
}

export async function insertImport(db: Executor, v: typeof positioningImports.$inferInsert): Promise<string> {
  const [row] = await db.insert(positioningImports).values(v).returning({ id: positioningImports.id });
  return row!.id;
}

/** People of an enterprise (registered for it, or holding a post there), for matching CSV rows by name or ID-number index. */
export async function peopleOfEnterprise(db: Executor, enterpriseId: string) {
  return db.select({ id: people.id, name: people.name, idNumberBidx: people.idNumberBidx }).from(people)
    .where(or(eq(people.ownerEnterpriseId, enterpriseId),
      sql`EXISTS (SELECT 1 FROM ${positions} WHERE ${positions.personId} = ${people.id} AND ${positions.enterpriseId} = ${enterpriseId})`));
}

/** A unique index refused the row (two requests raced past the pre-check). */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; cause?: { code?: string } } | null;
  return e?.code === '23505' || e?.cause?.code === '23505';
}
