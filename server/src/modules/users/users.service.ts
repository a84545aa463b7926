import type { z } from 'zod';
import type { userInput, userListQuery, userUpdateInput } from '@contracts/admin';
import type { Role } from '@contracts/access';
import type { Actor } from '../../platform/access/actor';
import { assertCan } from '../../platform/access/actor';
import { writeTx, type Platform, type RequestCtx } from '../../platform/context';
import { AppError, fieldError, forbidden, notFound } from '../../platform/errors';
import type { Executor } from '../../platform/db/client';
import { hashPassword, passwordProblem } from '../../platform/auth/password';
import { subsidiaryIds } from '../../platform/auth/actor-loader';
import { findAgency } from '../agencies/agencies.service';
import { findEnterprise } from '../enterprises/enterprises.repository';
import * as repo from './users.repository';
import * as policy from './users.policy';
import { presentUser, type UserOut } from './users.presenter';
import { temporaryPassword } from './temporary-password';

type UserInput = z.output<typeof userInput>;
type UserUpdateInput = z.output<typeof userUpdateInput>;
type ListQuery = z.output<typeof userListQuery>;

export async function listUsers(p: Platform, actor: Actor, q: ListQuery) {
  assertCan(actor, 'user.read');
  const r = await repo.listUsers(p.database.db, { scope: actor.scope, q: q.q, orgId: q.orgId, role: q.role }, q.limit, q.cursor);
  return { ...r, items: r.items.map((i) => presentUser(i)) };
}

/** The account inside the caller's scope, or 404. */
export async function findInScope(db: Executor, actor: Actor, id: string) {
  const row = await repo.findUser(db, actor.scope, id);
  if (!row) throw notFound('用户');
  return row;
}

export async function getUser(p: Platform, actor: Actor, id: string): Promise<UserOut> {
  const row = await findInScope(p.database.db, actor, id);
  assertCan(actor, 'user.read');
  return presentUser(row);
}

export const orgOf = (r: repo.UserJoined): policy.TargetOrg => ({
  orgType: r.u.orgType as 'agency' | 'enterprise', tier: (r.agencyTier as 'city' | 'district' | null) ?? null,
});

/** The organisation of a new account: it must exist inside the caller's scope (404 otherwise). */
async function targetOrg(db: Executor, actor: Actor, input: UserInput) {
  if (input.orgType === 'agency') {
    if (!input.agencyId) throw fieldError('agencyId', '请选择所属监管部门');
    if (input.enterpriseId) throw fieldError('enterpriseId', '监管部门的账号不能同时属于企业');
    const a = await findAgency(db, input.agencyId);
    if (!a || !policy.agencyInUserScope(actor.scope, a)) throw notFound('监管部门');
    return { orgType: 'agency' as const, tier: a.tier as 'city' | 'district', agencyId: a.id, enterpriseId: null };
  }
  if (!input.enterpriseId) throw fieldError('enterpriseId', '请选择所属企业');
  if (input.agencyId) throw fieldError('agencyId', '企业的账号不能同时属于监管部门');
  const e = await findEnterprise(db, actor.scope, input.enterpriseId);
  if (!e) throw notFound('企业');
  return { orgType: 'enterprise' as const, tier: null, agencyId: null, enterpriseId: e.e.id };
}

/** 含下属企业 may not show the new account more than the caller sees itself. */
async function assertSubsidiariesVisible(db: Executor, actor: Actor, enterpriseId: string) {
  const ids = await subsidiaryIds(db, enterpriseId);
  if ((await repo.countEnterprisesInScope(db, actor.scope, ids)) < ids.length) {
    throw forbidden('下属企业超出了您的数据范围，不能授予“含下属企业”');
  }
}

const conflict = () => new AppError('CONFLICT', '该用户名已被使用', { username: '该用户名已被使用' });

export async function createUser(p: Platform, ctx: RequestCtx, actor: Actor, input: UserInput): Promise<UserOut> {
  const db = p.database.db;
  const org = await targetOrg(db, actor, input);
  const roles = [...new Set(input.roles)] as Role[];
  policy.assertMayCreate(actor, roles);
  policy.assertRoleSet(roles, org);
  const includeSubsidiaries = org.orgType === 'enterprise' && input.includeSubsidiaries;
  if (includeSubsidiaries) await assertSubsidiariesVisible(db, actor, org.enterpriseId!);
  const problem = input.password ? passwordProblem(input.password, input.username) : null;
  if (problem) throw fieldError('password', problem);
  if (await repo.usernameTaken(db, input.username)) throw conflict();
  // Without a password the account gets a random one shown once; either way the user must change it.
  const temporary = input.password ? undefined : temporaryPassword(input.username);
  const passwordHash = await hashPassword(input.password ?? temporary!);
  const id = await writeTx(p, ctx, async (tx, audit) => {
    const newId = await repo.insertUser(tx, {
      username: input.username, displayName: input.displayName, passwordHash, orgType: org.orgType, agencyId: org.agencyId,
      enterpriseId: org.enterpriseId, roles, includeSubsidiaries, mustChangePassword: true,
    });
    audit({ entityType: 'user', entityId: newId, action: 'create', after: presentUser((await repo.findUser(tx, { kind: 'city' }, newId))!) });
    return newId;
  }).catch((err) => { throw repo.isUniqueViolation(err) ? conflict() : err; });
  const out = presentUser((await repo.findUser(db, { kind: 'city' }, id))!);
  return temporary ? { ...out, temporaryPassword: temporary } : out;
}

export async function updateUser(p: Platform, ctx: RequestCtx, actor: Actor, id: string, input: UserUpdateInput): Promise<UserOut> {
  const db = p.database.db;
  const current = await findInScope(db, actor, id);
  const was = current.u;
  const roles = [...new Set(input.roles)] as Role[];
  const includeSubsidiaries = was.orgType === 'enterprise' && input.includeSubsidiaries;
  const change = {
    account: input.displayName !== was.displayName || input.status !== was.status || includeSubsidiaries !== was.includeSubsidiaries,
    disables: input.status !== 'active' && was.status === 'active',
    added: roles.filter((r) => !was.roles.includes(r)),
    removed: (was.roles as Role[]).filter((r) => !roles.includes(r)),
  };
  policy.assertMayEdit(actor, { id: was.id, roles: was.roles }, change);
  if (change.added.length + change.removed.length > 0) policy.assertRoleSet(roles, orgOf(current));
  if (includeSubsidiaries && !was.includeSubsidiaries) await assertSubsidiariesVisible(db, actor, was.enterpriseId!);
  await writeTx(p, ctx, async (tx, audit) => {
    const ok = await repo.updateUser(tx, id, input.version, { displayName: input.displayName, status: input.status, roles, includeSubsidiaries });
    if (!ok) {
      const now = await repo.findUser(tx, actor.scope, id);
      throw new AppError('STALE', undefined, undefined, now ? presentUser(now) : undefined);
    }
    const after = presentUser((await repo.findUser(tx, { kind: 'city' }, id))!);
    audit({ entityType: 'user', entityId: id, action: 'update', before: presentUser(current), after });
  });
  return presentUser((await repo.findUser(db, { kind: 'city' }, id))!);
}
