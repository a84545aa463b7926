import { desc, eq, getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { queryRows } from '../../platform/db/client';
import { apiTokens, enterprises, users } from '../../platform/db/schema';
import { allOf } from '../../platform/db/paging';

// The digest is looked up only by authentication; nothing here selects it.
const { tokenHash: _digest, ...columns } = getTableColumns(apiTokens);
const selection = { t: columns, createdByName: users.displayName };

function base(db: Executor) {
  return db.select(selection).from(apiTokens).innerJoin(users, eq(users.id, apiTokens.createdBy));
}
export type TokenJoined = Awaited<ReturnType<ReturnType<typeof base>['execute']>>[number];

/** `createdBy` undefined: every token (the 安全管理员's view). */
const owned = (createdBy?: string): SQL | undefined => (createdBy ? eq(apiTokens.createdBy, createdBy) : undefined);

export async function listTokens(db: Executor, createdBy?: string): Promise<TokenJoined[]> {
  return base(db).where(owned(createdBy)).orderBy(desc(apiTokens.createdAt), desc(apiTokens.id)).limit(1000);
}

export async function findToken(db: Executor, id: string, createdBy?: string): Promise<TokenJoined | undefined> {
  const [row] = await base(db).where(allOf(eq(apiTokens.id, id), owned(createdBy)));
  return row;
}

export async function insertToken(db: Executor, values: typeof apiTokens.$inferInsert): Promise<string> {
  const [row] = await db.insert(apiTokens).values(values).returning({ id: apiTokens.id });
  return row!.id;
}

/** Revokes once: false when it was already revoked (a concurrent revoke won). */
export async function revokeToken(db: Executor, id: string): Promise<boolean> {
  const res = await db.update(apiTokens).set({ revokedAt: new Date() })
    .where(sql`${apiTokens.id} = ${id} AND ${apiTokens.revokedAt} IS NULL`).returning({ id: apiTokens.id });
  return res.length === 1;
}

export async function countEnterprises(db: Executor, ids: string[]): Promise<number> {
  const res = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM ${enterprises} WHERE ${enterprises.id} IN ${ids}`);
  return Number(res[0]?.n ?? 0);
}
