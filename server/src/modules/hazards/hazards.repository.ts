import { and, asc, eq, ne, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Scope } from '@contracts/access';
import { queryRows, type Executor } from '../../platform/db/client';
import { enterprises, hazardEvents, hazardExtensions, hazardListings, hazards, mines, regions, settings, users } from '../../platform/db/schema';
import { scopeCondition } from '../../platform/access/scope-sql';
import { afterCursor, allOf, cappedCount, orderBy, page, type SortSpec } from '../../platform/db/paging';
import { keywordMatch } from '../../platform/db/keyword';

export type HazardRow = typeof hazards.$inferSelect;
export const hazardScope = (scope: Scope) => scopeCondition(scope, { region: hazards.regionCode, enterprise: hazards.enterpriseId });

/** "Today" is the calendar day in Asia/Shanghai, computed by the database so the server's TZ does not matter. */
export const SHANGHAI_TODAY = sql`(now() AT TIME ZONE 'Asia/Shanghai')::date`;
const overdue = sql<boolean>`(${hazards.deadline} < ${SHANGHAI_TODAY} AND ${hazards.status} <> 'closed')`;
/** The active listing (at most one: partial unique index), joined once instead of one subquery per column. */
const active = alias(hazardListings, 'active_listing');
const hasActiveListing = sql`EXISTS (SELECT 1 FROM ${hazardListings} l WHERE l.hazard_id = ${hazards.id} AND l.status <> 'delisted')`;

const { place: _p, ...plainColumns } = hazards;
const selection = {
  h: plainColumns,
  mineName: mines.name,
  mineKinds: mines.kinds,
  enterpriseName: enterprises.name,
  regionName: regions.name,
  lon: sql<number | null>`ST_X(${hazards.place})`,
  lat: sql<number | null>`ST_Y(${hazards.place})`,
  overdue,
  listingId: active.id,
  listingDocNo: active.docNo,
  listingAgencyId: active.agencyId,
};

function base(db: Executor) {
  return db.select(selection as never as typeof selection).from(hazards)
    .innerJoin(mines, eq(mines.id, hazards.mineId))
    .innerJoin(enterprises, eq(enterprises.id, hazards.enterpriseId))
    .innerJoin(regions, eq(regions.code, hazards.regionCode))
    .leftJoin(active, and(eq(active.hazardId, hazards.id), ne(active.status, 'delisted')));
}
export type HazardJoined = Awaited<ReturnType<ReturnType<typeof base>['execute']>>[number];

export interface HazardFilter {
  scope: Scope; q?: string; mineId?: string; enterpriseId?: string; regionCode?: string; status?: string; grade?: string;
  overdue?: boolean; listed?: boolean; open?: boolean;
}

function filterWhere(f: HazardFilter): SQL | undefined {
  return allOf(
    hazardScope(f.scope),
    f.mineId ? eq(hazards.mineId, f.mineId) : undefined,
    f.enterpriseId ? eq(hazards.enterpriseId, f.enterpriseId) : undefined,
    f.regionCode ? eq(hazards.regionCode, f.regionCode) : undefined,
    f.status ? eq(hazards.status, f.status) : undefined,
    f.grade ? eq(hazards.grade, f.grade) : undefined,
    f.overdue === undefined ? undefined : f.overdue ? overdue : sql`(NOT ${overdue} OR ${hazards.deadline} IS NULL)`, // and() does not parenthesise its parts
    f.listed === undefined ? undefined : f.listed ? hasActiveListing : sql`NOT ${hasActiveListing}`,
    f.open === undefined ? undefined : f.open ? sql`${hazards.status} <> 'closed'` : eq(hazards.status, 'closed'),
    f.q ? keywordMatch(hazards.description, f.q) : undefined, // bigram GIN index, then ILIKE (platform/db/keyword.ts)
  );
}

export const SORTS: Record<string, SortSpec> = {
  registeredAt: { column: hazards.registeredAt, desc: false, key: 'registeredAt' },
  '-registeredAt': { column: hazards.registeredAt, desc: true, key: 'registeredAt' },
};

export async function listHazards(db: Executor, f: HazardFilter, sort: SortSpec, limit: number, cursor?: string) {
  const rowsP = base(db).where(allOf(filterWhere(f), afterCursor(sort, hazards.id, cursor)))
    .orderBy(...orderBy(sort, hazards.id)).limit(limit + 1);
  const [rows, counted] = await Promise.all([rowsP, cappedCount(db, sql`${hazards}`, filterWhere(f))]);
  return { ...page(rows.map((r) => ({ ...r, id: r.h.id })), limit, (r) => r.h.registeredAt), ...counted };
}

