import { idParams } from '@contracts/paging';
import { z } from 'zod';
import { tokenCreatedOut, tokenInput, tokenOut } from '@contracts/admin';
import type { ZApp } from '../types';
import type { Platform } from '../../platform/context';
import * as svc from './tokens.service';

const TAGS = ['admin'];

export async function tokensRoutes(app: ZApp, p: Platform) {
  app.get('/api/tokens', {
    schema: { tags: TAGS, summary: 'API令牌列表（本人签发的；安全管理员可见全部）', response: { 200: z.array(tokenOut) } },
  }, async (req) => svc.listTokens(p, req.actor!));

  app.post('/api/tokens', {
    schema: { tags: TAGS, summary: '签发API令牌（密钥仅显示一次）', body: tokenInput, response: { 201: tokenCreatedOut } },
  }, async (req, reply) => reply.status(201).send(await svc.createToken(p, req.ctx, req.actor!, req.body)));

  app.post('/api/tokens/:id/revoke', {
    schema: { tags: TAGS, summary: '撤销API令牌', params: idParams, response: { 200: tokenOut } },
  }, async (req) => svc.revokeToken(p, req.ctx, req.actor!, req.params.id));
}
