import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Entries } from './types';
import type { TestServer } from '../harness';
import type { Tenant } from '../factories';
import { users } from '../../src/platform/db/schema';

/*
 * Users routes run as the tenant's enterprise admin (enterprise_admin holds user.read/user.manage). The
 * tenant's district user is a district_supervisor without user.* permissions, so the district side of the
 * user scope (a district_admin: own district's agencies and enterprises, foreign district 404) is covered
 * in server/src/modules/users/users.test.ts. Tokens need token.manage, which only city-tier roles hold.
 */
const staff = (t: Tenant) => t.users.enterpriseStaff.id;
const TOKENS = 'server/src/modules/tokens/tokens.test.ts: own tokens only, another creator\'s token 404, '
  + 'district/enterprise callers giving a foreign scope 404, token scope narrowing on /api/mines';

async function lockStaff(s: TestServer, t: Tenant) {
  await s.p.database.db.update(users).set({ failedLogins: 5, lockedUntil: new Date(Date.now() + 3_600_000) }).where(eq(users.id, staff(t)));
}

export const adminEntries: Entries = {
  'GET /api/agencies': { kind: 'tenant', roles: ['district', 'enterprise'], op: 'list',
    request: () => ({ method: 'GET', url: '/api/agencies' }), ids: (j) => j.map((a: any) => a.id), ownId: (t) => t.agency.id },
  'GET /api/users': { kind: 'tenant', roles: ['enterprise'], op: 'list',
    request: () => ({ method: 'GET', url: '/api/users?limit=200' }), ids: (j) => j.items.map((u: any) => u.id), ownId: staff },
  'GET /api/users/:id': { kind: 'tenant', roles: ['enterprise'], op: 'read',
    request: (t) => ({ method: 'GET', url: `/api/users/${staff(t)}` }) },
  'POST /api/users': { kind: 'tenant', roles: ['enterprise'], op: 'create', okStatus: 201,
    prepare: async () => `staff_${randomUUID().slice(0, 8)}`,
    request: (t, username: string) => ({ method: 'POST', url: '/api/users',
      body: { username, displayName: '新员工', orgType: 'enterprise', enterpriseId: t.enterprise.id, roles: ['enterprise_staff'] } }) },
  'PUT /api/users/:id': { kind: 'tenant', roles: ['enterprise'], op: 'write',
    request: (t) => ({ method: 'PUT', url: `/api/users/${staff(t)}`,
      body: { displayName: '改名的员工', roles: ['enterprise_staff'], includeSubsidiaries: false, status: 'active', version: 1 } }),
    reread: (t) => `/api/users/${staff(t)}` },
  'POST /api/users/:id/unlock': { kind: 'tenant', roles: ['enterprise'], op: 'write', prepare: lockStaff,
    request: (t) => ({ method: 'POST', url: `/api/users/${staff(t)}/unlock`, body: {} }), reread: (t) => `/api/users/${staff(t)}` },
  'POST /api/users/:id/reset-password': { kind: 'tenant', roles: ['enterprise'], op: 'write',
    request: (t) => ({ method: 'POST', url: `/api/users/${staff(t)}/reset-password`, body: { newPassword: 'Reset#2025abc' } }),
    reread: (t) => `/api/users/${staff(t)}` },
  'GET /api/tokens': { kind: 'admin', covered: TOKENS },
  'POST /api/tokens': { kind: 'admin', covered: TOKENS },
  'POST /api/tokens/:id/revoke': { kind: 'admin', covered: TOKENS },
  'GET /api/rule-settings': { kind: 'admin', covered: 'server/src/modules/rule-settings/rule-settings.test.ts: city-wide rules, agencies read, enterprises 403' },
  'PUT /api/rule-settings/:key': { kind: 'admin', covered: 'server/src/modules/rule-settings/rule-settings.test.ts: city_admin only (rules.manage), validated, audited' },
};
