import type { z } from 'zod';
import { NOTIFICATION_KIND_LIST, type NotificationKind, type notificationListQuery, type preferenceInput } from '@contracts/notifications';
import type { Actor } from '../../platform/access/actor';
import { writeTx, type Platform, type RequestCtx } from '../../platform/context';
import { fieldError, forbidden, notFound } from '../../platform/errors';
import * as repo from './notifications.repository';
import { presentNotification, presentPreference } from './notifications.presenter';

/*
 * 站内通知: every signed-in user reads and marks their own inbox, nothing else — there is no permission to check, only
 * ownership, and another user's notification is "not found". Marking read changes only the caller's own inbox and is
 * not audited; preference changes are (they decide what a person is told about deadlines).
 */

type ListQuery = z.output<typeof notificationListQuery>;

/** The inbox is a person's: an API token (even one narrowed to a district) may not read or change it. */
function ownInbox(actor: Actor) {
  if (actor.kind !== 'user') throw forbidden('API令牌不能访问个人消息');
}

export async function listNotifications(p: Platform, actor: Actor, q: ListQuery) {
  ownInbox(actor);
  const res = await repo.listInbox(p.database.db, { userId: actor.userId, unread: q.unread, kind: q.kind }, q.limit, q.cursor);
  return { ...res, items: res.items.map(presentNotification) };
}

export async function unreadCount(p: Platform, actor: Actor) {
  ownInbox(actor);
  return { count: await repo.countUnread(p.database.db, actor.userId) };
}

export async function markRead(p: Platform, actor: Actor, id: string) {
  ownInbox(actor);
  const row = await repo.markRead(p.database.db, actor.userId, id);
  if (!row) throw notFound('通知');
  return presentNotification(row);
}

export async function markAllRead(p: Platform, actor: Actor) {
  ownInbox(actor);
  return { count: await repo.markAllRead(p.database.db, actor.userId) };
}

export async function getPreferences(p: Platform, actor: Actor) {
  ownInbox(actor);
  const rows = new Map((await repo.listPreferences(p.database.db, actor.userId)).map((r) => [r.kind, r]));
  return {
    webhookAvailable: Boolean(p.config.webhook),
    items: NOTIFICATION_KIND_LIST.map((k) => presentPreference(k, rows.get(k))),
  };
}

export async function setPreference(p: Platform, ctx: RequestCtx, actor: Actor, kind: NotificationKind, input: z.output<typeof preferenceInput>) {
  ownInbox(actor);
  // Nothing would ever send it: refuse rather than let the user believe webhook messages will come.
  if (input.webhook && !p.config.webhook) throw fieldError('webhook', '本系统未配置 Webhook 推送渠道');
  // A webhook delivery follows its in-app notification (notify.ts): without it nothing would be pushed either.
  if (input.webhook && !input.inApp) throw fieldError('inApp', '外部推送随站内通知发送：关闭站内通知时不能单独开启外部推送');
  const before = (await repo.listPreferences(p.database.db, actor.userId)).find((r) => r.kind === kind);
  return writeTx(p, ctx, async (tx, audit) => {
    const row = await repo.upsertPreference(tx, actor.userId, kind, input);
    const after = presentPreference(kind, row);
    audit({ entityType: 'notification_preference', entityId: `${actor.userId}:${kind}`, action: 'update', before: presentPreference(kind, before), after });
    return after;
  });
}
