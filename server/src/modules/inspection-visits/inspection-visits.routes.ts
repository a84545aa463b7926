import { visitDetailOut, visitHazardInput, visitInput, visitListQuery, visitOut } from '@contracts/inspection-visits';
import { hazardOut } from '@contracts/hazards';
import { listResponse, idParams } from '@contracts/paging';
import type { ZApp } from '../types';
import type { Platform } from '../../platform/context';
import * as svc from './inspection-visits.service';

const TAGS = ['inspection-visits'];

/** 检查记录（逢查必验、逢查必评、逢查必考） */
export async function inspectionVisitsRoutes(app: ZApp, p: Platform) {
  app.get('/api/inspection-visits', {
    schema: { tags: TAGS, summary: '检查记录列表', querystring: visitListQuery, response: { 200: listResponse(visitOut) } },
  }, async (req) => svc.listVisits(p, req.actor!, req.query));

  app.get('/api/inspection-visits/:id', {
    schema: { tags: TAGS, summary: '检查记录详情（现场考试、证书核验、发现的隐患）', params: idParams, response: { 200: visitDetailOut } },
  }, async (req) => svc.getVisit(p, req.actor!, req.params.id));

  app.post('/api/inspection-visits', {
    schema: { tags: TAGS, summary: '登记检查（逢查必验、逢查必评、逢查必考）', body: visitInput, response: { 201: visitDetailOut } },
  }, async (req, reply) => reply.status(201).send(await svc.createVisit(p, req.ctx, req.actor!, req.body)));

  app.post('/api/inspection-visits/:id/hazards', {
    schema: { tags: TAGS, summary: '登记检查发现的隐患', params: idParams, body: visitHazardInput, response: { 201: hazardOut } },
  }, async (req, reply) => reply.status(201).send(await svc.createVisitHazard(p, req.ctx, req.actor!, req.params.id, req.body)));
}
