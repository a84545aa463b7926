import { useMutation, useQuery } from '@tanstack/react-query';
import type { NotificationKind, PreferenceOut } from '@contracts/notifications';
import { api } from '../../../lib/api';
import { queryClient } from '../../../lib/query-client';

export const PREFERENCES_KEY = ['notification-preferences'] as const;
export interface Preferences { webhookAvailable: boolean; items: PreferenceOut[] }

/** GET /api/notification-preferences → every kind with the user's setting or the default. */
export const getPreferences = () => api.get<Preferences>('/api/notification-preferences');
export const usePreferences = () => useQuery({ queryKey: PREFERENCES_KEY, queryFn: getPreferences });

/** PUT /api/notification-preferences/:kind (audited). */
export const setPreference = ({ kind, inApp, webhook }: { kind: NotificationKind; inApp: boolean; webhook: boolean }) =>
  api.put<PreferenceOut>(`/api/notification-preferences/${encodeURIComponent(kind)}`, { inApp, webhook });

export const useSetPreference = () =>
  useMutation({ mutationFn: setPreference, onSuccess: () => queryClient.invalidateQueries({ queryKey: PREFERENCES_KEY }) });
