import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../platform/db/client';
import type { OutgoingNotification } from './channels';

export interface ClaimedDelivery { id: string; notificationId: string; channel: string; attempts: number }

/**
 * Claims up to `limit` due deliveries of the given channels in one statement: the rows are locked with SKIP LOCKED (a
 * second worker skips them instead of waiting) and leased by moving next_attempt_at past the send, so after commit
 * no other worker picks them either. A worker that dies mid-send leaves the row to be retried when the lease ends.
 */
export async function claimDue(db: Executor, channels: string[], limit: number, leaseMs: number): Promise<ClaimedDelivery[]> {
  if (channels.length === 0) return [];
  return queryRows<ClaimedDelivery>(db, sql`
    WITH due AS (
      SELECT id FROM notification_deliveries
       WHERE status = 'pending' AND next_attempt_at <= now() AND channel IN ${channels}
       ORDER BY next_attempt_at, id
       LIMIT ${limit}
       FOR UPDATE SKIP LOCKED)
    UPDATE notification_deliveries d
       SET attempts = d.attempts + 1, next_attempt_at = now() + ${leaseMs}::int * interval '1 millisecond'
      FROM due WHERE d.id = due.id
    RETURNING d.id, d.notification_id AS "notificationId", d.channel, d.attempts`);
}

/** The notifications with their recipients, as channels receive them. */
export async function loadOutgoing(db: Executor, notificationIds: string[]): Promise<Map<string, OutgoingNotification>> {
  if (notificationIds.length === 0) return new Map();
  const rows = await queryRows<{
    id: string; kind: string; stage: string; item_type: string; item_id: string; title: string; body: string | null; link: string | null;
    created_at: string | Date; user_id: string; username: string; display_name: string;
  }>(db, sql`
    SELECT n.id, n.kind, n.stage, n.item_type, n.item_id, n.title, n.body, n.link, n.created_at, u.id AS user_id, u.username, u.display_name
      FROM notifications n JOIN users u ON u.id = n.user_id
     WHERE n.id IN ${notificationIds}`);
  return new Map(rows.map((r) => [r.id, {
    id: r.id, kind: r.kind, stage: r.stage, itemType: r.item_type, itemId: r.item_id, title: r.title, body: r.body, link: r.link,
    createdAt: new Date(r.created_at).toISOString(),
    recipient: { userId: r.user_id, username: r.username, displayName: r.display_name },
  }]));
}

/** Results apply only to the attempt that was claimed: a late answer after the lease was re-claimed changes nothing. */
export async function markDelivered(db: Executor, d: ClaimedDelivery, response: unknown): Promise<void> {
  await db.execute(sql`
    UPDATE notification_deliveries SET status = 'delivered', delivered_at = now(), last_error = NULL, response = ${JSON.stringify(response)}::jsonb
     WHERE id = ${d.id} AND attempts = ${d.attempts} AND status = 'pending'`);
}

export async function markAttemptFailed(db: Executor, d: ClaimedDelivery, error: string, final: boolean, retryInMs: number): Promise<void> {
  await db.execute(sql`
    UPDATE notification_deliveries
       SET status = ${final ? 'failed' : 'pending'}, last_error = ${error.slice(0, 1000)},
           next_attempt_at = now() + ${final ? 0 : retryInMs}::int * interval '1 millisecond'
     WHERE id = ${d.id} AND attempts = ${d.attempts} AND status = 'pending'`);
}
