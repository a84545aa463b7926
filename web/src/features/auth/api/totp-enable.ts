import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { ME_KEY, queryClient } from '../../../lib/query-client';

/** POST /api/me/totp/enable {code}: confirms the secret and lifts the session's MFA-pending state. */
export const enableTotp = (code: string) => api.post<{ ok: true }>('/api/me/totp/enable', { code });

export function useEnableTotp() {
  return useMutation({
    mutationFn: enableTotp,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ME_KEY }),
  });
}
