import { z } from 'zod';
import { jobOut } from '@contracts/admin';
import type { ZApp } from '../types';
import type { Platform } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { buildTemplate } from '../../platform/excel/template';
import { sendXlsx } from '../../platform/http/download';
import { presentJob } from '../jobs/jobs.routes';
import { IMPORT_KINDS, startImport } from './imports.service';
import { assertMayImport } from './import-kind';

const kindParams = z.object({ kind: z.enum(['enterprises', 'mines', 'hazards', 'certificates']) });

export async function importsRoutes(app: ZApp, p: Platform) {
  app.get('/api/import/:kind/template', {
    schema: { tags: ['registry'], summary: '下载导入模板', params: kindParams },
  }, async (req, reply) => {
    const kind = IMPORT_KINDS[req.params.kind]!;
    assertMayImport(kind, req.actor!);
    return sendXlsx(reply, `${kind.label}导入模板.xlsx`, (out) => buildTemplate(out, { sheetName: kind.label, columns: kind.columns, instructions: kind.instructions }));
  });

  app.post('/api/import/:kind', {
    schema: { tags: ['registry'], summary: '导入（预检或确认）', params: kindParams,
      querystring: z.object({ mode: z.enum(['dry-run', 'commit']).default('dry-run') }), response: { 202: jobOut } },
  }, async (req, reply) => {
    assertMayImport(IMPORT_KINDS[req.params.kind]!, req.actor!);
    const file = await req.file();
    if (!file) throw new AppError('VALIDATION', '请选择要导入的Excel文件', { file: '请选择要导入的Excel文件' });
    if (!/\.xlsx$/i.test(file.filename)) throw new AppError('UNSUPPORTED_MEDIA', '只支持 .xlsx 格式的Excel文件');
    const buf = await file.toBuffer(); // throws 413 past the configured upload limit
    const job = await startImport(p, req.ctx, req.actor!, req.params.kind, req.query.mode, buf);
    return reply.status(202).send(presentJob(job));
  });
}
