import { z } from 'zod';
import { enterpriseInput, enterpriseListQuery, enterpriseOut } from '@contracts/org';
import { listResponse, idParams } from '@contracts/paging';
import type { ZApp } from '../types';
import type { Platform } from '../../platform/context';
import * as svc from './enterprises.service';
import { exportEnterprises } from './enterprises.export';

const TAGS = ['registry'];

export async function enterprisesRoutes(app: ZApp, p: Platform) {
  app.get('/api/enterprises', {
    schema: { tags: TAGS, summary: '企业列表', querystring: enterpriseListQuery, response: { 200: listResponse(enterpriseOut) } },
  }, async (req) => svc.listEnterprises(p, req.actor!, req.query));

  app.get('/api/enterprises/export', {
    schema: { tags: TAGS, summary: '导出企业（Excel）', querystring: enterpriseListQuery.omit({ cursor: true, limit: true }) },
  }, async (req, reply) => exportEnterprises(p, req.actor!, req.query, reply));

  app.get('/api/enterprises/:id', {
    schema: { tags: TAGS, summary: '企业详情', params: idParams, response: { 200: enterpriseOut } },
  }, async (req) => svc.getEnterprise(p, req.actor!, req.params.id));

  app.post('/api/enterprises', {
    schema: { tags: TAGS, summary: '新增企业', body: enterpriseInput, response: { 201: enterpriseOut } },
  }, async (req, reply) => reply.status(201).send(await svc.createEnterprise(p, req.ctx, req.actor!, req.body)));

  app.put('/api/enterprises/:id', {
    schema: { tags: TAGS, summary: '编辑企业', params: idParams, body: enterpriseInput.extend({ version: z.number().int() }), response: { 200: enterpriseOut } },
  }, async (req) => svc.updateEnterprise(p, req.ctx, req.actor!, req.params.id, req.body));
}
