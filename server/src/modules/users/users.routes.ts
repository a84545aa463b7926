import { resetPasswordInput, userInput, userListQuery, userOut, userUpdateInput } from '@contracts/admin';
import { listResponse, idParams } from '@contracts/paging';
import type { ZApp } from '../types';
import type { Platform } from '../../platform/context';
import * as svc from './users.service';
import { resetPassword, unlockUser } from './users.credentials';

const TAGS = ['admin'];

export async function usersRoutes(app: ZApp, p: Platform) {
  app.get('/api/users', {
    schema: { tags: TAGS, summary: '用户列表', querystring: userListQuery, response: { 200: listResponse(userOut) } },
  }, async (req) => svc.listUsers(p, req.actor!, req.query));

  app.get('/api/users/:id', {
    schema: { tags: TAGS, summary: '用户详情', params: idParams, response: { 200: userOut } },
  }, async (req) => svc.getUser(p, req.actor!, req.params.id));

  app.post('/api/users', {
    schema: { tags: TAGS, summary: '新增用户（未填密码时生成临时密码，仅返回一次）', body: userInput, response: { 201: userOut } },
  }, async (req, reply) => reply.status(201).send(await svc.createUser(p, req.ctx, req.actor!, req.body)));

  app.put('/api/users/:id', {
    schema: { tags: TAGS, summary: '编辑用户（姓名、状态、角色）', params: idParams, body: userUpdateInput, response: { 200: userOut } },
  }, async (req) => svc.updateUser(p, req.ctx, req.actor!, req.params.id, req.body));

  app.post('/api/users/:id/unlock', {
    schema: { tags: TAGS, summary: '解锁账号', params: idParams, response: { 200: userOut } },
  }, async (req) => unlockUser(p, req.ctx, req.actor!, req.params.id));

  app.post('/api/users/:id/reset-password', {
    schema: { tags: TAGS, summary: '重置密码（下次登录须修改）', params: idParams, body: resetPasswordInput, response: { 200: userOut } },
  }, async (req) => resetPassword(p, req.ctx, req.actor!, req.params.id, req.body.newPassword));
}
