import type { Permission, Role, Scope } from '@contracts/access';
import { AppError } from '../errors';

/** Who is calling: a signed-in user or an API token, with permissions and a data scope. */
export interface Actor {
  kind: 'user' | 'token';
  userId: string;
  username: string;
  displayName: string;
  roles: Role[];
  permissions: Set<Permission>;
  orgType: 'agency' | 'enterprise';
  orgId: string;
  orgName: string;
  /** agency tier, or null for enterprise users */
  tier: 'city' | 'district' | null;
  scope: Scope;
  sessionId?: string;
  tokenId?: string;
  csrfToken?: string;
}

export function can(actor: Actor, permission: Permission): boolean {
  return actor.permissions.has(permission);
}

/** Role check: call it only after the resource was found inside the caller's scope (404 before 403). */
export function assertCan(actor: Actor, permission: Permission): void {
  if (!can(actor, permission)) throw new AppError('FORBIDDEN');
}

export function inRegionScope(scope: Scope, regionCode: string | null): boolean {
  if (scope.kind === 'city') return true;
  if (scope.kind === 'district') return regionCode === scope.regionCode;
  return false;
}

export function inEnterpriseScope(scope: Scope, enterpriseId: string, regionCode: string | null): boolean {
  if (scope.kind === 'city') return true;
  if (scope.kind === 'district') return regionCode === scope.regionCode;
  return scope.enterpriseIds.includes(enterpriseId);
}
