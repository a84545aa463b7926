import { and, asc, desc, eq, gte, ilike, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Scope } from '@contracts/access';
import { DUE_SOON_DAYS, type CertificateState } from '@contracts/certificates';
import type { Executor } from '../../platform/db/client';
import {
  certificateReviews, certificateTypes, certificates, certificateVerifications, enterprises, people, positions,
} from '../../platform/db/schema';
import { scopeCondition } from '../../platform/access/scope-sql';
import { personScope } from '../people/people.scope';
import { afterCursor, allOf, cappedCount, likePattern, orderBy, page, type SortSpec } from '../../platform/db/paging';

/** "Today" is the calendar day in Asia/Shanghai, computed by the database so the server's TZ does not matter. */
const TODAY = sql`(now() AT TIME ZONE 'Asia/Shanghai')::date`;

/** The last passed 复审 (a failed review does not move the next due date). */
const lastPassedReview = sql<string | null>`(SELECT max(${certificateReviews.reviewedOn}) FROM ${certificateReviews}
  WHERE ${certificateReviews.certificateId} = ${certificates.id} AND ${certificateReviews.result} = 'passed')`;

/**
 * Next review due: from the last passed review, or the issue date, plus the review interval of the catalogue entry
 * the certificate follows — the extended interval once the 10-clean-years extension was approved. Never stored.
 */
const nextReviewDue = sql<string>`(COALESCE(${lastPassedReview}, ${certificates.issueDate})
  + make_interval(years => CASE WHEN ${certificates.extendedReview} THEN ${certificateTypes.extendedReviewYears} ELSE ${certificateTypes.reviewYears} END))::date`;

const soon = sql`(${TODAY} + ${sql.raw(String(DUE_SOON_DAYS))})`;

/** The computed state, first match wins (REFERENCE.md §7; see docs/personnel.md). */
const stateExpr = sql<CertificateState>`(CASE
  WHEN ${certificates.status} <> 'active' THEN 'revoked'
  WHEN ${certificates.expiryDate} < ${TODAY} THEN 'expired'
  WHEN ${nextReviewDue} < ${TODAY} THEN 'review_overdue'
  WHEN ${certificates.expiryDate} <= ${soon} THEN 'expiring_soon'
  WHEN ${nextReviewDue} <= ${soon} THEN 'review_due_soon'
  ELSE 'valid' END)`;

const selection = {
  c: certificates,
  t: certificateTypes,
  personName: people.name,
  idNumberMasked: people.idNumberMasked,
  enterpriseName: enterprises.name,
  // as text: drivers would otherwise turn computed dates into Date objects at the server's TZ
  lastReviewedOn: sql<string | null>`${lastPassedReview}::text`,
  nextReviewDue: sql<string>`${nextReviewDue}::text`,
  reviewWindowOpens: sql<string>`(${nextReviewDue} - ${sql.raw(String(DUE_SOON_DAYS))})::text`,
  state: stateExpr,
};

function base(db: Executor) {
  return db.select(selection).from(certificates)
    .innerJoin(certificateTypes, eq(certificateTypes.id, certificates.typeId))
    .innerJoin(people, eq(people.id, certificates.personId))
    .innerJoin(enterprises, eq(enterprises.id, certificates.enterpriseId));
}
export type CertificateJoined = Awaited<ReturnType<ReturnType<typeof base>['execute']>>[number];

export const certificateScope = (scope: Scope) => scopeCondition(scope, { region: certificates.regionCode, enterprise: certificates.enterpriseId });

export interface CertificateFilter {
  scope: Scope; q?: string; typeCode?: string; state?: CertificateState; expiringWithinDays?: number;
  enterpriseId?: string; regionCode?: string; mineId?: string; personId?: string;
}

