import type { Platform } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { insertJob, setJob, type JobRow } from './jobs.repository';

export interface JobReporter {
  /** Records progress (throttled: at most about every 250 ms). */
  progress(done: number, total?: number): void;
}

/**
 * Long work (imports, large exports) runs in the background of this process; the client polls
 * GET /api/jobs/:id for status and progress. The job's own work is transactional; progress is not.
 */
export async function startJob(p: Platform, kind: string, ownerUserId: string, params: unknown,
  work: (report: JobReporter) => Promise<unknown>): Promise<JobRow> {
  const job = await insertJob(p.database.db, { kind, ownerUserId, params });
  const db = p.database.db;
  let last = 0;
  let pending: Promise<void> = Promise.resolve();
  const reporter: JobReporter = {
    progress(done, total) {
      const now = Date.now();
      if (now - last < 250) return;
      last = now;
      pending = pending.then(() => setJob(db, job.id, { progress: done, ...(total !== undefined ? { total } : {}) })).catch(() => {});
    },
  };
  setImmediate(async () => {
    try {
      await setJob(db, job.id, { status: 'running' });
      const result = await work(reporter);
      await pending;
      await setJob(db, job.id, { status: 'succeeded', result: result as never, progress: (result as { totalRows?: number })?.totalRows ?? 0 });
    } catch (err) {
      await pending;
      const message = err instanceof AppError ? err.message : '任务失败，请联系管理员';
      await setJob(db, job.id, { status: 'failed', error: message }).catch(() => {});
    }
  });
  return job;
}
