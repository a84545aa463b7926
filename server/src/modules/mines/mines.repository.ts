import { eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Scope } from '@contracts/access';
import type { Executor } from '../../platform/db/client';
import { enterprises, mines, regions } from '../../platform/db/schema';
import { scopeCondition } from '../../platform/access/scope-sql';
import { afterCursor, allOf, cappedCount, likePattern, orderBy, page, type SortSpec } from '../../platform/db/paging';

export type MineRow = typeof mines.$inferSelect;
const served = alias(mines, 'served');

export const mineScope = (scope: Scope) => scopeCondition(scope, { region: mines.regionCode, enterprise: mines.enterpriseId });

const { location: _l, boundary: _b, ...plainColumns } = mines;
const selection = {
  m: plainColumns,
  enterpriseName: enterprises.name,
  regionName: regions.name,
  servesMineName: served.name,
  lon: sql<number | null>`ST_X(${mines.location})`,
  lat: sql<number | null>`ST_Y(${mines.location})`,
  boundaryGeoJson: sql<string | null>`ST_AsGeoJSON(${mines.boundary}, 6)`,
  insideRegion: sql<boolean | null>`ST_Contains(${regions.outline}, ${mines.location})`,
};

function base(db: Executor) {
  return db.select(selection as never as typeof selection).from(mines)
    .innerJoin(enterprises, eq(enterprises.id, mines.enterpriseId))
    .innerJoin(regions, eq(regions.code, mines.regionCode))
    .leftJoin(served, eq(served.id, mines.servesMineId));
}
export type MineJoined = Awaited<ReturnType<ReturnType<typeof base>['execute']>>[number];

export interface MineFilter { scope: Scope; q?: string; regionCode?: string; enterpriseId?: string; kind?: string; status?: string }

function filterWhere(f: MineFilter): SQL | undefined {
  return allOf(
    mineScope(f.scope),
    f.regionCode ? eq(mines.regionCode, f.regionCode) : undefined,
    f.enterpriseId ? eq(mines.enterpriseId, f.enterpriseId) : undefined,
    f.kind ? sql`${f.kind} = ANY(${mines.kinds})` : undefined,
    f.status ? eq(mines.status, f.status) : undefined,
    f.q ? or(ilike(mines.name, likePattern(f.q)), ilike(mines.miningLicenceNo, likePattern(f.q))) : undefined,
  );
}

export const SORTS: Record<string, SortSpec> = {
  name: { column: mines.name, desc: false, key: 'name' },
  '-name': { column: mines.name, desc: true, key: 'name' },
  updatedAt: { column: mines.updatedAt, desc: false, key: 'updatedAt' },
  '-updatedAt': { column: mines.updatedAt, desc: true, key: 'updatedAt' },
};

async function listPage(db: Executor, f: MineFilter, sort: SortSpec, limit: number, cursor?: string) {
  const rows = await base(db).where(allOf(filterWhere(f), afterCursor(sort, mines.id, cursor)))
    .orderBy(...orderBy(sort, mines.id)).limit(limit + 1);
  return page(rows.map((r) => ({ ...r, id: r.m.id })), limit, (r) => (sort.key === 'name' ? r.m.name : r.m.updatedAt));
}

export async function listMines(db: Executor, f: MineFilter, sort: SortSpec, limit: number, cursor?: string) {
  const [paged, counted] = await Promise.all([listPage(db, f, sort, limit, cursor), cappedCount(db, sql`${mines}`, filterWhere(f))]);
  return { ...paged, ...counted };
}

export async function* iterateMines(db: Executor, f: MineFilter, batch = 1000) {
  let cursor: string | undefined;
  for (;;) {
    const r = await listPage(db, f, SORTS.name!, batch, cursor);
    yield* r.items;
    if (!r.nextCursor) return;
    cursor = r.nextCursor;
  }
}

export async function findMine(db: Executor, scope: Scope, id: string) {
  const [row] = await base(db).where(allOf(eq(mines.id, id), mineScope(scope)));
  return row;
}

export async function findByLicence(db: Executor, licenceNo: string) {
  const [row] = await db.select({ id: mines.id }).from(mines).where(eq(mines.miningLicenceNo, licenceNo));
  return row;
}

export type MineWrite = Omit<typeof mines.$inferInsert, 'location' | 'boundary'> & { lon?: number | null; lat?: number | null; boundaryWkt?: string | null };

function geometryColumns(v: MineWrite) {
  const { lon, lat, boundaryWkt, ...rest } = v;
  return {
    ...rest,
    location: (lon != null && lat != null ? sql`ST_SetSRID(ST_MakePoint(${lon}, ${lat}), 4326)` : null) as never,
    boundary: (boundaryWkt ? sql`ST_Multi(ST_GeomFromText(${boundaryWkt}, 4326))` : null) as never,
  };
}

export async function insertMine(db: Executor, v: MineWrite): Promise<string> {
  const [row] = await db.insert(mines).values(geometryColumns(v)).returning({ id: mines.id });
  return row!.id;
}

export async function updateMine(db: Executor, id: string, version: number, v: MineWrite): Promise<boolean> {
  const res = await db.update(mines).set({ ...geometryColumns(v), updatedAt: new Date(), version: sql`${mines.version} + 1` })
    .where(sql`${mines.id} = ${id} AND ${mines.version} = ${version}`).returning({ id: mines.id });
  return res.length === 1;
}
