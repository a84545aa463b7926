import { and, eq, lt, sql } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { sessions, users } from '../db/schema';
import { digest, randomToken } from './tokens';

export const SESSION_COOKIE = 'msid';

export interface SessionLimits { idleMinutes: number; absoluteHours: number }

/** A new session (new id at every login: no fixation). Returns the cookie value once. */
export async function createSession(db: Executor, userId: string, limits: SessionLimits, meta: { ip: string; userAgent?: string; mfaPending: boolean }) {
  const token = randomToken();
  const csrfToken = randomToken(24);
  const expiresAt = new Date(Date.now() + limits.absoluteHours * 3600_000);
  await db.insert(sessions).values({
    id: digest(token), userId, csrfToken, expiresAt, ip: meta.ip, userAgent: meta.userAgent?.slice(0, 300), mfaPending: meta.mfaPending,
  });
  return { token, csrfToken };
}

/** The live session and its user, or null when unknown, expired or idle too long. */
export async function findSession(db: Executor, token: string, limits: SessionLimits) {
  const [row] = await db.select({ session: sessions, user: users }).from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId)).where(eq(sessions.id, digest(token)));
  if (!row) return null;
  const now = Date.now();
  const idleDeadline = row.session.lastSeenAt.getTime() + limits.idleMinutes * 60_000;
  if (row.session.expiresAt.getTime() <= now || idleDeadline <= now || row.user.status !== 'active') {
    await db.delete(sessions).where(eq(sessions.id, row.session.id));
    return null;
  }
  // Touch at most once a minute: the idle clock needs no finer grain, and reads stay read-only.
  if (now - row.session.lastSeenAt.getTime() > 60_000) {
    await db.update(sessions).set({ lastSeenAt: new Date(now) }).where(eq(sessions.id, row.session.id));
  }
  return row;
}

export async function deleteSession(db: Executor, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, digest(token)));
}

export async function deleteUserSessions(db: Executor, userId: string, exceptToken?: string): Promise<void> {
  const cond = exceptToken ? and(eq(sessions.userId, userId), sql`${sessions.id} <> ${digest(exceptToken)}`) : eq(sessions.userId, userId);
  await db.delete(sessions).where(cond);
}

export async function clearMfaPending(db: Executor, token: string): Promise<void> {
  await db.update(sessions).set({ mfaPending: false }).where(eq(sessions.id, digest(token)));
}

export async function purgeExpiredSessions(db: Executor): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, new Date()));
}
