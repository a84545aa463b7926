/**
 * How long do writers queue behind the audit chain? Compares the platform's writeTx (business work first,
 * chain-head lock taken last) with the naive order (lock the chain first, then do the work) on PostgreSQL,
 * with the same concurrency and the same simulated business work per transaction.
 *
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/mine_bench npx tsx bench/audit-chain.ts [--tx 400] [--concurrency 16] [--work-ms 5]
 *
 * Writes bench/results/audit-chain-<date>.json and prints a Markdown table (throughput as a ratio of the
 * naive baseline measured in the same run).
 */
import fs from 'node:fs';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../server/src/config';
import { createPlatform } from '../server/src/platform/boot';
import { writeTx, type Platform } from '../server/src/platform/context';
import { appendAuditEvents } from '../server/src/platform/audit/writer';
import type { Tx } from '../server/src/platform/db/client';

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const TX = arg('tx', 400);
const CONCURRENCY = arg('concurrency', 16);
const WORK_MS = arg('work-ms', 5);

async function businessWork(tx: Tx, i: number) {
  // A row write plus server-side work (validation queries, joins) the transaction holds its locks through.
  await tx.execute(sql`INSERT INTO settings (key, value) VALUES (${`bench-${i % 64}`}, ${JSON.stringify({ i })}::jsonb)
    ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`);
  await tx.execute(sql`SELECT pg_sleep(${WORK_MS / 1000})`);
}

const ctx = { requestId: 'bench', ip: '127.0.0.1', actor: null };
const entry = (i: number) => ({ entityType: 'bench', entityId: String(i), action: 'update', after: { i } });

async function lockLast(p: Platform, i: number) {
  await writeTx(p, ctx, async (tx, audit) => { await businessWork(tx, i); audit(entry(i)); });
}

async function lockFirst(p: Platform, i: number) {
  await p.database.db.transaction(async (tx) => {
    await tx.execute(sql`SELECT seq FROM audit_chain_head WHERE id = 1 FOR UPDATE`);
    await businessWork(tx as Tx, i);
    await appendAuditEvents(tx as Tx, p.auditKey, { actorUserId: null, actorUsername: null, actorRole: null, actorOrgId: null, requestId: 'bench', ip: null }, [entry(i)]);
  });
}

async function run(p: Platform, fn: (p: Platform, i: number) => Promise<void>) {
  const latencies: number[] = [];
  let next = 0;
  const t0 = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (next < TX) {
      const i = next++;
      const s = performance.now();
      await fn(p, i);
      latencies.push(performance.now() - s);
    }
  }));
  const seconds = (performance.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  const q = (x: number) => latencies[Math.min(latencies.length - 1, Math.floor(x * latencies.length))]!;
  return { txPerSecond: TX / seconds, p50: q(0.5), p95: q(0.95), p99: q(0.99) };
}

async function main() {
  const url = process.env.BENCH_DATABASE_URL;
  if (!url) throw new Error('set BENCH_DATABASE_URL to a PostgreSQL database (it will be migrated; bench rows go to settings/audit_events)');
  const config = loadConfig({ DATABASE_URL: url, DATA_DIR: '.tmp/bench', LOG_LEVEL: 'silent', SEED_DEMO: 'false', DATABASE_POOL_SIZE: String(CONCURRENCY) });
  const p = await createPlatform(config);
  try {
    await run(p, lockLast); // warm-up
    const naive = await run(p, lockFirst);
    const ours = await run(p, lockLast);
    const result = { date: new Date().toISOString(), tx: TX, concurrency: CONCURRENCY, workMs: WORK_MS, naiveLockFirst: naive, lockLast: ours,
      throughputRatio: ours.txPerSecond / naive.txPerSecond, p95Ratio: ours.p95 / naive.p95 };
    fs.mkdirSync('bench/results', { recursive: true });
    fs.writeFileSync(`bench/results/audit-chain-${result.date.slice(0, 10)}.json`, JSON.stringify(result, null, 2));
    const f = (n: number) => n.toFixed(1);
    console.log(`| order | tx/s | p50 ms | p95 ms | p99 ms |\n|---|---|---|---|---|`);
    console.log(`| chain lock first (baseline) | ${f(naive.txPerSecond)} | ${f(naive.p50)} | ${f(naive.p95)} | ${f(naive.p99)} |`);
    console.log(`| chain lock last (writeTx) | ${f(ours.txPerSecond)} | ${f(ours.p50)} | ${f(ours.p95)} | ${f(ours.p99)} |`);
    console.log(`throughput ratio (last/first): ${result.throughputRatio.toFixed(2)}×, p95 ratio: ${result.p95Ratio.toFixed(2)}`);
  } finally {
    await p.database.close();
  }
}

void main();
