import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../platform/db/client';

/** One notification for one recipient. (userId, itemType, itemId, stage, period) is unique: producers may repeat. */
export interface NotificationInput {
  userId: string;
  kind: string;
  itemType: string;
  itemId: string;
  stage: string;
  /** what makes the stage recur: e.g. the deadline date, so a new deadline notifies again */
  period?: string;
  title: string;
  body?: string | null;
  link?: string | null;
}

/**
 * Inserts the notifications that do not exist yet and returns the new rows' ids. Idempotent: running a producer twice,
 * or from two processes at once, creates each notification once (the unique index decides; ON CONFLICT DO NOTHING).
 * Recipients who switched the kind off in-app (notification_preferences) are skipped; recipients with the kind's webhook
 * on also get a pending webhook delivery.
 */
export async function notify(db: Executor, items: NotificationInput[]): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < items.length; i += 500) {
    const part = items.slice(i, i + 500);
    // The same statement queues a webhook delivery for recipients who switched the kind's webhook on, so a notification
    // and its delivery exist together or not at all (the worker in deliveries.ts sends them).
    const rows = await queryRows<{ id: string }>(db, sql`
      WITH inserted AS (
      INSERT INTO notifications (user_id, kind, item_type, item_id, stage, period, title, body, link)
      SELECT v.user_id, v.kind, v.item_type, v.item_id, v.stage, v.period, v.title, v.body, v.link
        FROM jsonb_to_recordset(${JSON.stringify(part.map((n) => ({
          user_id: n.userId, kind: n.kind, item_type: n.itemType, item_id: n.itemId, stage: n.stage, period: n.period ?? '',
          title: n.title, body: n.body ?? null, link: n.link ?? null,
        })))}::jsonb) AS v(user_id uuid, kind text, item_type text, item_id text, stage text, period text, title text, body text, link text)
       WHERE NOT EXISTS (SELECT 1 FROM notification_preferences np WHERE np.user_id = v.user_id AND np.kind = v.kind AND NOT np.in_app)
      ON CONFLICT (user_id, item_type, item_id, stage, period) DO NOTHING
      RETURNING id, user_id, kind),
      queued AS (
        INSERT INTO notification_deliveries (notification_id, channel)
        SELECT i.id, 'webhook' FROM inserted i
          JOIN notification_preferences np ON np.user_id = i.user_id AND np.kind = i.kind AND np.webhook
        ON CONFLICT (notification_id, channel) DO NOTHING)
      SELECT id FROM inserted`);
    ids.push(...rows.map((r) => r.id));
  }
  return ids;
}
