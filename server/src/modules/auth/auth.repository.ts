import { queryRows } from '../../platform/db/client';
import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { users } from '../../platform/db/schema';

export type UserRow = typeof users.$inferSelect;

export async function findUserByUsername(db: Executor, username: string): Promise<UserRow | undefined> {
  const [u] = await db.select().from(users).where(sql`lower(${users.username}) = lower(${username})`);
  return u;
}

export async function findUserById(db: Executor, id: string): Promise<UserRow | undefined> {
  const [u] = await db.select().from(users).where(eq(users.id, id));
  return u;
}

/**
 * One atomic statement, so two app processes counting failures for the same user never lose a count.
 * Locks the account when the count reaches the limit.
 */
export async function recordFailedLogin(db: Executor, id: string, maxFailures: number, lockMinutes: number) {
  const res = await queryRows<{ failed_logins: number; locked_until: Date | string | null }>(db, sql`
    UPDATE users SET
      failed_logins = failed_logins + 1,
      locked_until = CASE WHEN failed_logins + 1 >= ${maxFailures}
        THEN now() + make_interval(mins => ${lockMinutes}) ELSE locked_until END
    WHERE id = ${id} RETURNING failed_logins, locked_until`);
  const row = res[0]!;
  return { failedLogins: Number(row.failed_logins), lockedUntil: row.locked_until ? new Date(row.locked_until) : null };
}

export async function recordSuccessfulLogin(db: Executor, id: string): Promise<void> {
  await db.update(users).set({ failedLogins: 0, lockedUntil: null, lastLoginAt: new Date() }).where(eq(users.id, id));
}

export async function updatePassword(db: Executor, id: string, passwordHash: string, mustChange = false): Promise<void> {
  await db.update(users).set({ passwordHash, passwordChangedAt: new Date(), mustChangePassword: mustChange, updatedAt: new Date(),
    version: sql`${users.version} + 1` }).where(eq(users.id, id));
}

export async function setTotp(db: Executor, id: string, secretEnc: string | null, enabled: boolean): Promise<void> {
  await db.update(users).set({ totpSecretEnc: secretEnc, totpEnabled: enabled, updatedAt: new Date() }).where(eq(users.id, id));
}
