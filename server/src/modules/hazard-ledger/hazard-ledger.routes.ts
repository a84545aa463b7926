import { z } from 'zod';
import { hazardListQuery } from '@contracts/hazards';
import { jobOut } from '@contracts/admin';
import type { ZApp } from '../types';
import type { Platform } from '../../platform/context';
import { presentJob } from '../jobs/jobs.routes';
import { exportLedger, sendLedgerFile, startLedgerJob } from './hazard-ledger.service';

const TAGS = ['hazards'];
const format = z.enum(['xlsx', 'csv']).default('xlsx');
/** The same filters as GET /api/hazards (without paging). */
const exportQuery = hazardListQuery.omit({ cursor: true, limit: true }).extend({ format });
/** The same filters in a JSON body, flags as booleans. */
const exportJobBody = hazardListQuery.omit({ cursor: true, limit: true, overdue: true, listed: true, open: true }).extend({
  overdue: z.boolean().optional(), listed: z.boolean().optional(), open: z.boolean().optional(), format,
});

export async function hazardLedgerRoutes(app: ZApp, p: Platform) {
  app.get('/api/hazards/export', {
    schema: { tags: TAGS, summary: '导出隐患台账（Excel/CSV，直接下载，2万条以内）', querystring: exportQuery },
  }, async (req, reply) => {
    const { format: f, ...filter } = req.query;
    return exportLedger(p, req.actor!, filter, f, reply);
  });

  app.post('/api/hazards/export-jobs', {
    schema: { tags: TAGS, summary: '后台导出隐患台账（大批量，轮询 /api/jobs/:id 查看进度）', body: exportJobBody, response: { 202: jobOut } },
  }, async (req, reply) => {
    const { format: f, ...filter } = req.body;
    return reply.status(202).send(presentJob(await startLedgerJob(p, req.actor!, filter, f)));
  });

  app.get('/api/hazards/export-jobs/:id/file', {
    schema: { tags: TAGS, summary: '下载后台导出的隐患台账文件（仅任务发起人）', params: z.object({ id: z.uuid('任务编号无效') }) },
  }, async (req, reply) => sendLedgerFile(p, req.actor!, req.params.id, reply));
}