function filterWhere(f: CertificateFilter): SQL | undefined {
  return allOf(
    certificateScope(f.scope),
    f.q ? or(ilike(people.name, likePattern(f.q)), ilike(certificates.number, likePattern(f.q))) : undefined,
    f.typeCode ? eq(certificateTypes.code, f.typeCode) : undefined,
    f.state ? sql`${stateExpr} = ${f.state}` : undefined,
    f.expiringWithinDays !== undefined
      ? sql`${certificates.expiryDate} >= ${TODAY} AND ${certificates.expiryDate} <= ${TODAY} + ${f.expiringWithinDays}::int` : undefined,
    f.enterpriseId ? eq(certificates.enterpriseId, f.enterpriseId) : undefined,
    f.regionCode ? eq(certificates.regionCode, f.regionCode) : undefined,
    f.personId ? eq(certificates.personId, f.personId) : undefined,
    // a current position at the mine (started, not ended before today)
    f.mineId ? sql`EXISTS (SELECT 1 FROM ${positions} WHERE ${positions.personId} = ${certificates.personId}
      AND ${positions.mineId} = ${f.mineId} AND ${positions.startDate} <= ${TODAY}
      AND (${positions.endDate} IS NULL OR ${positions.endDate} >= ${TODAY}))` : undefined,
  );
}

const FROM = sql`${certificates} INNER JOIN ${certificateTypes} ON ${certificateTypes.id} = ${certificates.typeId}
  INNER JOIN ${people} ON ${people.id} = ${certificates.personId}`;
const BY_EXPIRY: SortSpec = { column: certificates.expiryDate, desc: false, key: 'expiryDate' };

export async function listCertificates(db: Executor, f: CertificateFilter, limit: number, cursor?: string) {
  const where = filterWhere(f);
  const [rows, counted] = await Promise.all([
    base(db).where(allOf(where, afterCursor(BY_EXPIRY, certificates.id, cursor))).orderBy(...orderBy(BY_EXPIRY, certificates.id)).limit(limit + 1),
    cappedCount(db, FROM, where),
  ]);
  return { ...page(rows.map((r) => ({ ...r, id: r.c.id })), limit, (r) => r.c.expiryDate), ...counted };
}

/** Every certificate matching the filter, in pages (for the export). */
export async function* iterateCertificates(db: Executor, f: CertificateFilter, batch = 1000) {
  let cursor: string | undefined;
  for (;;) {
    const r = await listCertificates(db, f, batch, cursor);
    yield* r.items;
    if (!r.nextCursor) return;
    cursor = r.nextCursor;
  }
}

/** Counts per computed state in scope (the alerts summary). */
export async function countByState(db: Executor, scope: Scope): Promise<{ state: CertificateState; n: number }[]> {
  const rows = await db.select({ state: stateExpr, n: sql<number>`count(*)::int` }).from(certificates)
    .innerJoin(certificateTypes, eq(certificateTypes.id, certificates.typeId))
    .where(certificateScope(scope)).groupBy(stateExpr);
  return rows.map((r) => ({ state: r.state, n: Number(r.n) }));
}

export async function findCertificate(db: Executor, scope: Scope, id: string): Promise<CertificateJoined | undefined> {
  const [row] = await base(db).where(allOf(eq(certificates.id, id), certificateScope(scope)));
  return row;
}

export async function reviewsOf(db: Executor, certificateId: string) {
  return db.select().from(certificateReviews).where(eq(certificateReviews.certificateId, certificateId))
    .orderBy(desc(certificateReviews.reviewedOn), desc(certificateReviews.recordedAt));
}

export async function verificationsOf(db: Executor, certificateId: string) {
  return db.select().from(certificateVerifications).where(eq(certificateVerifications.certificateId, certificateId))
    .orderBy(desc(certificateVerifications.verifiedOn), desc(certificateVerifications.recordedAt));
}

/** Another certificate with this number under the same catalogue code (any version of the entry). */
export async function findByNumber(db: Executor, code: string, number: string): Promise<{ id: string } | undefined> {
  const [row] = await db.select({ id: certificates.id }).from(certificates)
    .innerJoin(certificateTypes, eq(certificateTypes.id, certificates.typeId))
    .where(and(eq(certificateTypes.code, code), eq(certificates.number, number)));
  return row;
}

export async function insertCertificate(db: Executor, values: typeof certificates.$inferInsert): Promise<string> {
  const [row] = await db.insert(certificates).values(values).returning({ id: certificates.id });
  return row!.id;
}

