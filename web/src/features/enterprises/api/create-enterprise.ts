import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { queryClient } from '../../../lib/query-client';
import type { Enterprise, EnterpriseInput } from '../types';
import { ENTERPRISES_KEY } from './get-enterprises';

/** POST /api/enterprises */
export const createEnterprise = (input: EnterpriseInput) => api.post<Enterprise>('/api/enterprises', input);

export function useCreateEnterprise() {
  return useMutation({
    mutationFn: createEnterprise,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ENTERPRISES_KEY }),
  });
}
