import { ADMIN_ROLES, ROLES, rolesAllowedFor, type Role, type Scope } from '@contracts/access';
import type { Actor } from '../../platform/access/actor';
import { can } from '../../platform/access/actor';
import { AppError, forbidden } from '../../platform/errors';

/**
 * Who may do what to user accounts: the one place these rules live.
 *
 * Data scope (outside it: 404). system/security/city admins (city scope): every account; district_admin:
 * accounts of the agencies in its district and of the enterprises in its district scope (registered there
 * or operating a mine there); enterprise_admin: accounts of its own enterprise(s). SQL: users.repository userScope.
 *
 * Actions (refused: 403):
 * - account fields (create, 姓名, 状态, 含下属企业): `user.manage`.
 * - roles (added or removed), unlock, reset password: `user.roles` (安全管理员) for any role; a delegated
 *   admin (city_admin / district_admin / enterprise_admin holding `user.manage`) for roles below the admin tier.
 * - initial roles at creation are part of creating the account: any `user.manage` holder (so also the
 *   系统管理员) may give roles below the admin tier. The three admin roles are given only by `user.roles`
 *   holders — who lack `user.manage` — so an admin account is created with a business role and then
 *   re-assigned by the 安全管理员 (三员分立: neither of them alone makes an admin).
 * - accounts holding an admin role are off limits to delegated admins: only the 系统管理员 edits their
 *   account fields and only the 安全管理员 changes their roles, unlocks or resets them.
 * - nobody changes their own roles or disables, unlocks or resets their own account here (/api/me is for that).
 * Role sets (400): at most one admin role and no business role beside it; only roles valid for the organisation.
 */
const DELEGATED_ADMINS: Role[] = ['city_admin', 'district_admin', 'enterprise_admin'];
const ADMIN_ACCOUNT = '系统管理员、安全管理员、审计管理员的账号只能由系统管理员或安全管理员管理';

export const isAdminRole = (r: string) => ADMIN_ROLES.includes(r as Role);
export const holdsAdminRole = (roles: readonly string[]) => roles.some(isAdminRole);
const isDelegatedAdmin = (a: Actor) => can(a, 'user.manage') && a.roles.some((r) => DELEGATED_ADMINS.includes(r));
const isAccountAdmin = (a: Actor) => can(a, 'user.manage') && a.roles.includes('system_admin');
const label = (r: string) => ROLES[r as Role]?.label ?? r;

export interface TargetAccount { id: string; roles: readonly string[] }
export interface TargetOrg { orgType: 'agency' | 'enterprise'; tier: 'city' | 'district' | null }

/** May the caller give or take away this role? `initial`: the roles of an account being created. */
function mayGrant(actor: Actor, role: Role, initial: boolean): boolean {
  if (isAdminRole(role)) return can(actor, 'user.roles');
  if (can(actor, 'user.roles')) return true;
  return initial ? can(actor, 'user.manage') : isDelegatedAdmin(actor);
}

function assertGrants(actor: Actor, roles: Role[], initial: boolean) {
  const refused = roles.find((r) => !mayGrant(actor, r, initial));
  if (refused) throw forbidden(`您无权分配“${label(refused)}”角色`);
}

/** Agencies whose accounts the caller manages: any (city), its own district's (district), none (enterprise). */
export function agencyInUserScope(scope: Scope, agency: { tier: string; regionCode: string }): boolean {
  if (scope.kind === 'city') return true;
  return scope.kind === 'district' && agency.tier === 'district' && agency.regionCode === scope.regionCode;
}

export function assertMayCreate(actor: Actor, roles: Role[]): void {
  if (!can(actor, 'user.manage')) throw forbidden();
  assertGrants(actor, roles, true);
}

export interface AccountChange { account: boolean; disables: boolean; added: Role[]; removed: Role[] }

export function assertMayEdit(actor: Actor, target: TargetAccount, change: AccountChange): void {
  if (!can(actor, 'user.manage') && !can(actor, 'user.roles')) throw forbidden();
  const self = target.id === actor.userId;
  const rolesChanged = change.added.length + change.removed.length > 0;
  if (holdsAdminRole(target.roles) && !can(actor, 'user.roles') && !isAccountAdmin(actor)) throw forbidden(ADMIN_ACCOUNT);
  if (self && rolesChanged) throw forbidden('不能修改自己的角色');
  if (self && change.disables) throw forbidden('不能停用自己的账号');
  if (change.account && !can(actor, 'user.manage')) throw forbidden('安全管理员只能分配角色、解锁和重置密码');
  assertGrants(actor, [...change.added, ...change.removed], false);
}

export function assertMayUnlockOrReset(actor: Actor, target: TargetAccount): void {
  if (target.id === actor.userId) throw forbidden('不能在此处解锁或重置自己的账号，请在个人中心修改密码');
  if (can(actor, 'user.roles')) return;
  if (!isDelegatedAdmin(actor)) throw forbidden();
  if (holdsAdminRole(target.roles)) throw forbidden(ADMIN_ACCOUNT);
}

/** 三员分立 and the organisation's roles (400, naming the field). */
export function assertRoleSet(roles: Role[], org: TargetOrg): void {
  const admin = roles.filter(isAdminRole);
  if (admin.length > 1 || (admin.length === 1 && roles.length > 1)) {
    const m = '三员分立：系统管理员、安全管理员、审计管理员只能担任其一，且不能兼任其他角色';
    throw new AppError('VALIDATION', m, { roles: m });
  }
  const allowed = rolesAllowedFor(org.orgType, org.tier ?? undefined);
  const bad = roles.find((r) => !allowed.includes(r));
  if (bad) {
    const m = `“${label(bad)}”角色不适用于该单位`;
    throw new AppError('VALIDATION', m, { roles: m });
  }
}
