import { z } from 'zod';
import { listQueryBase, listResponse } from './paging';

/**
 * 通知类别: what a notification is about. Producers (the deadline engine) use these kinds; preferences are kept per
 * kind. A kind a user never set uses the default: in-app on, webhook off.
 */
export const NOTIFICATION_KINDS = {
  hazard_deadline: '隐患整改期限',
  listing_deadline: '挂牌督办期限',
  resumption_deadline: '复产验收期限',
  self_inspection_due: '月度自查到期',
  certificate_due: '特种作业操作证到期',
} as const;
export type NotificationKind = keyof typeof NOTIFICATION_KINDS;
export const NOTIFICATION_KIND_LIST = Object.keys(NOTIFICATION_KINDS) as NotificationKind[];
export const notificationKind = z.enum(NOTIFICATION_KIND_LIST as [NotificationKind, ...NotificationKind[]], { error: '通知类别无效' });

/** Stages a producer may use (a kind may have its own; unknown stages show as they are). */
export const NOTIFICATION_STAGES: Record<string, string> = {
  due_soon: '即将到期', overdue: '已逾期', escalated: '已升级', expired: '已过期',
};

/** Default when a user has no row for a kind. */
export const DEFAULT_PREFERENCE = { inApp: true, webhook: false } as const;

export const notificationOut = z.object({
  id: z.string(), kind: z.string(), stage: z.string(), itemType: z.string(), itemId: z.string(),
  title: z.string(), body: z.string().nullable(), link: z.string().nullable(),
  createdAt: z.string(), readAt: z.string().nullable(),
});
export type NotificationOut = z.infer<typeof notificationOut>;

export const notificationListQuery = listQueryBase.omit({ q: true }).extend({
  unread: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  kind: notificationKind.optional(),
});
export const notificationListOut = listResponse(notificationOut);

export const countOut = z.object({ count: z.number() });

export const preferenceOut = z.object({
  kind: notificationKind, label: z.string(), inApp: z.boolean(), webhook: z.boolean(),
  /** true: no saved row, the default applies */
  isDefault: z.boolean(),
});
export type PreferenceOut = z.infer<typeof preferenceOut>;
export const preferencesOut = z.object({
  /** false: no webhook is configured on this deployment, so the webhook switch cannot be turned on */
  webhookAvailable: z.boolean(),
  items: z.array(preferenceOut),
});
export const preferenceInput = z.object({ inApp: z.boolean(), webhook: z.boolean() });
export const kindParams = z.object({ kind: notificationKind });
