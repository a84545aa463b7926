import PgBoss from 'pg-boss';
import type { PGlite } from '@electric-sql/pglite';
import type { Platform } from '../context';
import type { Database } from '../db/client';

/**
 * Schedules and on-demand jobs through pg-boss (its tables live in its own schema `pgboss`, created by pg-boss).
 * PostgreSQL: pg-boss opens its own small pool on the configured connection string. PGlite: pg-boss runs through its
 * `db` adapter over the platform's one embedded database. The in-process jobs of modules/jobs stay as they are.
 */
export interface ScheduledJob {
  name: string;
  /** cron in Asia/Shanghai; absent → the queue only runs jobs sent to it */
  cron?: string;
  /** 'short': at most one job waiting, so a burst of sends coalesces into one run */
  policy?: 'standard' | 'short' | 'singleton' | 'stately';
  run(p: Platform, data: unknown): Promise<unknown>;
}

export interface SchedulerOptions {
  /** how often workers look for jobs (pg-boss default 2 s) */
  pollingIntervalSeconds?: number;
  onError?: (err: unknown) => void;
}

const running = new WeakMap<Platform, PgBoss>();

/** pg-boss's `db` adapter over PGlite: parameterised statements through query(), its multi-statement scripts through exec(). */
export function pgliteAdapter(database: Database): PgBoss.Db {
  const client = (database.db as unknown as { $client: PGlite }).$client;
  return {
    async executeSql(text, values) {
      if (values && values.length > 0) return { rows: (await client.query(text, values)).rows };
      const results = await client.exec(text);
      return { rows: results.at(-1)?.rows ?? [] };
    },
  };
}

export async function startScheduler(p: Platform, jobs: ScheduledJob[], opts: SchedulerOptions = {}): Promise<PgBoss> {
  if (running.has(p)) throw new Error('scheduler already running');
  const c = p.config.database;
  const boss = new PgBoss({
    ...(c.kind === 'postgres' ? { connectionString: c.url, max: 2 } : { db: pgliteAdapter(p.database) }),
    schema: 'pgboss',
    application_name: 'mine-safety-scheduler',
  });
  boss.on('error', opts.onError ?? ((err: unknown) => console.error('pg-boss:', err)));
  await boss.start();
  try {
    for (const job of jobs) {
      const policy = job.policy ?? 'standard';
      const queue = await boss.getQueue(job.name);
      if (!queue) await boss.createQueue(job.name, { name: job.name, policy });
      else if (queue.policy !== policy) await boss.updateQueue(job.name, { name: job.name, policy });
      if (job.cron) await boss.schedule(job.name, job.cron, {}, { tz: 'Asia/Shanghai' });
      await boss.work(job.name, { pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 2 }, async (batch) => {
        for (const j of batch) await job.run(p, j.data);
      });
    }
  } catch (err) {
    // a half-started boss would keep polling a database the shutdown closes
    await boss.stop({ graceful: false }).catch(() => {});
    throw err;
  }
  running.set(p, boss);
  return boss;
}

/** Stops the workers and pg-boss (waits briefly for a running job); a no-op when not started. */
export async function stopScheduler(p: Platform): Promise<void> {
  const boss = running.get(p);
  if (!boss) return;
  running.delete(p);
  await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
}

/**
 * Queue a job. A no-op (null) when this platform runs no scheduler (tests, CLI); never throws, so a caller's
 * request does not fail because a reminder could not be queued.
 */
export async function sendJob(p: Platform, name: string, data: object = {}): Promise<string | null> {
  const boss = running.get(p);
  if (!boss) return null;
  try {
    return await boss.send(name, data);
  } catch (err) {
    console.error(`pg-boss send ${name}:`, err);
    return null;
  }
}
