import { ADMIN_ROLES, type Role } from '@contracts/access';
import type { Me } from '@contracts/auth';
import { AppError } from '../../platform/errors';
import { writeTx, type Platform, type RequestCtx } from '../../platform/context';
import { burnVerify, hashPassword, passwordProblem, verifyPassword } from '../../platform/auth/password';
import { createSession, deleteSession, deleteUserSessions, clearMfaPending } from '../../platform/auth/sessions';
import type { Actor } from '../../platform/access/actor';
import { loadActor } from '../../platform/auth/actor-loader';
import { regionName } from '../regions/regions.repository';
import * as repo from './auth.repository';
import { verifyTotp } from './totp';

const BAD_CREDENTIALS = '用户名或密码错误';

export interface LoginResult { token: string; csrfToken: string; userId: string }

export async function login(p: Platform, ctx: RequestCtx, input: { username: string; password: string; totp?: string }, userAgent?: string): Promise<LoginResult> {
  const db = p.database.db;
  const user = await repo.findUserByUsername(db, input.username);
  const audit = (action: string, after: unknown, entityId: string | null) =>
    writeTx(p, ctx, async (_tx, a) => a({ entityType: 'session', entityId, action, after }));
  if (!user) {
    await burnVerify(input.password);
    await audit('login_failed', { username: input.username, reason: 'unknown_user' }, null);
    throw new AppError('UNAUTHENTICATED', BAD_CREDENTIALS);
  }
  if (user.lockedUntil && user.lockedUntil.getTime() > Date.now()) {
    await audit('login_refused_locked', { username: user.username }, user.id);
    throw new AppError('LOCKED', lockedMessage(user.lockedUntil));
  }
  const passwordOk = await verifyPassword(user.passwordHash, input.password);
  const totpOk = !user.totpEnabled || (input.totp !== undefined && user.totpSecretEnc !== null
    && verifyTotp(p.cipher.decrypt(user.totpSecretEnc), input.totp));
  if (passwordOk && user.totpEnabled && input.totp === undefined) {
    throw new AppError('MFA_REQUIRED'); // no count: the password was right, the second factor is asked for
  }
  if (!passwordOk || !totpOk) {
    const result = await writeTx(p, ctx, async (tx, a) => {
      const r = await repo.recordFailedLogin(tx, user.id, p.config.login.maxFailures, p.config.login.lockMinutes);
      const locked = r.lockedUntil !== null && r.lockedUntil.getTime() > Date.now();
      a({ entityType: 'session', entityId: user.id, action: locked ? 'account_locked' : 'login_failed',
        after: { username: user.username, failedLogins: r.failedLogins, reason: passwordOk ? 'bad_totp' : 'bad_password' } });
      return { ...r, locked };
    });
    if (result.locked) throw new AppError('LOCKED', lockedMessage(result.lockedUntil!));
    throw new AppError('UNAUTHENTICATED', passwordOk ? '动态验证码错误' : BAD_CREDENTIALS);
  }
  if (user.status !== 'active') {
    await audit('login_refused_disabled', { username: user.username }, user.id);
    throw new AppError('UNAUTHENTICATED', '账号已停用，请联系管理员');
  }
  const mfaPending = needsMfaEnrolment(p, user.roles as Role[], user.totpEnabled);
  // The audit event names the user who signed in as its actor.
  const actor = await loadActor(db, user);
  return writeTx(p, { ...ctx, actor }, async (tx, a) => {
    await repo.recordSuccessfulLogin(tx, user.id);
    const s = await createSession(tx, user.id, p.config.session, { ip: ctx.ip, userAgent, mfaPending });
    a({ entityType: 'session', entityId: user.id, action: 'login', after: { username: user.username, mfaPending } });
    return { token: s.token, csrfToken: s.csrfToken, userId: user.id };
  });
}

function needsMfaEnrolment(p: Platform, roles: Role[], enabled: boolean): boolean {
  return p.config.requireAdminMfa && !enabled && roles.some((r) => ADMIN_ROLES.includes(r));
}

