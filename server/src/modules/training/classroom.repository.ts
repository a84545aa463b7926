import { eq, ilike, isNull, sql, type SQL } from 'drizzle-orm';
import type { Scope } from '@contracts/access';
import { CLASSROOM_OBLIGED_STATUSES } from '@contracts/training';
import type { Executor } from '../../platform/db/client';
import { classroomConnections, enterprises, mines, regions } from '../../platform/db/schema';
import { afterCursor, allOf, cappedCount, likePattern, orderBy, page, type SortSpec } from '../../platform/db/paging';
import { mineScope } from '../mines/mines.repository';

/** Every mine in scope with its classroom connection (null when never checked). */
function base(db: Executor) {
  return db.select({
    mineId: mines.id, mineName: mines.name, mineStatus: mines.status, enterpriseId: mines.enterpriseId, enterpriseName: enterprises.name,
    regionCode: mines.regionCode, regionName: regions.name, c: classroomConnections,
  }).from(mines)
    .innerJoin(enterprises, eq(enterprises.id, mines.enterpriseId))
    .innerJoin(regions, eq(regions.code, mines.regionCode))
    .leftJoin(classroomConnections, eq(classroomConnections.mineId, mines.id));
}
export type ClassroomJoined = Awaited<ReturnType<ReturnType<typeof base>['execute']>>[number];

export interface ClassroomFilter { scope: Scope; q?: string; regionCode?: string; connected?: 'yes' | 'no' | 'unknown'; obligedOnly?: boolean }

const CONNECTED: Record<'yes' | 'no' | 'unknown', SQL> = {
  yes: sql`${classroomConnections.connected} = true`,
  no: sql`${classroomConnections.connected} = false`,
  unknown: isNull(classroomConnections.mineId),
};
export const obligedMine = sql`${mines.status} IN ${[...CLASSROOM_OBLIGED_STATUSES]}`;

function filterWhere(f: ClassroomFilter): SQL | undefined {
  return allOf(
    mineScope(f.scope),
    f.regionCode ? eq(mines.regionCode, f.regionCode) : undefined,
    f.connected ? CONNECTED[f.connected] : undefined,
    f.obligedOnly ? obligedMine : undefined,
    f.q ? ilike(mines.name, likePattern(f.q)) : undefined,
  );
}

const BY_NAME: SortSpec = { column: mines.name, desc: false, key: 'name' };

export async function listClassrooms(db: Executor, f: ClassroomFilter, limit: number, cursor?: string) {
  const from = sql`${mines} LEFT JOIN ${classroomConnections} ON ${classroomConnections.mineId} = ${mines.id}`;
  const [rows, counted] = await Promise.all([
    base(db).where(allOf(filterWhere(f), afterCursor(BY_NAME, mines.id, cursor))).orderBy(...orderBy(BY_NAME, mines.id)).limit(limit + 1),
    cappedCount(db, from, filterWhere(f)),
  ]);
  return { ...page(rows.map((r) => ({ ...r, id: r.mineId })), limit, (r) => r.mineName), ...counted };
}

export async function findClassroom(db: Executor, mineId: string): Promise<ClassroomJoined | undefined> {
  const [row] = await base(db).where(eq(mines.id, mineId));
  return row;
}

export async function insertClassroom(db: Executor, v: typeof classroomConnections.$inferInsert) {
  await db.insert(classroomConnections).values(v);
}

/** Optimistic update: false when the row changed since `version`. */
export async function updateClassroom(db: Executor, mineId: string, version: number, v: Partial<typeof classroomConnections.$inferInsert>) {
  const res = await db.update(classroomConnections).set({ ...v, updatedAt: new Date(), version: sql`${classroomConnections.version} + 1` })
    .where(sql`${classroomConnections.mineId} = ${mineId} AND ${classroomConnections.version} = ${version}`).returning({ id: classroomConnections.mineId });
  return res.length === 1;
}
