import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './identity';

/**
 * 站内通知 (in-app inbox). One row per recipient and (item, stage): the unique key makes every producer idempotent —
 * a deadline scan run twice, or by two app processes at once, inserts each notification once (ON CONFLICT DO NOTHING).
 *  kind: hazard_deadline | listing_deadline | resumption_deadline | self_inspection_due | certificate_due | …
 *  stage: due_soon | overdue | escalated (or a kind's own stage, e.g. expired)
 */
export const notifications = pgTable('notifications', {
  id: uuid('id').primaryKey().defaultRandom(),
  userId: uuid('user_id').notNull().references(() => users.id),
  kind: text('kind').notNull(),
  itemType: text('item_type').notNull(),
  itemId: text('item_id').notNull(),
  stage: text('stage').notNull(),
  /** what makes a stage recur (e.g. the deadline date, or the month): a new deadline notifies again */
  period: text('period').notNull().default(''),
  title: text('title').notNull(),
  body: text('body'),
  link: text('link'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  readAt: timestamp('read_at', { withTimezone: true }),
}, (t) => [
  uniqueIndex('notifications_once_uq').on(t.userId, t.itemType, t.itemId, t.stage, t.period),
  index('notifications_user_idx').on(t.userId, t.createdAt, t.id),
  index('notifications_unread_idx').on(t.userId).where(sql`read_at IS NULL`),
]);

/** Per-user preferences per kind and channel (absent row = the kind's default: in-app on, webhook off). */
export const notificationPreferences = pgTable('notification_preferences', {
  userId: uuid('user_id').notNull().references(() => users.id),
  kind: text('kind').notNull(),
  inApp: boolean('in_app').notNull().default(true),
  webhook: boolean('webhook').notNull().default(false),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [primaryKey({ columns: [t.userId, t.kind] })]);

/** Deliveries through external channels (the webhook channel: signed, retried with backoff). */
export const notificationDeliveries = pgTable('notification_deliveries', {
  id: uuid('id').primaryKey().defaultRandom(),
  notificationId: uuid('notification_id').notNull().references(() => notifications.id),
  channel: text('channel').notNull(), // webhook | …
  status: text('status').notNull().default('pending'), // pending | delivered | failed
  attempts: integer('attempts').notNull().default(0),
  nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
  lastError: text('last_error'),
  response: jsonb('response'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  deliveredAt: timestamp('delivered_at', { withTimezone: true }),
}, (t) => [
  uniqueIndex('notification_deliveries_once_uq').on(t.notificationId, t.channel),
  index('notification_deliveries_due_idx').on(t.status, t.nextAttemptAt),
]);
