import {
  matrixOut, matrixQuery, monthRangeQuery, selfInspectionInput, selfInspectionListQuery, selfInspectionOut, selfInspectionUpdate, statsOut,
} from '@contracts/self-inspections';
import { listResponse, idParams } from '@contracts/paging';
import type { ZApp } from '../types';
import type { Platform } from '../../platform/context';
import * as svc from './self-inspections.service';
import { selfInspectionMatrix, selfInspectionStats } from './matrix.service';

const TAGS = ['self-inspections'];

/** 重大隐患月度自查 */
export async function selfInspectionsRoutes(app: ZApp, p: Platform) {
  app.get('/api/self-inspections', {
    schema: { tags: TAGS, summary: '月度自查记录列表', querystring: selfInspectionListQuery, response: { 200: listResponse(selfInspectionOut) } },
  }, async (req) => svc.listSelfInspections(p, req.actor!, req.query));

  app.get('/api/self-inspections/matrix', {
    schema: { tags: TAGS, summary: '月度自查完成情况（矿山 × 月份）', querystring: matrixQuery, response: { 200: matrixOut } },
  }, async (req) => selfInspectionMatrix(p, req.actor!, req.query));

  app.get('/api/self-inspections/stats', {
    schema: { tags: TAGS, summary: '月度自查完成率与按时率（按区县、月份）', querystring: monthRangeQuery, response: { 200: statsOut } },
  }, async (req) => selfInspectionStats(p, req.actor!, req.query));

  app.get('/api/self-inspections/:id', {
    schema: { tags: TAGS, summary: '月度自查记录详情', params: idParams, response: { 200: selfInspectionOut } },
  }, async (req) => svc.getSelfInspection(p, req.actor!, req.params.id));

  app.post('/api/self-inspections', {
    schema: { tags: TAGS, summary: '填报月度自查（未发现重大隐患须组织人本人签字）', body: selfInspectionInput, response: { 201: selfInspectionOut } },
  }, async (req, reply) => reply.status(201).send(await svc.submitSelfInspection(p, req.ctx, req.actor!, req.body)));

  app.put('/api/self-inspections/:id', {
    schema: { tags: TAGS, summary: '修改月度自查（签字前）', params: idParams, body: selfInspectionUpdate, response: { 200: selfInspectionOut } },
  }, async (req) => svc.updateSelfInspection(p, req.ctx, req.actor!, req.params.id, req.body));
}
