import { useQuery } from '@tanstack/react-query';
import type { Me } from '@contracts/auth';
import type { Permission } from '@contracts/access';
import { api } from './api';
import { isApiError } from './api-error';
import { ME_KEY } from './query-client';

/** The signed-in user, or null when there is no valid session. */
export async function getMe(): Promise<Me | null> {
  try {
    return await api.get<Me>('/api/me', undefined, { skipAuthRedirect: true });
  } catch (e) {
    if (isApiError(e, 'UNAUTHENTICATED')) return null;
    throw e;
  }
}

export const meQueryOptions = { queryKey: ME_KEY, queryFn: getMe, staleTime: 60_000 };

export function useMe() {
  return useQuery(meQueryOptions);
}

export type Can = (permission: Permission) => boolean;

export function canWith(me: Me | null | undefined): Can {
  const set = new Set(me?.permissions ?? []);
  return (permission) => set.has(permission);
}

/** The current user and `can(permission)`, for pages inside the signed-in shell. */
export function useAuth(): { me: Me; can: Can } {
  const { data } = useMe();
  if (!data) throw new Error('useAuth() used outside the signed-in shell');
  return { me: data, can: canWith(data) };
}
