import { and, eq, gte, ilike, lte, sql, type SQL } from 'drizzle-orm';
import type { Scope } from '@contracts/access';
import type { Executor } from '../../platform/db/client';
import { enterprises, people, regions, trainingRecords, trainingTargets } from '../../platform/db/schema';
import { scopeCondition } from '../../platform/access/scope-sql';
import { afterCursor, allOf, cappedCount, likePattern, orderBy, page, type SortSpec } from '../../platform/db/paging';

/** A record belongs to its employer (enterprise scope) and the employer's district (district scope). */
export const recordScope = (scope: Scope) => scopeCondition(scope, { region: trainingRecords.regionCode, enterprise: trainingRecords.enterpriseId });

function base(db: Executor) {
  return db.select({ r: trainingRecords, personName: people.name, enterpriseName: enterprises.name, regionName: regions.name })
    .from(trainingRecords)
    .innerJoin(people, eq(people.id, trainingRecords.personId))
    .innerJoin(enterprises, eq(enterprises.id, trainingRecords.enterpriseId))
    .leftJoin(regions, eq(regions.code, trainingRecords.regionCode));
}
export type TrainingJoined = Awaited<ReturnType<ReturnType<typeof base>['execute']>>[number];

export interface RecordFilter {
  scope: Scope; year?: number; category?: string; passed?: boolean; regionCode?: string; enterpriseId?: string; q?: string;
}

function filterWhere(f: RecordFilter): SQL | undefined {
  return allOf(
    recordScope(f.scope),
    f.year ? and(gte(trainingRecords.trainedOn, `${f.year}-01-01`), lte(trainingRecords.trainedOn, `${f.year}-12-31`)) : undefined,
    f.category ? eq(trainingRecords.category, f.category) : undefined,
    f.passed !== undefined ? eq(trainingRecords.passed, f.passed) : undefined,
    f.regionCode ? eq(trainingRecords.regionCode, f.regionCode) : undefined,
    f.enterpriseId ? eq(trainingRecords.enterpriseId, f.enterpriseId) : undefined,
    f.q ? sql`${trainingRecords.personId} IN (SELECT ${people.id} FROM ${people} WHERE ${ilike(people.name, likePattern(f.q))})` : undefined,
  );
}

/** Newest training first. */
const BY_DATE: SortSpec = { column: trainingRecords.trainedOn, desc: true, key: 'trainedOn' };

async function listPage(db: Executor, f: RecordFilter, limit: number, cursor?: string) {
  const rows = await base(db).where(allOf(filterWhere(f), afterCursor(BY_DATE, trainingRecords.id, cursor)))
    .orderBy(...orderBy(BY_DATE, trainingRecords.id)).limit(limit + 1);
  return page(rows.map((r) => ({ ...r, id: r.r.id })), limit, (r) => r.r.trainedOn);
}

export async function listRecords(db: Executor, f: RecordFilter, limit: number, cursor?: string) {
  const [paged, counted] = await Promise.all([listPage(db, f, limit, cursor), cappedCount(db, sql`${trainingRecords}`, filterWhere(f))]);
  return { ...paged, ...counted };
}

/** Streams every row of the filter in pages (for the export), without OFFSET. */
export async function* iterateRecords(db: Executor, f: RecordFilter, batch = 1000) {
  let cursor: string | undefined;
  for (;;) {
    const r = await listPage(db, f, batch, cursor);
    yield* r.items;
    if (!r.nextCursor) return;
    cursor = r.nextCursor;
  }
}

export async function findRecord(db: Executor, scope: Scope, id: string): Promise<TrainingJoined | undefined> {
  const [row] = await base(db).where(allOf(eq(trainingRecords.id, id), recordScope(scope)));
  return row;
}

export async function insertRecord(db: Executor, v: typeof trainingRecords.$inferInsert): Promise<string> {
  const [row] = await db.insert(trainingRecords).values(v).returning({ id: trainingRecords.id });
  return row!.id;
}

export async function findRegion(db: Executor, code: string) {
  const [row] = await db.select({ code: regions.code, name: regions.name, parentCode: regions.parentCode }).from(regions).where(eq(regions.code, code));
  return row;
}

export async function findTarget(db: Executor, year: number, regionCode: string) {
  const [row] = await db.select().from(trainingTargets).where(and(eq(trainingTargets.year, year), eq(trainingTargets.regionCode, regionCode)));
  return row;
}

export async function upsertTarget(db: Executor, v: { year: number; regionCode: string; target: number; source: string }) {
  const [row] = await db.insert(trainingTargets).values({ ...v, updatedAt: new Date() })
    .onConflictDoUpdate({ target: [trainingTargets.year, trainingTargets.regionCode], set: { target: v.target, source: v.source, updatedAt: new Date() } })
    .returning();
  return row!;
}

/** Inserts the target only when the year and region have none (and the region exists); true when added. */
export async function insertTargetIfMissing(db: Executor, v: { year: number; regionCode: string; target: number; source: string }) {
  const res = await db.execute(sql`INSERT INTO ${trainingTargets} (year, region_code, target, source)
    SELECT ${v.year}, ${v.regionCode}, ${v.target}, ${v.source} WHERE EXISTS (SELECT 1 FROM ${regions} WHERE ${regions.code} = ${v.regionCode})
    ON CONFLICT DO NOTHING RETURNING year`);
  return ((res as unknown as { rows: unknown[] }).rows ?? []).length > 0;
}

/** Optimistic update: false when the row changed since `version`. */
export async function updateRecord(db: Executor, id: string, version: number, v: Partial<typeof trainingRecords.$inferInsert>) {
  const res = await db.update(trainingRecords).set({ ...v, updatedAt: new Date(), version: sql`${trainingRecords.version} + 1` })
    .where(and(eq(trainingRecords.id, id), eq(trainingRecords.version, version))).returning({ id: trainingRecords.id });
  return res.length === 1;
}
