import { and, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Scope } from '@contracts/access';
import type { Executor } from '../../platform/db/client';
import { enterprises, people, positions } from '../../platform/db/schema';
import { afterCursor, allOf, cappedCount, likePattern, orderBy, page, type SortSpec } from '../../platform/db/paging';
import { personScope } from './people.scope';

export type PersonRow = typeof people.$inferSelect;
const owner = alias(enterprises, 'owner_enterprise');

function base(db: Executor) {
  return db.select({ p: people, ownerEnterpriseName: owner.name }).from(people).leftJoin(owner, eq(owner.id, people.ownerEnterpriseId));
}
export type PersonJoined = Awaited<ReturnType<ReturnType<typeof base>['execute']>>[number];

/** Exact-match searches arrive as blind indexes (computed by the service, which holds the key). */
export interface PersonFilter { scope: Scope; q?: string; enterpriseId?: string; idIndexes?: string[]; phoneIndex?: string }

function filterWhere(f: PersonFilter): SQL | undefined {
  return allOf(
    personScope(f.scope),
    f.q ? ilike(people.name, likePattern(f.q)) : undefined,
    f.enterpriseId ? or(eq(people.ownerEnterpriseId, f.enterpriseId),
      sql`EXISTS (SELECT 1 FROM ${positions} WHERE ${positions.personId} = ${people.id} AND ${positions.enterpriseId} = ${f.enterpriseId})`) : undefined,
    f.idIndexes ? (f.idIndexes.length ? inArray(people.idNumberBidx, f.idIndexes) : sql`false`) : undefined,
    f.phoneIndex ? eq(people.phoneBidx, f.phoneIndex) : undefined,
  );
}

const BY_NAME: SortSpec = { column: people.name, desc: false, key: 'name' };

export async function listPeople(db: Executor, f: PersonFilter, limit: number, cursor?: string) {
  const [rows, counted] = await Promise.all([
    base(db).where(allOf(filterWhere(f), afterCursor(BY_NAME, people.id, cursor))).orderBy(...orderBy(BY_NAME, people.id)).limit(limit + 1),
    cappedCount(db, sql`${people}`, filterWhere(f)),
  ]);
  return { ...page(rows.map((r) => ({ ...r, id: r.p.id })), limit, (r) => r.p.name), ...counted };
}

export async function findPerson(db: Executor, scope: Scope, id: string): Promise<PersonJoined | undefined> {
  const [row] = await base(db).where(allOf(eq(people.id, id), personScope(scope)));
  return row;
}

/** The person already registered under this document (one identity across enterprises), in any scope. */
export async function findByIdIndex(db: Executor, idDocType: string, bidx: string): Promise<{ id: string } | undefined> {
  const [row] = await db.select({ id: people.id }).from(people).where(and(eq(people.idDocType, idDocType), eq(people.idNumberBidx, bidx)));
  return row;
}

export async function insertPerson(db: Executor, values: typeof people.$inferInsert): Promise<string> {
  const [row] = await db.insert(people).values(values).returning({ id: people.id });
  return row!.id;
}

/** Optimistic update: changes the row only if nobody changed it since `version`. */
export async function updatePerson(db: Executor, id: string, version: number, values: Partial<typeof people.$inferInsert>) {
  const res = await db.update(people).set({ ...values, updatedAt: new Date(), version: sql`${people.version} + 1` })
    .where(sql`${people.id} = ${id} AND ${people.version} = ${version}`).returning({ id: people.id });
  return res.length === 1;
}

/** A unique index refused the row (two requests raced past the pre-check). */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; cause?: { code?: string } } | null;
  return e?.code === '23505' || e?.cause?.code === '23505';
}
