import { resumptionDecision, resumptionInput, resumptionListQuery, resumptionOut } from '@contracts/resumptions';
import { idParams, listResponse } from '@contracts/paging';
import type { ZApp } from '../types';
import type { Platform } from '../../platform/context';
import { applyForResumption, decideResumption, listResumptions } from './resumptions.service';

const TAGS = ['hazards'];

/** 复产申请与核查 (its own module, registered in modules/index.ts). */
export async function resumptionsRoutes(app: ZApp, p: Platform) {
  app.post('/api/hazards/:id/resumptions', {
    schema: { tags: TAGS, summary: '申请复产（停产整改验收通过后）', params: idParams, body: resumptionInput, response: { 201: resumptionOut } },
  }, async (req, reply) => reply.status(201).send(await applyForResumption(p, req.ctx, req.actor!, req.params.id, req.body)));

  app.post('/api/hazard-resumptions/:id/decide', {
    schema: { tags: TAGS, summary: '复产现场核查（通过或不予复产）', params: idParams, body: resumptionDecision, response: { 200: resumptionOut } },
  }, async (req) => decideResumption(p, req.ctx, req.actor!, req.params.id, req.body));

  app.get('/api/hazard-resumptions', {
    schema: { tags: TAGS, summary: '复产申请列表（复产验收）', querystring: resumptionListQuery, response: { 200: listResponse(resumptionOut) } },
  }, async (req) => listResumptions(p, req.actor!, req.query));
}
