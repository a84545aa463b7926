import { z } from 'zod';
import type { ZApp } from '../types';
import type { Platform } from '../../platform/context';
import { assertCan } from '../../platform/access/actor';
import { listRegions, regionOutlines } from './regions.repository';
import { createManagementArea, managementAreaInput } from './regions.service';

const regionOut = z.object({ code: z.string(), name: z.string(), kind: z.string(), parentCode: z.string().nullable(), hasNationalCode: z.boolean() });

/** Regions are reference data: every signed-in user may read them (no tenant data here). */
export async function regionsRoutes(app: ZApp, p: Platform) {
  app.get('/api/regions', {
    schema: { tags: ['registry'], summary: '行政区划列表', response: { 200: z.array(regionOut) } },
  }, async (req) => {
    assertCan(req.actor!, 'region.read');
    return listRegions(p.database.db);
  });

  app.post('/api/regions', {
    schema: { tags: ['registry'], summary: '新增管理区（无国标代码）', body: managementAreaInput, response: { 201: regionOut } },
  }, async (req, reply) => reply.status(201).send(await createManagementArea(p, req.ctx, req.actor!, req.body)));

  let cache: unknown;
  app.get('/api/regions/outlines', {
    schema: { tags: ['registry'], summary: '区县轮廓（示意）', response: { 200: z.object({ type: z.literal('FeatureCollection'), features: z.array(z.any()), note: z.string() }) } },
  }, async (req, reply) => {
    assertCan(req.actor!, 'region.read');
    cache ??= { type: 'FeatureCollection' as const, features: await regionOutlines(p.database.db),
      note: '区县轮廓为简化示意图，非审图号标准地图' };
    reply.header('cache-control', 'private, max-age=3600');
    return cache as never;
  });
}
