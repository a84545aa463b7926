import { z } from 'zod';
import { jobOut } from '@contracts/admin';
import type { ZApp } from '../types';
import type { Platform } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { findOwnJob, type JobRow } from './jobs.repository';

export const presentJob = (j: JobRow) => ({
  id: j.id, kind: j.kind, status: j.status as 'queued', progress: j.progress, total: j.total, result: j.result ?? null,
  error: j.error, createdAt: j.createdAt.toISOString(), updatedAt: j.updatedAt.toISOString(),
});

/** A job is visible to the user who started it only. */
export async function jobsRoutes(app: ZApp, p: Platform) {
  app.get('/api/jobs/:id', {
    schema: { tags: ['system'], summary: '后台任务进度', params: z.object({ id: z.uuid('任务编号无效') }), response: { 200: jobOut } },
  }, async (req) => {
    const job = await findOwnJob(p.database.db, req.params.id, req.actor!.userId);
    if (!job) throw notFound('任务');
    return presentJob(job);
  });
}
