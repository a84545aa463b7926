import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { jobs } from '../../platform/db/schema';

export type JobRow = typeof jobs.$inferSelect;

export async function insertJob(db: Executor, v: { kind: string; ownerUserId: string; params?: unknown; total?: number }): Promise<JobRow> {
  const [row] = await db.insert(jobs).values({ kind: v.kind, status: 'queued', ownerUserId: v.ownerUserId, params: v.params ?? null, total: v.total ?? null }).returning();
  return row!;
}

export async function findOwnJob(db: Executor, id: string, ownerUserId: string): Promise<JobRow | undefined> {
  const [row] = await db.select().from(jobs).where(and(eq(jobs.id, id), eq(jobs.ownerUserId, ownerUserId)));
  return row;
}

export async function setJob(db: Executor, id: string, v: Partial<Pick<JobRow, 'status' | 'progress' | 'total' | 'result' | 'error'>>): Promise<void> {
  await db.update(jobs).set({ ...v, updatedAt: sql`now()` }).where(eq(jobs.id, id));
}

/** Jobs left running by a process that died are failed at boot, so nobody waits for them forever. */
export async function failAbandonedJobs(db: Executor): Promise<void> {
  await db.update(jobs).set({ status: 'failed', error: '服务重启，任务已中断，请重新提交', updatedAt: sql`now()` })
    .where(sql`${jobs.status} IN ('queued', 'running')`);
}
