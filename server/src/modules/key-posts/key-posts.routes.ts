import { z } from 'zod';
import {
  keyPostsQuery, mineKeyPostsOut, requirementInput, requirementOut, vacancyHazardInput, vacancyHazardOut, vacancyListOut, vacancyListQuery,
} from '@contracts/key-posts';
import { idParams } from '@contracts/paging';
import type { ZApp } from '../types';
import type { Platform } from '../../platform/context';
import { listRequirements, updateRequirement } from './requirements.service';
import { getMineKeyPosts, listVacancies } from './vacancies.service';
import { createVacancyHazard } from './vacancy-hazard.service';
import { exportVacancies } from './key-posts.export';

const TAGS = ['key-posts'];

/** 关键岗位配备: requirements (rules), a mine's posts, the vacancy list, vacancy → major hazard. */
export async function keyPostsRoutes(app: ZApp, p: Platform) {
  app.get('/api/position-requirements', {
    schema: { tags: TAGS, summary: '关键岗位配备要求（含待核对标记）', response: { 200: z.array(requirementOut) } },
  }, async (req) => listRequirements(p, req.actor!));

  app.put('/api/position-requirements/:id', {
    schema: { tags: TAGS, summary: '修改一项关键岗位配备要求', params: idParams, body: requirementInput, response: { 200: requirementOut } },
  }, async (req) => updateRequirement(p, req.ctx, req.actor!, req.params.id, req.body));

  app.get('/api/mines/:id/key-posts', {
    schema: { tags: TAGS, summary: '矿山关键岗位配备情况（可指定日期）', params: idParams, querystring: keyPostsQuery, response: { 200: mineKeyPostsOut } },
  }, async (req) => getMineKeyPosts(p, req.actor!, req.params.id, req.query.date));

  app.post('/api/mines/:id/key-posts/hazard', {
    schema: { tags: TAGS, summary: '将关键岗位空缺登记为重大事故隐患（UG-32、TP-19）', params: idParams, body: vacancyHazardInput, response: { 201: vacancyHazardOut } },
  }, async (req, reply) => reply.status(201).send(await createVacancyHazard(p, req.ctx, req.actor!, req.params.id, req.body)));

  app.get('/api/key-post-vacancies', {
    schema: { tags: TAGS, summary: '关键岗位空缺矿山列表（按区县统计）', querystring: vacancyListQuery, response: { 200: vacancyListOut } },
  }, async (req) => listVacancies(p, req.actor!, req.query));

  app.get('/api/key-post-vacancies/export', {
    schema: { tags: TAGS, summary: '导出关键岗位空缺（Excel）', querystring: vacancyListQuery },
  }, async (req, reply) => exportVacancies(p, req.actor!, req.query, reply));
}