/** Optimistic update: changes the row only if nobody changed it since `version`. */
export async function updateCertificate(db: Executor, id: string, version: number, values: Partial<typeof certificates.$inferInsert>) {
  const res = await db.update(certificates).set({ ...values, updatedAt: new Date(), version: sql`${certificates.version} + 1` })
    .where(and(eq(certificates.id, id), eq(certificates.version, version))).returning({ id: certificates.id });
  return res.length === 1;
}

export async function insertReview(db: Executor, values: typeof certificateReviews.$inferInsert) {
  const [row] = await db.insert(certificateReviews).values(values).returning();
  return row!;
}

export async function insertVerification(db: Executor, values: typeof certificateVerifications.$inferInsert) {
  const [row] = await db.insert(certificateVerifications).values(values).returning();
  return row!;
}

// ---- catalogue ----
export type CertificateTypeRow = typeof certificateTypes.$inferSelect;

export async function listTypes(db: Executor): Promise<(CertificateTypeRow & { current: boolean })[]> {
  return db.select({ ...getTypeColumns(), current: sql<boolean>`(${certificateTypes.effectiveFrom} <= ${TODAY}
    AND (${certificateTypes.effectiveTo} IS NULL OR ${certificateTypes.effectiveTo} >= ${TODAY}))` })
    .from(certificateTypes).orderBy(asc(certificateTypes.code), asc(certificateTypes.effectiveFrom));
}

function getTypeColumns() {
  const { id, code, name, category, validYears, reviewYears, extendedReviewYears, effectiveFrom, effectiveTo, source, unconfirmed, updatedAt, version } = certificateTypes;
  return { id, code, name, category, validYears, reviewYears, extendedReviewYears, effectiveFrom, effectiveTo, source, unconfirmed, updatedAt, version };
}

export async function findType(db: Executor, id: string): Promise<CertificateTypeRow | undefined> {
  const [row] = await db.select().from(certificateTypes).where(eq(certificateTypes.id, id));
  return row;
}

/** The catalogue entry of this code in force on `date`. */
export async function typeInForce(db: Executor, code: string, date: string): Promise<CertificateTypeRow | undefined> {
  const [row] = await db.select().from(certificateTypes).where(and(
    eq(certificateTypes.code, code), lte(certificateTypes.effectiveFrom, date),
    or(isNull(certificateTypes.effectiveTo), gte(certificateTypes.effectiveTo, date)),
  )).orderBy(desc(certificateTypes.effectiveFrom)).limit(1);
  return row;
}

export async function typesOfCode(db: Executor, code: string): Promise<CertificateTypeRow[]> {
  return db.select().from(certificateTypes).where(eq(certificateTypes.code, code));
}

export async function insertType(db: Executor, values: typeof certificateTypes.$inferInsert): Promise<string> {
  const [row] = await db.insert(certificateTypes).values(values).returning({ id: certificateTypes.id });
  return row!.id;
}

export async function endType(db: Executor, id: string, version: number, effectiveTo: string): Promise<boolean> {
  const res = await db.update(certificateTypes).set({ effectiveTo, updatedAt: new Date(), version: sql`${certificateTypes.version} + 1` })
    .where(and(eq(certificateTypes.id, id), eq(certificateTypes.version, version))).returning({ id: certificateTypes.id });
  return res.length === 1;
}

/** The latest issue date among certificates following this entry (an entry cannot end before it). */
export async function lastIssueOfType(db: Executor, typeId: string): Promise<string | null> {
  const [row] = await db.select({ d: sql<string | null>`max(${certificates.issueDate})::text` }).from(certificates).where(eq(certificates.typeId, typeId));
  return row?.d ?? null;
}

/** People with these ID-number blind indexes, inside the caller's scope only (the import's "find, don't create"). */
export async function peopleByIdIndexes(db: Executor, scope: Scope, bidxs: string[]) {
  if (!bidxs.length) return [];
  return db.select({ id: people.id, name: people.name, bidx: people.idNumberBidx, ownerEnterpriseId: people.ownerEnterpriseId })
    .from(people).where(allOf(inArray(people.idNumberBidx, bidxs), personScope(scope)));
}
