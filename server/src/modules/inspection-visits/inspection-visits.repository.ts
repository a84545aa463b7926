import { and, asc, desc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { Scope } from '@contracts/access';
import type { Executor } from '../../platform/db/client';
import {
  agencies, certificateTypes, certificateVerifications, certificates, enterprises, hazards, inspectionVisits, mines, people, regions, visitWorkerTests,
} from '../../platform/db/schema';
import { scopeCondition } from '../../platform/access/scope-sql';
import { afterCursor, allOf, cappedCount, orderBy, page, type SortSpec } from '../../platform/db/paging';
import { certificateScope } from '../certificates/certificates.repository';

/** A visit belongs to the visited mine's district and enterprise (copied at creation). */
export const visitScope = (scope: Scope) => scopeCondition(scope, { region: inspectionVisits.regionCode, enterprise: inspectionVisits.enterpriseId });

function base(db: Executor) {
  return db.select({
    v: inspectionVisits, mineName: mines.name, enterpriseName: enterprises.name, regionName: regions.name, leadAgencyName: agencies.name,
  }).from(inspectionVisits)
    .innerJoin(mines, eq(mines.id, inspectionVisits.mineId))
    .innerJoin(enterprises, eq(enterprises.id, inspectionVisits.enterpriseId))
    .innerJoin(regions, eq(regions.code, inspectionVisits.regionCode))
    .innerJoin(agencies, eq(agencies.id, inspectionVisits.leadAgencyId));
}
export type VisitJoined = Awaited<ReturnType<ReturnType<typeof base>['execute']>>[number];

export interface VisitFilter { scope: Scope; mineId?: string; regionCode?: string; from?: string; to?: string }

function filterWhere(f: VisitFilter): SQL | undefined {
  return allOf(
    visitScope(f.scope),
    f.mineId ? eq(inspectionVisits.mineId, f.mineId) : undefined,
    f.regionCode ? eq(inspectionVisits.regionCode, f.regionCode) : undefined,
    f.from ? gte(inspectionVisits.visitDate, f.from) : undefined,
    f.to ? lte(inspectionVisits.visitDate, f.to) : undefined,
  );
}

/** Newest visit first. */
const BY_DATE: SortSpec = { column: inspectionVisits.visitDate, desc: true, key: 'visitDate' };

export async function listVisits(db: Executor, f: VisitFilter, limit: number, cursor?: string) {
  const [rows, counted] = await Promise.all([
    base(db).where(allOf(filterWhere(f), afterCursor(BY_DATE, inspectionVisits.id, cursor))).orderBy(...orderBy(BY_DATE, inspectionVisits.id)).limit(limit + 1),
    cappedCount(db, sql`${inspectionVisits}`, filterWhere(f)),
  ]);
  return { ...page(rows.map((r) => ({ ...r, id: r.v.id })), limit, (r) => r.v.visitDate), ...counted };
}

export async function findVisit(db: Executor, scope: Scope, id: string): Promise<VisitJoined | undefined> {
  const [row] = await base(db).where(allOf(eq(inspectionVisits.id, id), visitScope(scope)));
  return row;
}

export async function agencyNames(db: Executor, ids: string[]): Promise<{ id: string; name: string }[]> {
  if (!ids.length) return [];
  return db.select({ id: agencies.id, name: agencies.name }).from(agencies).where(inArray(agencies.id, ids));
}

export async function insertVisit(db: Executor, v: typeof inspectionVisits.$inferInsert): Promise<string> {
  const [row] = await db.insert(inspectionVisits).values(v).returning({ id: inspectionVisits.id });
  return row!.id;
}

export async function insertWorkerTests(db: Executor, rows: (typeof visitWorkerTests.$inferInsert)[]) {
  if (rows.length) await db.insert(visitWorkerTests).values(rows);
}

export async function insertVerifications(db: Executor, rows: (typeof certificateVerifications.$inferInsert)[]) {
  if (rows.length) await db.insert(certificateVerifications).values(rows);
}

export async function workerTestsOf(db: Executor, visitId: string) {
  return db.select().from(visitWorkerTests).where(eq(visitWorkerTests.visitId, visitId)).orderBy(asc(visitWorkerTests.personName), asc(visitWorkerTests.id));
}

export async function verificationsOf(db: Executor, visitId: string) {
  return db.select({ c: certificateVerifications, number: certificates.number, typeName: certificateTypes.name, personName: people.name })
    .from(certificateVerifications)
    .innerJoin(certificates, eq(certificates.id, certificateVerifications.certificateId))
    .innerJoin(certificateTypes, eq(certificateTypes.id, certificates.typeId))
    .innerJoin(people, eq(people.id, certificates.personId))
    .where(eq(certificateVerifications.visitId, visitId)).orderBy(asc(people.name), asc(certificateVerifications.id));
}

export async function hazardsOf(db: Executor, visitId: string) {
  return db.select({ id: hazards.id, grade: hazards.grade, status: hazards.status, description: hazards.description, deadline: hazards.deadline, foundAt: hazards.foundAt })
    .from(hazards).where(eq(hazards.visitId, visitId)).orderBy(desc(hazards.foundAt), desc(hazards.id));
}

/** The ids among `ids` that are certificates registered by this enterprise (逢查必验 checks only the visited mine's people). */
export async function certificatesOfEnterprise(db: Executor, scope: Scope, enterpriseId: string, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await db.select({ id: certificates.id }).from(certificates)
    .where(and(eq(certificates.enterpriseId, enterpriseId), inArray(certificates.id, ids), certificateScope(scope)));
  return new Set(rows.map((r) => r.id));
}

export async function existingAgencies(db: Executor, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await db.select({ id: agencies.id }).from(agencies).where(inArray(agencies.id, ids));
  return new Set(rows.map((r) => r.id));
}

/** Links a hazard registered from the visit's findings to the visit. */
export async function linkHazard(db: Executor, hazardId: string, visitId: string) {
  await db.update(hazards).set({ visitId }).where(eq(hazards.id, hazardId));
}
