import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { Scope } from '@contracts/access';
import type { Executor } from '../../platform/db/client';
import { enterprises, hazardListings, hazardResumptions, hazards, mines, regions } from '../../platform/db/schema';
import { scopeCondition } from '../../platform/access/scope-sql';
import { afterCursor, allOf, cappedCount, orderBy, page, type SortSpec } from '../../platform/db/paging';
import { SHANGHAI_TODAY } from './hazards.repository';

export type ResumptionRow = typeof hazardResumptions.$inferSelect;
const r = hazardResumptions;
const resumptionScope = (scope: Scope) => scopeCondition(scope, { region: r.regionCode, enterprise: r.enterpriseId });

/** Overdue is never stored: still pending after its due date (Asia/Shanghai); the due date itself is not overdue. */
const overdue = sql<boolean>`(${r.status} = 'pending' AND ${r.dueDate} IS NOT NULL AND ${r.dueDate} < ${SHANGHAI_TODAY})`;
/** The agency of the hazard's latest listing, delisted or not: it verifies the resumption of a listed hazard. */
const listingAgency = sql<string | null>`(SELECT l.agency_id FROM ${hazardListings} l WHERE l.hazard_id = ${r.hazardId}
  ORDER BY l.listed_at DESC LIMIT 1)`;

const selection = {
  r, mineName: mines.name, enterpriseName: enterprises.name, regionName: regions.name, hazardDescription: hazards.description,
  overdue, listingAgencyId: listingAgency,
};

function base(db: Executor) {
  return db.select(selection).from(r)
    .innerJoin(hazards, eq(hazards.id, r.hazardId))
    .innerJoin(mines, eq(mines.id, r.mineId))
    .innerJoin(enterprises, eq(enterprises.id, r.enterpriseId))
    .innerJoin(regions, eq(regions.code, r.regionCode));
}
export type ResumptionJoined = Awaited<ReturnType<ReturnType<typeof base>['execute']>>[number];

export interface ResumptionFilter { scope: Scope; status?: string; overdue?: boolean; regionCode?: string; hazardId?: string }

function filterWhere(f: ResumptionFilter): SQL | undefined {
  return allOf(
    resumptionScope(f.scope),
    f.status ? eq(r.status, f.status) : undefined,
    f.overdue === undefined ? undefined : f.overdue ? overdue : sql`(NOT ${overdue})`,
    f.regionCode ? eq(r.regionCode, f.regionCode) : undefined,
    f.hazardId ? eq(r.hazardId, f.hazardId) : undefined,
  );
}

export const SORT: SortSpec = { column: r.appliedAt, desc: true, key: 'appliedAt' };

export async function listResumptions(db: Executor, f: ResumptionFilter, limit: number, cursor?: string) {
  const rowsP = base(db).where(allOf(filterWhere(f), afterCursor(SORT, r.id, cursor))).orderBy(...orderBy(SORT, r.id)).limit(limit + 1);
  const [rows, counted] = await Promise.all([rowsP, cappedCount(db, sql`${r}`, filterWhere(f))]);
  return { ...page(rows.map((x) => ({ ...x, id: x.r.id })), limit, (x) => x.r.appliedAt), ...counted };
}

export async function findResumption(db: Executor, scope: Scope, id: string) {
  const [row] = await base(db).where(allOf(eq(r.id, id), resumptionScope(scope)));
  return row;
}

export function resumptionsOf(db: Executor, hazardId: string) {
  return base(db).where(eq(r.hazardId, hazardId)).orderBy(asc(r.appliedAt));
}

export async function findPending(db: Executor, hazardId: string) {
  const [row] = await db.select({ id: r.id }).from(r).where(and(eq(r.hazardId, hazardId), eq(r.status, 'pending')));
  return row;
}

export async function hasApproved(db: Executor, hazardId: string): Promise<boolean> {
  const rows = await db.select({ id: r.id }).from(r).where(and(eq(r.hazardId, hazardId), eq(r.status, 'approved'))).limit(1);
  return rows.length === 1;
}

export async function insertResumption(db: Executor, v: typeof r.$inferInsert): Promise<string> {
  const [row] = await db.insert(r).values(v).returning({ id: r.id });
  return row!.id;
}

/** Decide a pending application; false when it was decided meanwhile. */
export async function decideResumption(db: Executor, id: string, set: Partial<ResumptionRow>): Promise<boolean> {
  const res = await db.update(r).set({ ...set, version: sql`${r.version} + 1` })
    .where(and(eq(r.id, id), eq(r.status, 'pending'))).returning({ id: r.id });
  return res.length === 1;
}

/** Pending applications counted in working days: their due dates follow the calendar when it changes. */
export function pendingOnWorkingDays(db: Executor) {
  return db.select({ id: r.id, appliedOn: r.appliedOn, days: r.days, dueDate: r.dueDate }).from(r)
    .where(and(eq(r.status, 'pending'), eq(r.dayBasis, 'working')));
}

export async function setDueDate(db: Executor, id: string, dueDate: string | null): Promise<void> {
  await db.update(r).set({ dueDate }).where(eq(r.id, id));
}
