import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { queryClient } from '../../../lib/query-client';
import type { Enterprise, EnterpriseInput } from '../types';
import { ENTERPRISES_KEY } from './get-enterprises';

export type EnterpriseUpdate = EnterpriseInput & { version: number };

/** PUT /api/enterprises/:id with the version read; 409 STALE when someone saved in between. */
export const updateEnterprise = (id: string, input: EnterpriseUpdate) =>
  api.put<Enterprise>(`/api/enterprises/${encodeURIComponent(id)}`, input);

export function useUpdateEnterprise(id: string) {
  return useMutation({
    mutationFn: (input: EnterpriseUpdate) => updateEnterprise(id, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ENTERPRISES_KEY }),
  });
}
