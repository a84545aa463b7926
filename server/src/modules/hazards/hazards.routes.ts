import {
  delistInput, extensionDecision, extensionInput, hazardActionBody, hazardActionParams, hazardInput, hazardListItem,
  hazardListQuery, hazardOut, listingInput, standardQuery, standardResponse,
} from '@contracts/hazards';
import { listResponse, idParams } from '@contracts/paging';
import type { ZApp } from '../types';
import type { Platform } from '../../platform/context';
import * as svc from './hazards.service';
import { actOnHazard } from './hazards.actions';
import { decideExtension, requestExtension } from './extensions.service';
import { delist, listHazard } from './listings.service';

const TAGS = ['hazards'];

export async function hazardsRoutes(app: ZApp, p: Platform) {
  app.get('/api/hazard-standard', {
    schema: { tags: TAGS, summary: '重大事故隐患判定标准（按矿山类型）', querystring: standardQuery, response: { 200: standardResponse } },
  }, async (req) => svc.standardFor(p, req.actor!, req.query.mineId, req.query.q));

  app.get('/api/hazards', {
    schema: { tags: TAGS, summary: '隐患列表', querystring: hazardListQuery, response: { 200: listResponse(hazardListItem) } },
  }, async (req) => svc.listHazards(p, req.actor!, req.query));

  app.get('/api/hazards/:id', {
    schema: { tags: TAGS, summary: '隐患详情（含处理记录）', params: idParams, response: { 200: hazardOut } },
  }, async (req) => svc.getHazard(p, req.actor!, req.params.id));

  app.post('/api/hazards', {
    schema: { tags: TAGS, summary: '上报隐患（企业）或登记检查发现的隐患（监管部门）', body: hazardInput, response: { 201: hazardOut } },
  }, async (req, reply) => reply.status(201).send(await svc.createHazard(p, req.ctx, req.actor!, req.body)));

  app.post('/api/hazards/:id/actions/:action', {
    schema: { tags: TAGS, summary: '隐患处理（认定、整改、自验、验收、销号）', params: hazardActionParams, body: hazardActionBody, response: { 200: hazardOut } },
  }, async (req) => actOnHazard(p, req.ctx, req.actor!, req.params.id, req.params.action, req.body));

  app.post('/api/hazards/:id/extensions', {
    schema: { tags: TAGS, summary: '申请延期', params: idParams, body: extensionInput, response: { 201: hazardOut } },
  }, async (req, reply) => reply.status(201).send(await requestExtension(p, req.ctx, req.actor!, req.params.id, req.body)));

  app.post('/api/hazard-extensions/:id/decide', {
    schema: { tags: TAGS, summary: '审批延期申请', params: idParams, body: extensionDecision, response: { 200: hazardOut } },
  }, async (req) => decideExtension(p, req.ctx, req.actor!, req.params.id, req.body));

  app.post('/api/hazards/:id/listing', {
    schema: { tags: TAGS, summary: '挂牌督办', params: idParams, body: listingInput, response: { 201: hazardOut } },
  }, async (req, reply) => reply.status(201).send(await listHazard(p, req.ctx, req.actor!, req.params.id, req.body)));

  app.post('/api/hazard-listings/:id/delist', {
    schema: { tags: TAGS, summary: '摘牌', params: idParams, body: delistInput, response: { 200: hazardOut } },
  }, async (req) => delist(p, req.ctx, req.actor!, req.params.id, req.body));
}
