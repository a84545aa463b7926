import type { Actor } from '../../platform/access/actor';
import { writeTx, type Platform, type RequestCtx } from '../../platform/context';
import { fieldError, stateConflict } from '../../platform/errors';
import { hashPassword, passwordProblem } from '../../platform/auth/password';
import { deleteUserSessions } from '../../platform/auth/sessions';
import * as repo from './users.repository';
import * as policy from './users.policy';
import { presentUser, type UserOut } from './users.presenter';
import { findInScope } from './users.service';

/** 解锁: clears the failure count and the lock. Nothing to clear is a state conflict, not a silent success. */
export async function unlockUser(p: Platform, ctx: RequestCtx, actor: Actor, id: string): Promise<UserOut> {
  const current = await findInScope(p.database.db, actor, id);
  policy.assertMayUnlockOrReset(actor, current.u);
  const locked = !!current.u.lockedUntil && current.u.lockedUntil.getTime() > Date.now();
  if (!locked && current.u.failedLogins === 0) throw stateConflict('该账号未被锁定，无需解锁');
  return writeTx(p, ctx, async (tx, audit) => {
    await repo.clearLock(tx, id);
    const after = presentUser((await repo.findUser(tx, { kind: 'city' }, id))!);
    audit({ entityType: 'user', entityId: id, action: 'unlock', before: presentUser(current), after });
    return after;
  });
}

/** 重置密码: a new password the user must change at next sign-in; every session of the user ends. */
export async function resetPassword(p: Platform, ctx: RequestCtx, actor: Actor, id: string, newPassword: string): Promise<UserOut> {
  const current = await findInScope(p.database.db, actor, id);
  policy.assertMayUnlockOrReset(actor, current.u);
  const problem = passwordProblem(newPassword, current.u.username);
  if (problem) throw fieldError('newPassword', problem);
  const hash = await hashPassword(newPassword);
  return writeTx(p, ctx, async (tx, audit) => {
    await repo.setTemporaryPassword(tx, id, hash);
    await deleteUserSessions(tx, id);
    const after = presentUser((await repo.findUser(tx, { kind: 'city' }, id))!);
    audit({ entityType: 'user', entityId: id, action: 'password_reset', before: presentUser(current), after });
    return after;
  });
}
