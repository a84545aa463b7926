import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { Revealed } from '../types';

/**
 * POST /api/people/:id/reveal → the unmasked ID number and phone. Every call is written to the audit log,
 * so it is a mutation (never cached, never refetched in the background).
 */
export const revealPerson = (id: string) => api.post<Revealed>(`/api/people/${encodeURIComponent(id)}/reveal`, {});

export function useRevealPerson() {
  return useMutation({ mutationFn: revealPerson, gcTime: 0 });
}