function lockedMessage(until: Date): string {
  const minutes = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000));
  return `登录失败次数过多，账号已锁定，请${minutes}分钟后重试或联系安全管理员解锁`;
}

export async function meAfterLogin(p: Platform, r: LoginResult): Promise<Me> {
  const user = await repo.findUserById(p.database.db, r.userId);
  const actor = user ? await loadActor(p.database.db, user) : null;
  if (!actor) throw new AppError('UNAUTHENTICATED', '账号所属单位不存在');
  return me(p, { ...actor, csrfToken: r.csrfToken });
}

export async function logout(p: Platform, ctx: RequestCtx, token: string): Promise<void> {
  await writeTx(p, ctx, async (tx, a) => {
    await deleteSession(tx, token);
    a({ entityType: 'session', entityId: ctx.actor?.userId ?? null, action: 'logout' });
  });
}

export async function me(p: Platform, actor: Actor): Promise<Me> {
  const user = await repo.findUserById(p.database.db, actor.userId);
  if (!user) throw new AppError('UNAUTHENTICATED');
  const required = p.config.requireAdminMfa && actor.roles.some((r) => ADMIN_ROLES.includes(r));
  const region = actor.scope.kind === 'district' ? await regionName(p.database.db, actor.scope.regionCode) : null;
  return {
    id: actor.userId, username: actor.username, displayName: actor.displayName, roles: actor.roles,
    permissions: [...actor.permissions], org: { type: actor.orgType, id: actor.orgId, name: actor.orgName, tier: actor.tier },
    scope: actor.scope, regionName: region, csrfToken: actor.csrfToken ?? '', mustChangePassword: user.mustChangePassword,
    mfa: { enabled: user.totpEnabled, required, pending: required && !user.totpEnabled },
  };
}

/** Re-entered password for a signature (e.g. the principal's 企业自验): a signed-in user only, never a token. */
export async function verifyOwnPassword(p: Platform, actor: Actor, password: string): Promise<boolean> {
  if (actor.kind !== 'user') return false;
  const user = await repo.findUserById(p.database.db, actor.userId);
  return !!user && verifyPassword(user.passwordHash, password);
}

export async function changePassword(p: Platform, ctx: RequestCtx, actor: Actor, current: string, next: string, sessionToken: string) {
  const user = await repo.findUserById(p.database.db, actor.userId);
  if (!user || !(await verifyPassword(user.passwordHash, current))) {
    throw new AppError('VALIDATION', '当前密码不正确', { currentPassword: '当前密码不正确' });
  }
  const problem = passwordProblem(next, user.username);
  if (problem) throw new AppError('VALIDATION', problem, { newPassword: problem });
  const hash = await hashPassword(next);
  await writeTx(p, ctx, async (tx, a) => {
    await repo.updatePassword(tx, user.id, hash);
    await deleteUserSessions(tx, user.id, sessionToken); // other devices are signed out
    a({ entityType: 'user', entityId: user.id, action: 'password_changed' });
  });
}

export async function startTotp(p: Platform, ctx: RequestCtx, actor: Actor, secret: string): Promise<void> {
  await writeTx(p, ctx, async (tx, a) => {
    await repo.setTotp(tx, actor.userId, p.cipher.encrypt(secret), false);
    a({ entityType: 'user', entityId: actor.userId, action: 'totp_setup_started' });
  });
}

export async function enableTotp(p: Platform, ctx: RequestCtx, actor: Actor, code: string, sessionToken: string): Promise<void> {
  const user = await repo.findUserById(p.database.db, actor.userId);
  if (!user?.totpSecretEnc) throw new AppError('STATE', '请先生成动态验证码密钥');
  if (!verifyTotp(p.cipher.decrypt(user.totpSecretEnc), code)) throw new AppError('VALIDATION', '动态验证码错误', { code: '动态验证码错误' });
  await writeTx(p, ctx, async (tx, a) => {
    await repo.setTotp(tx, actor.userId, user.totpSecretEnc, true);
    await clearMfaPending(tx, sessionToken);
    a({ entityType: 'user', entityId: actor.userId, action: 'totp_enabled' });
  });
}
