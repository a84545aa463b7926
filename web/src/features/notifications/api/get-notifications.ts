import { useQuery } from '@tanstack/react-query';
import type { NotificationKind, NotificationOut } from '@contracts/notifications';
import { api } from '../../../lib/api';
import type { ListResult, Page } from '../../../lib/list';

export const NOTIFICATIONS_KEY = ['notifications'] as const;

export interface InboxFilter { unread?: boolean; kind?: NotificationKind }

/** GET /api/notifications → the caller's own notifications, newest first (keyset-paged). */
export const getNotifications = (f: InboxFilter, page: Page) =>
  api.get<ListResult<NotificationOut>>('/api/notifications', { unread: f.unread ? 'true' : undefined, kind: f.kind, cursor: page.cursor, limit: page.limit });

export const useNotifications = (f: InboxFilter, page: Page) =>
  useQuery({ queryKey: [...NOTIFICATIONS_KEY, 'list', f, page], queryFn: () => getNotifications(f, page) });
