import { z } from 'zod';
import {
  endPositionInput, personInput, personListQuery, personOut, positionInput, positionListQuery, positionOut, revealOut,
} from '@contracts/people';
import { listResponse, idParams } from '@contracts/paging';
import type { ZApp } from '../types';
import type { Platform } from '../../platform/context';
import * as people from './people.service';
import * as positions from './positions.service';

const TAGS = ['people'];

/** 人员 and 任职. */
export async function peopleRoutes(app: ZApp, p: Platform) {
  app.get('/api/people', {
    schema: { tags: TAGS, summary: '人员列表（证件号码、手机号码精确查询）', querystring: personListQuery, response: { 200: listResponse(personOut) } },
  }, async (req) => people.listPeople(p, req.actor!, req.query));

  app.get('/api/people/:id', {
    schema: { tags: TAGS, summary: '人员详情', params: idParams, response: { 200: personOut } },
  }, async (req) => people.getPerson(p, req.actor!, req.params.id));

  app.post('/api/people', {
    schema: { tags: TAGS, summary: '登记人员', body: personInput, response: { 201: personOut } },
  }, async (req, reply) => reply.status(201).send(await people.createPerson(p, req.ctx, req.actor!, req.body)));

  app.put('/api/people/:id', {
    schema: { tags: TAGS, summary: '编辑人员', params: idParams, body: personInput.extend({ version: z.number().int() }), response: { 200: personOut } },
  }, async (req) => people.updatePerson(p, req.ctx, req.actor!, req.params.id, req.body));

  app.post('/api/people/:id/reveal', {
    schema: { tags: TAGS, summary: '查看完整证件号码和手机号码（留痕）', params: idParams, response: { 200: revealOut } },
  }, async (req) => people.revealPerson(p, req.ctx, req.actor!, req.params.id));

  app.get('/api/positions', {
    schema: { tags: TAGS, summary: '任职记录（可查某日在任）', querystring: positionListQuery, response: { 200: z.array(positionOut) } },
  }, async (req) => positions.listPositions(p, req.actor!, req.query));

  app.post('/api/positions', {
    schema: { tags: TAGS, summary: '新增任职', body: positionInput, response: { 201: positionOut } },
  }, async (req, reply) => reply.status(201).send(await positions.createPosition(p, req.ctx, req.actor!, req.body)));

  app.post('/api/positions/:id/end', {
    schema: { tags: TAGS, summary: '结束任职', params: idParams, body: endPositionInput, response: { 200: positionOut } },
  }, async (req) => positions.endPosition(p, req.ctx, req.actor!, req.params.id, req.body.endDate));
}
