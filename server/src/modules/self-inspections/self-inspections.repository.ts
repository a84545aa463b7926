import { and, eq, gte, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Scope } from '@contracts/access';
import type { Executor } from '../../platform/db/client';
import { queryRows } from '../../platform/db/client';
import { enterprises, mines, people, positions, regions, selfInspections, settings, users } from '../../platform/db/schema';
import { scopeCondition } from '../../platform/access/scope-sql';
import { afterCursor, allOf, cappedCount, orderBy, page, type SortSpec } from '../../platform/db/paging';

export const recordScope = (scope: Scope) => scopeCondition(scope, { region: selfInspections.regionCode, enterprise: selfInspections.enterpriseId });

function base(db: Executor) {
  return db.select({
    s: selfInspections, mineName: mines.name, enterpriseName: enterprises.name, regionName: regions.name, organiserName: people.name,
  }).from(selfInspections)
    .innerJoin(mines, eq(mines.id, selfInspections.mineId))
    .innerJoin(enterprises, eq(enterprises.id, selfInspections.enterpriseId))
    .innerJoin(regions, eq(regions.code, selfInspections.regionCode))
    .innerJoin(people, eq(people.id, selfInspections.organiserPersonId));
}
export type SelfInspectionJoined = Awaited<ReturnType<ReturnType<typeof base>['execute']>>[number];

export interface ListFilter { scope: Scope; mineId?: string; month?: string; regionCode?: string }

function filterWhere(f: ListFilter): SQL | undefined {
  return allOf(
    recordScope(f.scope),
    f.mineId ? eq(selfInspections.mineId, f.mineId) : undefined,
    f.month ? eq(selfInspections.month, f.month) : undefined,
    f.regionCode ? eq(selfInspections.regionCode, f.regionCode) : undefined,
  );
}

/** Newest month first. */
const BY_MONTH: SortSpec = { column: selfInspections.month, desc: true, key: 'month' };

export async function listSelfInspections(db: Executor, f: ListFilter, limit: number, cursor?: string) {
  const rows = await base(db).where(allOf(filterWhere(f), afterCursor(BY_MONTH, selfInspections.id, cursor)))
    .orderBy(...orderBy(BY_MONTH, selfInspections.id)).limit(limit + 1);
  const paged = page(rows.map((r) => ({ ...r, id: r.s.id })), limit, (r) => r.s.month);
  return { ...paged, ...(await cappedCount(db, sql`${selfInspections}`, filterWhere(f))) };
}

export async function findSelfInspection(db: Executor, scope: Scope, id: string): Promise<SelfInspectionJoined | undefined> {
  const [row] = await base(db).where(allOf(eq(selfInspections.id, id), recordScope(scope)));
  return row;
}

export async function findByMineMonth(db: Executor, mineId: string, month: string) {
  const [row] = await db.select({ id: selfInspections.id }).from(selfInspections)
    .where(and(eq(selfInspections.mineId, mineId), eq(selfInspections.month, month)));
  return row;
}

export async function insertSelfInspection(db: Executor, v: typeof selfInspections.$inferInsert): Promise<string> {
  const [row] = await db.insert(selfInspections).values(v).returning({ id: selfInspections.id });
  return row!.id;
}

/** Only an unsigned record at the expected version changes; false otherwise (signed meanwhile or stale). */
export async function updateUnsigned(db: Executor, id: string, version: number, v: Partial<typeof selfInspections.$inferInsert>) {
  const res = await db.update(selfInspections).set({ ...v, updatedAt: new Date(), version: sql`${selfInspections.version} + 1` })
    .where(and(eq(selfInspections.id, id), eq(selfInspections.version, version), isNull(selfInspections.signedAt)))
    .returning({ id: selfInspections.id });
  return res.length === 1;
}

/** A unique index refused the row (two requests raced past the pre-check). */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; cause?: { code?: string } } | null;
  return e?.code === '23505' || e?.cause?.code === '23505';
}

/** A setting an administrator may change, or the fallback when it was never set. */
export async function readSetting<T>(db: Executor, key: string, fallback: T): Promise<T> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, key));
  return (row?.value as T | undefined) ?? fallback;
}

/** Did the person hold one of the counted posts on `date`: 主要负责人 of the enterprise, or 矿长 of the mine? */
export async function heldOrganiserPost(db: Executor, q: { personId: string; enterpriseId: string; mineId: string; date: string; posts: string[] }) {
  const post = or(
    q.posts.includes('principal') ? and(eq(positions.position, 'principal'), eq(positions.enterpriseId, q.enterpriseId)) : undefined,
    q.posts.includes('mine_manager') ? and(eq(positions.position, 'mine_manager'), eq(positions.mineId, q.mineId)) : undefined,
  );
  if (!post) return false;
  const [row] = await db.select({ id: positions.id }).from(positions).where(and(
    eq(positions.personId, q.personId), post, lte(positions.startDate, q.date),
    or(isNull(positions.endDate), gte(positions.endDate, q.date)),
  )).limit(1);
  return !!row;
}

export async function personIdOfUser(db: Executor, userId: string): Promise<string | null> {
  const [row] = await db.select({ personId: users.personId }).from(users).where(eq(users.id, userId));
  return row?.personId ?? null;
}

/**
 * The ids among `ids` that are hazards of this mine. Plain SQL so this module does not depend on the
 * hazards module; when no hazards table exists, nothing can be linked (returns []).
 */
export async function hazardIdsOfMine(db: Executor, mineId: string, ids: string[]): Promise<string[]> {
  if (!ids.length) return [];
  const [t] = await queryRows<{ present: boolean }>(db, sql`SELECT to_regclass('public.hazards') IS NOT NULL AS present`);
  if (!t?.present) return [];
  const rows = await queryRows<{ id: string }>(db, sql`SELECT id::text AS id FROM hazards WHERE mine_id = ${mineId} AND id::text IN ${ids}`);
  return rows.map((r) => r.id);
}
