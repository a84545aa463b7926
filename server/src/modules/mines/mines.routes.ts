import { z } from 'zod';
import { mineInput, mineListItem, mineListQuery, mineOut } from '@contracts/org';
import { listResponse, idParams } from '@contracts/paging';
import type { ZApp } from '../types';
import type { Platform } from '../../platform/context';
import * as svc from './mines.service';
import { exportMines } from './mines.export';

const TAGS = ['registry'];

export async function minesRoutes(app: ZApp, p: Platform) {
  app.get('/api/mines', {
    schema: { tags: TAGS, summary: '矿山列表', querystring: mineListQuery, response: { 200: listResponse(mineListItem) } },
  }, async (req) => svc.listMines(p, req.actor!, req.query));

  app.get('/api/mines/export', {
    schema: { tags: TAGS, summary: '导出矿山（Excel）', querystring: mineListQuery.omit({ cursor: true, limit: true }) },
  }, async (req, reply) => exportMines(p, req.actor!, req.query, reply));

  app.get('/api/mines/:id', {
    schema: { tags: TAGS, summary: '矿山详情（一矿一档）', params: idParams, response: { 200: mineOut } },
  }, async (req) => svc.getMine(p, req.actor!, req.params.id));

  app.post('/api/mines', {
    schema: { tags: TAGS, summary: '新增矿山', body: mineInput, response: { 201: mineOut } },
  }, async (req, reply) => reply.status(201).send(await svc.createMine(p, req.ctx, req.actor!, req.body)));

  app.put('/api/mines/:id', {
    schema: { tags: TAGS, summary: '编辑矿山', params: idParams, body: mineInput.extend({ version: z.number().int() }), response: { 200: mineOut } },
  }, async (req) => svc.updateMine(p, req.ctx, req.actor!, req.params.id, req.body));
}
