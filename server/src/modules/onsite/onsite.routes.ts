import { z } from 'zod';
import { idParams } from '@contracts/paging';
import {
  complianceOut, complianceQuery, declareDaysInput, mineMonthOut, onsiteDayOut, onsiteMonthQuery, positioningImportQuery, positioningPreviewOut,
  spotCheckInput, spotCheckOut,
} from '@contracts/onsite';
import type { ZApp } from '../types';
import type { Platform } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { mineMonth, onsiteCompliance } from './onsite.service';
import { declareDays, deleteDay, recordSpotCheck } from './onsite-days.service';
import { importPositioning } from './positioning-import.service';

const TAGS = ['onsite'];

/** 领导在岗 (actual controller, chief engineer): declared days, positioning imports, monthly compliance, spot checks. */
export async function onsiteRoutes(app: ZApp, p: Platform) {
  app.get('/api/mines/:id/onsite', {
    schema: { tags: TAGS, summary: '矿山领导在岗月历与达标情况', params: idParams, querystring: onsiteMonthQuery, response: { 200: mineMonthOut } },
  }, async (req) => mineMonth(p, req.actor!, req.params.id, req.query.month));

  app.post('/api/mines/:id/onsite/days', {
    schema: { tags: TAGS, summary: '填报领导在岗日（可一次多天）', params: idParams, body: declareDaysInput, response: { 201: z.array(onsiteDayOut) } },
  }, async (req, reply) => reply.status(201).send(await declareDays(p, req.ctx, req.actor!, req.params.id, req.body)));

  app.delete('/api/onsite-days/:id', {
    schema: { tags: TAGS, summary: '删除填报的在岗日', params: idParams, response: { 204: z.null() } },
  }, async (req, reply) => {
    await deleteDay(p, req.ctx, req.actor!, req.params.id);
    return reply.status(204).send(null);
  });

  app.post('/api/mines/:id/onsite/positioning-imports', {
    schema: { tags: TAGS, summary: '导入人员定位系统CSV（预检或确认）', params: idParams, querystring: positioningImportQuery,
      response: { 200: positioningPreviewOut, 201: positioningPreviewOut } },
  }, async (req, reply) => {
    const file = await req.file();
    if (!file) throw new AppError('VALIDATION', '请选择要导入的CSV文件', { file: '请选择要导入的CSV文件' });
    const data = await file.toBuffer(); // 413 past the configured upload limit
    const out = await importPositioning(p, req.ctx, req.actor!, req.params.id, req.query, { data, filename: file.filename });
    return reply.status(out.committed ? 201 : 200).send(out);
  });

  app.post('/api/mines/:id/onsite/spot-checks', {
    schema: { tags: TAGS, summary: '登记领导在岗抽查结果', params: idParams, body: spotCheckInput, response: { 201: spotCheckOut } },
  }, async (req, reply) => reply.status(201).send(await recordSpotCheck(p, req.ctx, req.actor!, req.params.id, req.body)));

  app.get('/api/onsite-compliance', {
    schema: { tags: TAGS, summary: '领导在岗不达标矿山（按月）', querystring: complianceQuery, response: { 200: complianceOut } },
  }, async (req) => onsiteCompliance(p, req.actor!, req.query));
}
