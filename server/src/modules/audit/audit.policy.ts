import type { Permission } from '@contracts/access';
import { can, type Actor } from '../../platform/access/actor';
import { AppError } from '../../platform/errors';

type AuditPermission = Extract<Permission, 'audit.read' | 'audit.verify'>;

/**
 * The audit log spans every tenant and cannot be narrowed to a data scope, so only city-wide
 * callers holding the permission see it (审计管理员). A district or enterprise user — or a token
 * narrowed to one — gets 403 on every audit route.
 */
export function assertAuditAccess(actor: Actor, permission: AuditPermission): void {
  if (!can(actor, permission) || actor.scope.kind !== 'city') throw new AppError('FORBIDDEN');
}
