import type { z } from 'zod';
import type { auditEventOut } from '@contracts/admin';
import type { AuditListRow } from './audit.repository';

export type AuditEventOut = z.infer<typeof auditEventOut>;

/** Whitelisted fields only: the chain columns (canonical, hmac) are not part of the list. */
export function presentAuditEvent(r: AuditListRow): AuditEventOut {
  return {
    seq: r.seq, occurredAt: r.occurredAt.toISOString(),
    actorUserId: r.actorUserId, actorUsername: r.actorUsername, actorRole: r.actorRole, actorOrgId: r.actorOrgId,
    entityType: r.entityType, entityId: r.entityId, action: r.action, before: r.before ?? null, after: r.after ?? null,
    requestId: r.requestId, ip: r.ip,
  };
}
