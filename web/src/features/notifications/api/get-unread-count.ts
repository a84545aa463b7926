import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { NOTIFICATIONS_KEY } from './get-notifications';

/** GET /api/notifications/unread-count — polled for the header bell. */
export const getUnreadCount = () => api.get<{ count: number }>('/api/notifications/unread-count');

export const useUnreadCount = () =>
  useQuery({ queryKey: [...NOTIFICATIONS_KEY, 'unread-count'], queryFn: getUnreadCount, refetchInterval: 60_000 });
