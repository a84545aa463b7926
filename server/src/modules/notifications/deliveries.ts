import type { Platform } from '../../platform/context';
import { configuredChannels, type NotificationChannel } from './channels';
import * as repo from './deliveries.repository';

export interface DeliveryOptions {
  channels?: NotificationChannel[];
  batch?: number;
  /** how long a claimed delivery stays with this worker before another may retry it */
  leaseMs?: number;
  maxAttempts?: number;
  /** first retry delay; doubled on every further failure, capped at MAX_BACKOFF_MS */
  backoffMs?: number;
}

export interface DeliveryRun { delivered: number; retrying: number; failed: number }

const MAX_BACKOFF_MS = 3_600_000;

export const backoffDelay = (baseMs: number, attempts: number) => Math.min(MAX_BACKOFF_MS, baseMs * 2 ** Math.max(0, attempts - 1));

const errorText = (e: unknown): string => {
  if (!(e instanceof Error)) return String(e);
  const cause = e.cause instanceof Error ? `: ${e.cause.message}` : '';
  return `${e.message}${cause}`;
};

/**
 * One pass of the delivery worker: claim what is due, send each through its channel, record the result (delivered,
 * retry later with exponential backoff, or failed after the last attempt). Safe to run in several processes at once.
 */
export async function deliverDue(p: Platform, opts: DeliveryOptions = {}): Promise<DeliveryRun> {
  const channels = new Map((opts.channels ?? configuredChannels(p.config)).map((c) => [c.name, c]));
  const maxAttempts = opts.maxAttempts ?? p.config.webhook?.maxAttempts ?? 8;
  const backoffMs = opts.backoffMs ?? p.config.webhook?.backoffMs ?? 30_000;
  const leaseMs = opts.leaseMs ?? Math.max(300_000, 3 * (p.config.webhook?.timeoutMs ?? 10_000));
  const db = p.database.db;
  const run: DeliveryRun = { delivered: 0, retrying: 0, failed: 0 };

  const claimed = await repo.claimDue(db, [...channels.keys()], opts.batch ?? 20, leaseMs);
  const outgoing = await repo.loadOutgoing(db, [...new Set(claimed.map((d) => d.notificationId))]);
  await Promise.all(claimed.map(async (d) => {
    try {
      const n = outgoing.get(d.notificationId);
      if (!n) throw new Error('通知不存在');
      const receipt = await channels.get(d.channel)!.deliver(n);
      await repo.markDelivered(db, d, receipt);
      run.delivered += 1;
    } catch (e) {
      const final = d.attempts >= maxAttempts;
      await repo.markAttemptFailed(db, d, errorText(e), final, backoffDelay(backoffMs, d.attempts));
      if (final) run.failed += 1;
      else run.retrying += 1;
    }
  }));
  return run;
}

/** The background loop (main.ts): one pass every `intervalMs`, never two at once in this process; stop() waits for the pass. */
export function startDeliveryWorker(p: Platform, intervalMs = 5_000, onError: (e: unknown) => void = () => {}) {
  let running: Promise<unknown> | null = null;
  const timer = setInterval(() => {
    if (running) return;
    running = deliverDue(p).catch(onError).finally(() => { running = null; });
  }, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
