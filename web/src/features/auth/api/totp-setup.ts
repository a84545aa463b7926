import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import type { totpSetupOut } from '@contracts/auth';
import { api } from '../../../lib/api';

export type TotpSetup = z.infer<typeof totpSetupOut>;

/** POST /api/me/totp/setup → a new secret (not active until confirmed with a code). */
export const setupTotp = () => api.post<TotpSetup>('/api/me/totp/setup', {});

export function useSetupTotp() {
  return useMutation({ mutationFn: setupTotp });
}
