import type { z } from 'zod';
import type { tokenInput } from '@contracts/admin';
import { PERMISSIONS, type Permission, type Scope } from '@contracts/access';
import type { Actor } from '../../platform/access/actor';
import { assertCan } from '../../platform/access/actor';
import { writeTx, type Platform, type RequestCtx } from '../../platform/context';
import { AppError, fieldError, forbidden, notFound, stateConflict } from '../../platform/errors';
import { digest, randomToken } from '../../platform/auth/tokens';
import { regionExists } from '../regions/regions.repository';
import * as repo from './tokens.repository';
import * as policy from './tokens.policy';
import { presentToken, type TokenOut } from './tokens.presenter';

type TokenInput = z.output<typeof tokenInput>;
const PREFIX = 'mso_';

export async function listTokens(p: Platform, actor: Actor): Promise<TokenOut[]> {
  assertCan(actor, 'token.manage');
  const rows = await repo.listTokens(p.database.db, policy.seesAllTokens(actor) ? undefined : actor.userId);
  return rows.map(presentToken);
}

/** The requested scope, normalised; 404 when it reaches outside the caller's own or names unknown enterprises. */
async function checkScope(p: Platform, actor: Actor, wanted: TokenInput['scope']): Promise<Scope> {
  const scope: Scope = wanted.kind === 'enterprise' ? { kind: 'enterprise', enterpriseIds: [...new Set(wanted.enterpriseIds)] } : wanted;
  if (!policy.scopeWithin(actor.scope, scope)) throw notFound(scope.kind === 'enterprise' ? '企业' : '区县');
  if (scope.kind === 'enterprise' && (await repo.countEnterprises(p.database.db, scope.enterpriseIds)) < scope.enterpriseIds.length) {
    throw notFound('企业');
  }
  return scope;
}

/** The secret is returned here once; the database keeps its SM3 digest and an 8-character display prefix. */
export async function createToken(p: Platform, ctx: RequestCtx, actor: Actor, input: TokenInput) {
  const scope = await checkScope(p, actor, input.scope);
  assertCan(actor, 'token.manage');
  // A token minting tokens would outlive its own revocation or expiry.
  if (actor.kind === 'token') throw forbidden('API令牌不能签发新的令牌');
  const permissions = [...new Set(input.permissions)] as Permission[];
  const missing = policy.permissionNotHeld(actor, permissions);
  if (missing) throw fieldError('permissions', `您本人没有“${PERMISSIONS[missing]}”权限，不能授予令牌`);
  if (scope.kind === 'district' && !(await regionExists(p.database.db, scope.regionCode))) {
    throw fieldError('scope.regionCode', '区县不存在');
  }
  const token = PREFIX + randomToken();
  const id = await writeTx(p, ctx, async (tx, audit) => {
    const newId = await repo.insertToken(tx, {
      name: input.name, tokenHash: digest(token), prefix: token.slice(0, 8), createdBy: actor.userId, permissions, scope,
      expiresAt: new Date(Date.now() + input.expiresInDays * 86_400_000),
    });
    audit({ entityType: 'api_token', entityId: newId, action: 'create', after: presentToken((await repo.findToken(tx, newId))!) });
    return newId;
  });
  return { token, record: presentToken((await repo.findToken(p.database.db, id))!) };
}

export async function revokeToken(p: Platform, ctx: RequestCtx, actor: Actor, id: string): Promise<TokenOut> {
  const current = await repo.findToken(p.database.db, id, policy.seesAllTokens(actor) ? undefined : actor.userId);
  if (!current) throw notFound('API令牌');
  assertCan(actor, 'token.manage');
  if (current.t.revokedAt) throw stateConflict('该令牌已撤销');
  return writeTx(p, ctx, async (tx, audit) => {
    if (!(await repo.revokeToken(tx, id))) throw new AppError('STATE', '该令牌已撤销');
    const after = presentToken((await repo.findToken(tx, id))!);
    audit({ entityType: 'api_token', entityId: id, action: 'revoke', before: presentToken(current), after });
    return after;
  });
}
