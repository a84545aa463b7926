import type { z } from 'zod';
import type { auditCheckpointOut, auditEventOut, auditVerifyOut } from '@contracts/admin';

export type AuditEvent = z.infer<typeof auditEventOut>;
export type AuditVerifyResult = z.infer<typeof auditVerifyOut>;
export type AuditCheckpoint = z.infer<typeof auditCheckpointOut>;
