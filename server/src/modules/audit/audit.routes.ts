import { auditCheckpointOut, auditEventOut, auditListQuery, auditVerifyInput, auditVerifyOut } from '@contracts/admin';
import { listResponse } from '@contracts/paging';
import type { ZApp } from '../types';
import type { Platform } from '../../platform/context';
import { attachmentHeader } from '../../platform/http/download';
import * as svc from './audit.service';

const TAGS = ['audit'];

export async function auditRoutes(app: ZApp, p: Platform) {
  app.get('/api/audit', {
    schema: { tags: TAGS, summary: '审计日志（最新在前）', querystring: auditListQuery, response: { 200: listResponse(auditEventOut) } },
  }, async (req) => svc.listAudit(p, req.actor!, req.query));

  app.post('/api/audit/verify', {
    schema: { tags: TAGS, summary: '校验审计链（可附检查点）', body: auditVerifyInput, response: { 200: auditVerifyOut } },
  }, async (req) => svc.verifyAudit(p, req.actor!, req.body));

  app.get('/api/audit/checkpoint', {
    schema: { tags: TAGS, summary: '下载审计链检查点（请在系统外保存）', response: { 200: auditCheckpointOut } },
  }, async (req, reply) => {
    const checkpoint = await svc.auditCheckpoint(p, req.actor!);
    return reply.header('content-disposition', attachmentHeader(`audit-checkpoint-${checkpoint.seq}.json`)).send(checkpoint);
  });
}