export async function findHazard(db: Executor, scope: Scope, id: string) {
  const [row] = await base(db).where(allOf(eq(hazards.id, id), hazardScope(scope)));
  return row;
}

export type HazardWrite = Omit<typeof hazards.$inferInsert, 'place'> & { lon?: number | null; lat?: number | null };

export async function insertHazard(db: Executor, v: HazardWrite): Promise<string> {
  const { lon, lat, ...rest } = v;
  const place = (lon != null && lat != null ? sql`ST_SetSRID(ST_MakePoint(${lon}, ${lat}), 4326)` : null) as never;
  const [row] = await db.insert(hazards).values({ ...rest, place }).returning({ id: hazards.id });
  return row!.id;
}

/** Optimistic concurrency: changes only the version the caller saw; false when someone else got there first. */
export async function updateHazard(db: Executor, id: string, version: number, set: Partial<HazardRow>): Promise<boolean> {
  const res = await db.update(hazards).set({ ...set, updatedAt: new Date(), version: sql`${hazards.version} + 1` })
    .where(and(eq(hazards.id, id), eq(hazards.version, version))).returning({ id: hazards.id });
  return res.length === 1;
}

/** Append to the timeline. Call after updateHazard, whose row lock keeps seq free of races. */
export async function insertEvent(db: Executor, e: Omit<typeof hazardEvents.$inferInsert, 'seq' | 'id' | 'at'>) {
  await db.insert(hazardEvents).values({
    ...e, seq: sql`(SELECT coalesce(max(seq), 0) + 1 FROM ${hazardEvents} WHERE hazard_id = ${e.hazardId})` as never,
  });
}

export function timeline(db: Executor, hazardId: string) {
  return db.select({ e: hazardEvents, actorName: users.displayName }).from(hazardEvents)
    .leftJoin(users, eq(users.id, hazardEvents.actorUserId))
    .where(eq(hazardEvents.hazardId, hazardId)).orderBy(asc(hazardEvents.seq));
}

export function extensionsOf(db: Executor, hazardId: string) {
  return db.select().from(hazardExtensions).where(eq(hazardExtensions.hazardId, hazardId)).orderBy(asc(hazardExtensions.requestedAt));
}

/** A setting an administrator may change, or the fallback when it was never set. */
export async function readSetting<T>(db: Executor, key: string, fallback: T): Promise<T> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, key));
  return (row?.value as T | undefined) ?? fallback;
}

export async function shanghaiToday(db: Executor): Promise<string> {
  const [row] = await queryRows<{ d: string }>(db, sql`SELECT to_char(${SHANGHAI_TODAY}, 'YYYY-MM-DD') AS d`);
  return row!.d;
}

export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; cause?: { code?: string } } | null;
  return e?.code === '23505' || e?.cause?.code === '23505';
}

/**
 * Every row the list's filter shows, in keyset pages (never OFFSET), for exports. The next page is
 * keyed on the last row's stored (sort value, id) read back by id, so microsecond timestamps that a
 * JS Date would round to the millisecond cannot make a page skip or repeat rows.
 */
export async function* iterateHazards(db: Executor, f: HazardFilter, sort: SortSpec, batch = 1000) {
  let lastId: string | undefined;
  const cmp = sql.raw(sort.desc ? '<' : '>');
  for (;;) {
    const after = lastId
      ? sql`(${sort.column}, ${hazards.id}) ${cmp} ((SELECT x.${sql.identifier(sort.column.name)} FROM ${hazards} x WHERE x.id = ${lastId}::uuid), ${lastId}::uuid)`
      : undefined;
    const rows = await base(db).where(allOf(filterWhere(f), after)).orderBy(...orderBy(sort, hazards.id)).limit(batch);
    for (const r of rows) yield r;
    if (rows.length < batch) return;
    lastId = rows[rows.length - 1]!.h.id;
  }
}

/** How many rows the filter shows; with `cap`, counting at most `cap + 1` (enough to decide "more than cap"). */
export async function countHazardsUpTo(db: Executor, f: HazardFilter, cap?: number): Promise<number> {
  const where = filterWhere(f);
  const [row] = await queryRows<{ n: string }>(db, sql`
    SELECT count(*)::text AS n FROM (SELECT 1 FROM ${hazards} ${where ? sql`WHERE ${where}` : sql``}
    ${cap === undefined ? sql`` : sql`LIMIT ${cap + 1}`}) t`);
  return Number(row?.n ?? 0);
}
