import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { AuditVerifyResult } from '../types';

/** POST /api/audit/verify {checkpoint?} — recomputes the hash chain (optionally against an exported checkpoint). */
export const verifyAudit = (checkpoint?: { seq: number; hmac: string }) =>
  api.post<AuditVerifyResult>('/api/audit/verify', checkpoint ? { checkpoint } : {});

export function useVerifyAudit() {
  return useMutation({ mutationFn: verifyAudit });
}
