import type { FastifyInstance, FastifyRequest } from 'fastify';
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Permission, Scope } from '@contracts/access';
import type { Platform } from '../context';
import { AppError } from '../errors';
import { apiTokens, users } from '../db/schema';
import { loadActor, narrowToToken } from './actor-loader';
import { findSession, SESSION_COOKIE } from './sessions';
import { digest, safeEqual } from './tokens';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Resolves the caller for every /api request: a Bearer API token or the session cookie.
 * Non-public routes without a caller get 401; cookie callers must echo the CSRF token on writes.
 */
export function installAuthentication(app: FastifyInstance, p: Platform): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('ctx', null as never);
  app.addHook('onRequest', async (req) => {
    req.ctx = { requestId: String(req.id), ip: req.ip, actor: null };
    if (!req.url.startsWith('/api/')) return;
    if (req.routeOptions.config?.public) {
      // A stale or half-finished session must not block public routes such as login.
      const actor = await resolve(req, p).catch(() => null);
      req.actor = actor;
      req.ctx.actor = actor;
      return;
    }
    const actor = await resolve(req, p);
    if (!actor) throw new AppError('UNAUTHENTICATED');
    req.actor = actor;
    req.ctx.actor = actor;
  });
}

async function resolve(req: FastifyRequest, p: Platform) {
  const db = p.database.db;
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) {
    const [tok] = await db.select().from(apiTokens).where(and(
      eq(apiTokens.tokenHash, digest(auth.slice(7).trim())), isNull(apiTokens.revokedAt), gt(apiTokens.expiresAt, new Date())));
    if (!tok) throw new AppError('UNAUTHENTICATED', 'API令牌无效或已过期');
    const [owner] = await db.select().from(users).where(eq(users.id, tok.createdBy));
    const ownerActor = owner && owner.status === 'active' ? await loadActor(db, owner) : null;
    if (!ownerActor) throw new AppError('UNAUTHENTICATED', 'API令牌的签发账号已停用');
    if (!tok.lastUsedAt || Date.now() - tok.lastUsedAt.getTime() > 60_000) {
      await db.update(apiTokens).set({ lastUsedAt: new Date() }).where(eq(apiTokens.id, tok.id));
    }
    return narrowToToken(ownerActor, tok.id, tok.permissions as Permission[], tok.scope as Scope);
  }
  const token = req.cookies?.[SESSION_COOKIE];
  if (!token) return null;
  const found = await findSession(db, token, p.config.session);
  if (!found) return null;
  const actor = await loadActor(db, found.user);
  if (!actor) return null;
  actor.sessionId = found.session.id;
  actor.csrfToken = found.session.csrfToken;
  if (found.session.mfaPending && !req.routeOptions.config?.allowMfaPending) {
    throw new AppError('MFA_REQUIRED', '请先完成动态验证码验证');
  }
  if (!SAFE_METHODS.has(req.method)) {
    const sent = req.headers['x-csrf-token'];
    if (typeof sent !== 'string' || !safeEqual(sent, found.session.csrfToken)) throw new AppError('CSRF');
  }
  return actor;
}
