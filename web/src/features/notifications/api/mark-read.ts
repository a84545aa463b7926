import { useMutation } from '@tanstack/react-query';
import type { NotificationOut } from '@contracts/notifications';
import { api } from '../../../lib/api';
import { queryClient } from '../../../lib/query-client';
import { NOTIFICATIONS_KEY } from './get-notifications';

/** POST /api/notifications/:id/read — reading again keeps the first read time. */
export const markRead = (id: string) => api.post<NotificationOut>(`/api/notifications/${encodeURIComponent(id)}/read`);

/** POST /api/notifications/read-all → how many were marked. */
export const markAllRead = () => api.post<{ count: number }>('/api/notifications/read-all');

const refresh = () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY });

export const useMarkRead = () => useMutation({ mutationFn: markRead, onSuccess: refresh });
export const useMarkAllRead = () => useMutation({ mutationFn: markAllRead, onSuccess: refresh });
