import { eq, getTableColumns, ilike, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Scope } from '@contracts/access';
import { queryRows, type Executor } from '../../platform/db/client';
import { agencies, enterprises, users } from '../../platform/db/schema';
import { afterCursor, allOf, cappedCount, likePattern, orderBy, page, type SortSpec } from '../../platform/db/paging';
import { enterpriseScope } from '../enterprises/enterprises.repository';

// The account's own organisation, aliased so the scope subqueries below can name the plain tables.
const org = alias(agencies, 'user_agency');
const ent = alias(enterprises, 'user_enterprise');

/** Accounts a caller may see: see users.policy.ts for the rule in words. */
export function userScope(scope: Scope): SQL | undefined {
  if (scope.kind === 'city') return undefined;
  if (scope.kind === 'district') {
    return sql`(${users.agencyId} IN (SELECT ${agencies.id} FROM ${agencies} WHERE ${agencies.regionCode} = ${scope.regionCode})
      OR ${users.enterpriseId} IN (SELECT ${enterprises.id} FROM ${enterprises} WHERE ${enterpriseScope(scope)}))`;
  }
  return scope.enterpriseIds.length ? sql`${users.enterpriseId} IN ${scope.enterpriseIds}` : sql`false`;
}

// Never select the password hash or the TOTP secret: nothing above the repository needs them.
const { passwordHash: _hash, totpSecretEnc: _totp, ...safeColumns } = getTableColumns(users);
const selection = { u: safeColumns, agencyName: org.name, agencyTier: org.tier, agencyRegion: org.regionCode, enterpriseName: ent.name };

function base(db: Executor) {
  return db.select(selection).from(users)
    .leftJoin(org, eq(org.id, users.agencyId))
    .leftJoin(ent, eq(ent.id, users.enterpriseId));
}
export type UserJoined = Awaited<ReturnType<ReturnType<typeof base>['execute']>>[number];

export interface UserFilter { scope: Scope; q?: string; orgId?: string; role?: string }

function filterWhere(f: UserFilter): SQL | undefined {
  return allOf(
    userScope(f.scope),
    f.q ? or(ilike(users.username, likePattern(f.q)), ilike(users.displayName, likePattern(f.q))) : undefined,
    f.orgId ? or(eq(users.agencyId, f.orgId), eq(users.enterpriseId, f.orgId)) : undefined,
    f.role ? sql`${f.role} = ANY(${users.roles})` : undefined,
  );
}

export const BY_USERNAME: SortSpec = { column: users.username, desc: false, key: 'username' };

export async function listUsers(db: Executor, f: UserFilter, limit: number, cursor?: string) {
  const [rows, counted] = await Promise.all([
    base(db).where(allOf(filterWhere(f), afterCursor(BY_USERNAME, users.id, cursor)))
      .orderBy(...orderBy(BY_USERNAME, users.id)).limit(limit + 1),
    cappedCount(db, sql`${users}`, filterWhere(f)),
  ]);
  return { ...page(rows.map((r) => ({ ...r, id: r.u.id })), limit, (r) => r.u.username), ...counted };
}

export async function findUser(db: Executor, scope: Scope, id: string): Promise<UserJoined | undefined> {
  const [row] = await base(db).where(allOf(eq(users.id, id), userScope(scope)));
  return row;
}

export async function usernameTaken(db: Executor, username: string): Promise<boolean> {
  const [row] = await db.select({ id: users.id }).from(users).where(sql`lower(${users.username}) = lower(${username})`);
  return !!row;
}

export async function insertUser(db: Executor, values: typeof users.$inferInsert): Promise<string> {
  const [row] = await db.insert(users).values(values).returning({ id: users.id });
  return row!.id;
}

/** Optimistic update: changes the row only if nobody changed it since `version`. */
export async function updateUser(db: Executor, id: string, version: number, values: Partial<typeof users.$inferInsert>) {
  const res = await db.update(users).set({ ...values, updatedAt: new Date(), version: sql`${users.version} + 1` })
    .where(sql`${users.id} = ${id} AND ${users.version} = ${version}`).returning({ id: users.id });
  return res.length === 1;
}

/** Lock state is not part of the edit form, so it does not bump the version (like a successful login). */
export async function clearLock(db: Executor, id: string): Promise<void> {
  await db.update(users).set({ failedLogins: 0, lockedUntil: null, updatedAt: new Date() }).where(eq(users.id, id));
}

export async function setTemporaryPassword(db: Executor, id: string, passwordHash: string): Promise<void> {
  await db.update(users).set({ passwordHash, passwordChangedAt: new Date(), mustChangePassword: true, updatedAt: new Date(),
    version: sql`${users.version} + 1` }).where(eq(users.id, id));
}

/** How many of these enterprises the scope covers (to keep 含下属企业 within the caller's own view). */
export async function countEnterprisesInScope(db: Executor, scope: Scope, ids: string[]): Promise<number> {
  if (!ids.length) return 0;
  const res = await queryRows<{ n: number }>(db, sql`
    SELECT count(*)::int AS n FROM ${enterprises} WHERE ${enterprises.id} IN ${ids} ${scope.kind === 'city' ? sql`` : sql`AND ${enterpriseScope(scope)}`}`);
  return Number(res[0]?.n ?? 0);
}

/** A unique index refused the row (two requests raced past the pre-check). */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; cause?: { code?: string } } | null;
  return e?.code === '23505' || e?.cause?.code === '23505';
}
