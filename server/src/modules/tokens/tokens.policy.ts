import { PERMISSION_LIST, type Permission, type Scope } from '@contracts/access';
import type { Actor } from '../../platform/access/actor';

/**
 * The read set: permissions that only look (every `*.read`, audit.read included). `audit.verify`,
 * `data.export` and every write are outside it, so a token holding any of them is not read-only.
 */
export const READ_PERMISSIONS: ReadonlySet<Permission> = new Set(PERMISSION_LIST.filter((p) => p.endsWith('.read')));

export const isReadOnly = (permissions: readonly string[]) => permissions.every((p) => READ_PERMISSIONS.has(p as Permission));

/** 安全管理员 oversees every machine token; everyone else sees and revokes only their own. */
export const seesAllTokens = (actor: Actor) => actor.roles.includes('security_admin');

/**
 * A token's scope must lie within its creator's: city callers may give any scope; district callers only
 * their own district (the token check at sign-in keeps a district owner's scope, so nothing narrower is
 * representable); enterprise callers only enterprises among their own.
 */
export function scopeWithin(owner: Scope, wanted: Scope): boolean {
  if (owner.kind === 'city') return true;
  if (owner.kind === 'district') return wanted.kind === 'district' && wanted.regionCode === owner.regionCode;
  return wanted.kind === 'enterprise' && wanted.enterpriseIds.every((id) => owner.enterpriseIds.includes(id));
}

/** The first requested permission the caller does not hold itself, if any. */
export const permissionNotHeld = (actor: Actor, wanted: readonly Permission[]) => wanted.find((p) => !actor.permissions.has(p));
