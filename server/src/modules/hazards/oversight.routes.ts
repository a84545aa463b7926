import {
  closureDecision, closureListQuery, closureProposalOut, hazardFlagListQuery, hazardFlagOut,
} from '@contracts/hazards';
import { idParams, listResponse } from '@contracts/paging';
import type { ZApp } from '../types';
import type { Platform } from '../../platform/context';
import { listFlags } from './flags.service';
import { decideProposal, getProposal, listProposals } from './closure.service';

const TAGS = ['hazards'];

/** 屡改屡犯/弄虚作假 flags and 提请关闭建议: the oversight side of the hazard loop. */
export async function hazardOversightRoutes(app: ZApp, p: Platform) {
  app.get('/api/hazard-flags', {
    schema: { tags: TAGS, summary: '屡改屡犯、弄虚作假标记台账', querystring: hazardFlagListQuery, response: { 200: listResponse(hazardFlagOut) } },
  }, async (req) => listFlags(p, req.actor!, req.query));

  app.get('/api/closure-proposals', {
    schema: { tags: TAGS, summary: '提请关闭建议列表', querystring: closureListQuery, response: { 200: listResponse(closureProposalOut) } },
  }, async (req) => listProposals(p, req.actor!, req.query));

  app.get('/api/closure-proposals/:id', {
    schema: { tags: TAGS, summary: '提请关闭建议详情', params: idParams, response: { 200: closureProposalOut } },
  }, async (req) => getProposal(p, req.actor!, req.params.id));

  app.post('/api/closure-proposals/:id/decide', {
    schema: { tags: TAGS, summary: '审核提请关闭建议（采纳或不予采纳）', params: idParams, body: closureDecision, response: { 200: closureProposalOut } },
  }, async (req) => decideProposal(p, req.ctx, req.actor!, req.params.id, req.body));
}
