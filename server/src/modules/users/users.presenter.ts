import type { z } from 'zod';
import type { userOut } from '@contracts/admin';
import type { UserJoined } from './users.repository';

export type UserOut = z.infer<typeof userOut>;

/** Whitelists response fields: never the password hash, the TOTP secret or the lock timestamp itself. */
export function presentUser(r: UserJoined, now = Date.now()): UserOut {
  const u = r.u;
  return {
    id: u.id, username: u.username, displayName: u.displayName, orgType: u.orgType, orgId: u.agencyId ?? u.enterpriseId ?? null,
    orgName: r.agencyName ?? r.enterpriseName ?? null, roles: u.roles, includeSubsidiaries: u.includeSubsidiaries, status: u.status,
    locked: !!u.lockedUntil && u.lockedUntil.getTime() > now, failedLogins: u.failedLogins, totpEnabled: u.totpEnabled,
    lastLoginAt: u.lastLoginAt?.toISOString() ?? null, version: u.version,
  };
}
