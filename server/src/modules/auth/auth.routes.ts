import { changePasswordInput, loginInput, meOut, okOut, totpEnableInput, totpSetupOut } from '@contracts/auth';
import type { ZApp } from '../types';
import type { Platform } from '../../platform/context';
import { SESSION_COOKIE } from '../../platform/auth/sessions';
import { AppError } from '../../platform/errors';
import * as auth from './auth.service';
import { newTotpSecret } from './totp';

export async function authRoutes(app: ZApp, p: Platform) {
  const cookieOpts = { path: '/', httpOnly: true, sameSite: 'strict' as const, secure: p.config.session.secureCookie };
  const sessionToken = (cookies: Record<string, string | undefined>) => {
    const t = cookies[SESSION_COOKIE];
    if (!t) throw new AppError('UNAUTHENTICATED', '此操作需要登录会话');
    return t;
  };

  app.post('/api/auth/login', {
    config: { public: true, rateLimit: { max: p.config.login.ipPerMinute, timeWindow: '1 minute' } },
    schema: { tags: ['auth'], summary: '登录', body: loginInput, response: { 200: meOut } },
  }, async (req, reply) => {
    const r = await auth.login(p, req.ctx, req.body, req.headers['user-agent']);
    reply.setCookie(SESSION_COOKIE, r.token, cookieOpts);
    return auth.meAfterLogin(p, r);
  });

  app.post('/api/auth/logout', {
    config: { allowMfaPending: true },
    schema: { tags: ['auth'], summary: '退出登录', response: { 200: okOut } },
  }, async (req, reply) => {
    const token = req.cookies[SESSION_COOKIE];
    if (token) await auth.logout(p, req.ctx, token);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true as const };
  });

  app.get('/api/me', {
    config: { allowMfaPending: true },
    schema: { tags: ['auth'], summary: '当前用户', response: { 200: meOut } },
  }, async (req) => auth.me(p, req.actor!));

  app.post('/api/me/password', {
    schema: { tags: ['auth'], summary: '修改密码', body: changePasswordInput, response: { 200: okOut } },
  }, async (req) => {
    await auth.changePassword(p, req.ctx, req.actor!, req.body.currentPassword, req.body.newPassword, sessionToken(req.cookies));
    return { ok: true as const };
  });

  app.post('/api/me/totp/setup', {
    config: { allowMfaPending: true },
    schema: { tags: ['auth'], summary: '生成动态验证码密钥', response: { 200: totpSetupOut } },
  }, async (req) => {
    const s = newTotpSecret(req.actor!.username);
    await auth.startTotp(p, req.ctx, req.actor!, s.secret);
    return s;
  });

  app.post('/api/me/totp/enable', {
    config: { allowMfaPending: true },
    schema: { tags: ['auth'], summary: '启用动态验证码', body: totpEnableInput, response: { 200: okOut } },
  }, async (req) => {
    await auth.enableTotp(p, req.ctx, req.actor!, req.body.code, sessionToken(req.cookies));
    return { ok: true as const };
  });
}
