import { idParams } from '@contracts/paging';
import path from 'node:path';
import { z } from 'zod';
import type { ZApp } from '../types';
import type { Platform } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { LocalDiskStorage } from '../../platform/files/storage';
import { attachmentHeader } from '../../platform/http/download';
import { attachToHazard, listHazardAttachments, openAttachment, PURPOSES, type Purpose } from './attachments.service';

const attachmentOut = z.object({
  id: z.string(), purpose: z.string(), filename: z.string(), mime: z.string(), size: z.number(), sm3: z.string(),
  uploadedBy: z.string(), createdAt: z.string(), url: z.string(),
});

export async function attachmentsRoutes(app: ZApp, p: Platform) {
  const store = new LocalDiskStorage(path.join(p.config.dataDir, 'files'));

  app.post('/api/hazards/:id/attachments', {
    schema: { tags: ['hazards'], summary: '上传隐患照片或文件', params: idParams,
      querystring: z.object({ purpose: z.enum(Object.keys(PURPOSES) as [Purpose]).default('photo_before') }), response: { 201: attachmentOut } },
  }, async (req, reply) => {
    const file = await req.file();
    if (!file) throw new AppError('VALIDATION', '请选择要上传的文件', { file: '请选择要上传的文件' });
    const data = await file.toBuffer();
    return reply.status(201).send(await attachToHazard(p, store, req.ctx, req.actor!, req.params.id, req.query.purpose, { data, filename: file.filename }));
  });

  app.get('/api/hazards/:id/attachments', {
    schema: { tags: ['hazards'], summary: '隐患附件列表', params: idParams, response: { 200: z.array(attachmentOut) } },
  }, async (req) => listHazardAttachments(p, req.actor!, req.params.id));

  app.get('/api/attachments/:id', {
    schema: { tags: ['hazards'], summary: '下载附件', params: idParams },
  }, async (req, reply) => {
    const { row, stream } = await openAttachment(p, store, req.actor!, req.params.id);
    return reply
      .header('content-type', row.mime)
      .header('content-length', String(row.size))
      .header('content-disposition', attachmentHeader(row.filename))
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', "default-src 'none'; sandbox")
      .header('cache-control', 'private, no-store')
      .send(stream);
  });
}
