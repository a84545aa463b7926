import { and, count, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { notificationPreferences, notifications } from '../../platform/db/schema';
import { afterCursor, allOf, cappedCount, orderBy, page, type SortSpec } from '../../platform/db/paging';

export type NotificationRow = typeof notifications.$inferSelect;
export interface InboxFilter { userId: string; unread?: boolean; kind?: string }

const NEWEST_FIRST: SortSpec = { column: notifications.createdAt, desc: true, key: 'createdAt' };

/** Every condition starts with the owner: a user's inbox is the only scope there is. */
function inboxWhere(f: InboxFilter) {
  return allOf(
    eq(notifications.userId, f.userId),
    f.unread === true ? isNull(notifications.readAt) : f.unread === false ? sql`${notifications.readAt} IS NOT NULL` : undefined,
    f.kind ? eq(notifications.kind, f.kind) : undefined,
  );
}

export async function listInbox(db: Executor, f: InboxFilter, limit: number, cursor?: string) {
  const [rows, counted] = await Promise.all([
    db.select().from(notifications).where(allOf(inboxWhere(f), afterCursor(NEWEST_FIRST, notifications.id, cursor)))
      .orderBy(...orderBy(NEWEST_FIRST, notifications.id)).limit(limit + 1),
    cappedCount(db, sql`${notifications}`, inboxWhere(f)),
  ]);
  return { ...page(rows, limit, (r) => r.createdAt), ...counted };
}

export async function countUnread(db: Executor, userId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(notifications).where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return Number(row?.n ?? 0);
}

export async function findOwn(db: Executor, userId: string, id: string): Promise<NotificationRow | undefined> {
  const [row] = await db.select().from(notifications).where(and(eq(notifications.id, id), eq(notifications.userId, userId)));
  return row;
}

/** Sets read_at once: reading again keeps the first time. */
export async function markRead(db: Executor, userId: string, id: string): Promise<NotificationRow | undefined> {
  const [row] = await db.update(notifications).set({ readAt: sql`COALESCE(${notifications.readAt}, now())` })
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId))).returning();
  return row;
}

export async function markAllRead(db: Executor, userId: string): Promise<number> {
  const rows = await db.update(notifications).set({ readAt: sql`now()` })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt))).returning({ id: notifications.id });
  return rows.length;
}

export type PreferenceRow = typeof notificationPreferences.$inferSelect;

export async function listPreferences(db: Executor, userId: string): Promise<PreferenceRow[]> {
  return db.select().from(notificationPreferences).where(eq(notificationPreferences.userId, userId));
}

export async function upsertPreference(db: Executor, userId: string, kind: string, v: { inApp: boolean; webhook: boolean }) {
  const [row] = await db.insert(notificationPreferences).values({ userId, kind, ...v })
    .onConflictDoUpdate({ target: [notificationPreferences.userId, notificationPreferences.kind], set: { ...v, updatedAt: new Date() } })
    .returning();
  return row!;
}
