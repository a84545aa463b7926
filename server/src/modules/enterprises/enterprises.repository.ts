import { queryRows } from '../../platform/db/client';
import { eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Scope } from '@contracts/access';
import type { Executor } from '../../platform/db/client';
import { enterprises, mines, regions } from '../../platform/db/schema';
import { afterCursor, allOf, cappedCount, likePattern, orderBy, page, type SortSpec } from '../../platform/db/paging';

export type EnterpriseRow = typeof enterprises.$inferSelect;
const parent = alias(enterprises, 'parent');

/** District scope: registered in the district, or operating a mine there. */
export function enterpriseScope(scope: Scope): SQL | undefined {
  if (scope.kind === 'city') return undefined;
  if (scope.kind === 'district') {
    return sql`(${enterprises.regionCode} = ${scope.regionCode} OR EXISTS (
      SELECT 1 FROM ${mines} WHERE ${mines.enterpriseId} = ${enterprises.id} AND ${mines.regionCode} = ${scope.regionCode}))`;
  }
  return scope.enterpriseIds.length ? sql`${enterprises.id} IN ${scope.enterpriseIds}` : sql`false`;
}

const selection = {
  e: enterprises,
  regionName: regions.name,
  parentName: parent.name,
  mineCount: sql<number>`(SELECT count(*)::int FROM ${mines} WHERE ${mines.enterpriseId} = ${enterprises.id})`,
};

function base(db: Executor) {
  return db.select(selection).from(enterprises)
    .leftJoin(regions, eq(regions.code, enterprises.regionCode))
    .leftJoin(parent, eq(parent.id, enterprises.parentId));
}
export type EnterpriseJoined = Awaited<ReturnType<ReturnType<typeof base>['execute']>>[number];

export interface EnterpriseFilter { scope: Scope; q?: string; regionCode?: string }

function filterWhere(f: EnterpriseFilter): SQL | undefined {
  return allOf(
    enterpriseScope(f.scope),
    f.regionCode ? eq(enterprises.regionCode, f.regionCode) : undefined,
    f.q ? or(ilike(enterprises.name, likePattern(f.q)), ilike(enterprises.creditCode, likePattern(f.q))) : undefined,
  );
}

export const SORTS: Record<string, SortSpec> = {
  name: { column: enterprises.name, desc: false, key: 'name' },
  '-name': { column: enterprises.name, desc: true, key: 'name' },
  updatedAt: { column: enterprises.updatedAt, desc: false, key: 'updatedAt' },
  '-updatedAt': { column: enterprises.updatedAt, desc: true, key: 'updatedAt' },
};

export async function listEnterprises(db: Executor, f: EnterpriseFilter, sort: SortSpec, limit: number, cursor?: string) {
  const [paged, counted] = await Promise.all([
    listEnterprisesPage(db, f, sort, limit, cursor),
    cappedCount(db, sql`${enterprises}`, filterWhere(f)),
  ]);
  return { ...paged, ...counted };
}

/** Streams every row of the filter in pages (for exports), without OFFSET. */
export async function* iterateEnterprises(db: Executor, f: EnterpriseFilter, batch = 1000) {
  const sort = SORTS.name!;
  let cursor: string | undefined;
  for (;;) {
    const r = await listEnterprisesPage(db, f, sort, batch, cursor);
    yield* r.items;
    if (!r.nextCursor) return;
    cursor = r.nextCursor;
  }
}

async function listEnterprisesPage(db: Executor, f: EnterpriseFilter, sort: SortSpec, limit: number, cursor?: string) {
  const rows = await base(db).where(allOf(filterWhere(f), afterCursor(sort, enterprises.id, cursor)))
    .orderBy(...orderBy(sort, enterprises.id)).limit(limit + 1);
  return page(rows.map((r) => ({ ...r, id: r.e.id })), limit, (r) => (sort.key === 'name' ? r.e.name : r.e.updatedAt));
}

export async function findEnterprise(db: Executor, scope: Scope, id: string) {
  const [row] = await base(db).where(allOf(eq(enterprises.id, id), enterpriseScope(scope)));
  return row;
}

export async function findByCreditCode(db: Executor, creditCode: string) {
  const [row] = await db.select().from(enterprises).where(eq(enterprises.creditCode, creditCode));
  return row;
}

export async function insertEnterprise(db: Executor, values: typeof enterprises.$inferInsert): Promise<string> {
  const [row] = await db.insert(enterprises).values(values).returning({ id: enterprises.id });
  return row!.id;
}

/** Optimistic update: changes the row only if nobody changed it since `version`. */
export async function updateEnterprise(db: Executor, id: string, version: number, values: Partial<typeof enterprises.$inferInsert>) {
  const res = await db.update(enterprises).set({ ...values, updatedAt: new Date(), version: sql`${enterprises.version} + 1` })
    .where(sql`${enterprises.id} = ${id} AND ${enterprises.version} = ${version}`).returning({ id: enterprises.id });
  return res.length === 1;
}

/** Would setting parentId create a cycle (the new parent is the enterprise itself or below it)? */
export async function wouldCycle(db: Executor, id: string, parentId: string): Promise<boolean> {
  const res = await queryRows<{ hit: boolean }>(db, sql`
    WITH RECURSIVE up(id, parent_id) AS (
      SELECT id, parent_id FROM enterprises WHERE id = ${parentId}::uuid
      UNION SELECT e.id, e.parent_id FROM enterprises e JOIN up ON e.id = up.parent_id
    ) SELECT EXISTS (SELECT 1 FROM up WHERE id = ${id}::uuid) AS hit`);
  return Boolean(res[0]?.hit);
}
