import { DEFAULT_PREFERENCE, NOTIFICATION_KINDS, type NotificationKind, type NotificationOut, type PreferenceOut } from '@contracts/notifications';
import type { NotificationRow, PreferenceRow } from './notifications.repository';

/** The recipient's id and the dedup key (period) stay on the server. */
export function presentNotification(n: NotificationRow): NotificationOut {
  return {
    id: n.id, kind: n.kind, stage: n.stage, itemType: n.itemType, itemId: n.itemId, title: n.title, body: n.body, link: n.link,
    createdAt: n.createdAt.toISOString(), readAt: n.readAt?.toISOString() ?? null,
  };
}

export function presentPreference(kind: NotificationKind, row: PreferenceRow | undefined): PreferenceOut {
  return {
    kind, label: NOTIFICATION_KINDS[kind], inApp: row?.inApp ?? DEFAULT_PREFERENCE.inApp, webhook: row?.webhook ?? DEFAULT_PREFERENCE.webhook,
    isDefault: !row,
  };
}
