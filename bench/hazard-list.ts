/**
 * The hazard list (GET /api/hazards) on a seeded database (bench/seed.ts), against three baselines:
 *  1. the real server (server/src/main.ts as a child process, pinned to CPU 0) driven over keep-alive loopback
 *     by this process (pinned to CPU 1) as the bench city and district users, with randomised filters;
 *  2. the same SQL the repository issues for those filters (captured through drizzle's logger), replayed on a
 *     pg pool of the same size with the same concurrency: API p50 / raw-SQL p50;
 *  3. keyword queries with the bigram index (drizzle/0006) and without it (the previous plain-ILIKE shape).
 *
 *   npm run bench:hazards -- [--database-url URL] [--concurrency 16] [--seconds 20] [--pool 10] [--listed-share 0.1]
 *
 * PostgreSQL settings are read and recorded, never changed. Results: bench/results/hazard-list-<date>.json.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { drizzle } from 'drizzle-orm/node-postgres';
import type { Scope } from '@contracts/access';
import { openDatabase, schema, type Db } from '../server/src/platform/db/client';
import { ensureExtensions, runMigrations } from '../server/src/platform/db/migrate';
import { listHazards, SORTS, type HazardFilter } from '../server/src/modules/hazards/hazards.repository';
import { BENCH_PASSWORD, DEFAULT_BENCH_URL, rng } from './seed-data';

const argv = process.argv.slice(2);
const opt = (name: string, dflt: string) => { const i = argv.indexOf(`--${name}`); return i >= 0 ? argv[i + 1]! : dflt; };
const URL_ = opt('database-url', process.env.BENCH_DATABASE_URL ?? DEFAULT_BENCH_URL);
const CONCURRENCY = Number(opt('concurrency', '16'));
const SECONDS = Number(opt('seconds', '20'));
const POOL = Number(opt('pool', '10'));
const PORT = Number(opt('port', '3917'));
/** Share of requests filtering on 挂牌督办 (listed): its correlated subquery scans the table, see docs/quality.md. */
const LISTED_SHARE = Number(opt('listed-share', '0.1'));

/** Keywords regulators would type: common and rare, CJK, one character, mixed with digits and Latin, absent. */
export const KEYWORDS = ['水泵', '顶板', '边坡', '尾矿', '安全出口', '提升', '通风', '排洪', '浸润线', '采空区', '防水门', '警示标志',
  '电缆', '积水', '爆破', '主泵房', '-240m中段', '坝', '泵', '破碎站', '监测', '溜井', '瓦斯抽采', '3#采场'];
const STATUSES = ['reported', 'in_rectification', 'awaiting_acceptance', 'awaiting_delisting', 'closed'];

interface Combo { user: 'city' | 'district'; query: Record<string, string>; filter: Omit<HazardFilter, 'scope'>; sort: string }
function combos(n: number, regions: string[]): Combo[] {
  const r = rng(7);
  return Array.from({ length: n }, () => {
    const user = r.chance(0.5) ? 'city' : 'district';
    const q: Record<string, string> = {};
    if (r.chance(0.5)) q.status = r.pick(STATUSES);
    if (r.chance(0.4)) q.grade = r.chance(0.5) ? 'major' : 'general';
    if (user === 'city' && r.chance(0.4)) q.regionCode = r.pick(regions);
    if (r.chance(0.15)) q.overdue = 'true';
    if (r.next() < LISTED_SHARE) q.listed = 'true';
    if (r.chance(0.25)) q.q = r.pick(KEYWORDS);
    const sort = r.chance(0.8) ? '-registeredAt' : 'registeredAt';
    const filter: Omit<HazardFilter, 'scope'> = { ...q, overdue: q.overdue ? true : undefined, listed: q.listed ? true : undefined };
    return { user, query: { ...q, sort }, filter, sort };
  });
}

const quantiles = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => Number((s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN).toFixed(2));
  return { n: s.length, p50: q(0.5), p95: q(0.95), p99: q(0.99), max: q(1) };
};

/** C workers calling `fn` round-robin over `items` for `seconds`; latencies in ms. */
async function drive<T>(items: T[], seconds: number, fn: (x: T) => Promise<void>) {
  const lat: number[] = [];
  let i = 0;
  let errors = 0;
  const end = performance.now() + seconds * 1000;
  const t0 = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (performance.now() < end) {
      const x = items[i++ % items.length]!;
      const s = performance.now();
      try { await fn(x); lat.push(performance.now() - s); } catch { errors++; }
    }
  }));
  const secs = (performance.now() - t0) / 1000;
  return { perSecond: Number((lat.length / secs).toFixed(1)), errors, ...quantiles(lat) };
}

const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
function request(method: string, p: string, headers: Record<string, string> = {}, body?: string) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: PORT, method, path: p, agent, headers: { ...headers, ...(body ? { 'content-type': 'application/json' } : {}) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function signIn(username: string) {
  const res = await request('POST', '/api/auth/login', {}, JSON.stringify({ username, password: BENCH_PASSWORD }));
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${res.body}`);
  const cookie = (res.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).find((c) => c?.startsWith('msid='));
  return cookie!;
}

function startServer(dataDir: string) {
  const env = { ...process.env, DATABASE_URL: URL_, PORT: String(PORT), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn', SEED_DEMO: 'false',
    DATABASE_POOL_SIZE: String(POOL), LOGIN_IP_PER_MINUTE: '10000', SESSION_IDLE_MINUTES: '600',
    PII_KEYRING: JSON.stringify({ active: 'b1', keys: { b1: 'ab'.repeat(48) } }), BLIND_INDEX_KEY: 'cd'.repeat(32), AUDIT_HMAC_KEY: 'ef'.repeat(32) };
  const cmd = [process.execPath, '--import', 'tsx', 'server/src/main.ts'];
  const pinned = hasTaskset ? ['taskset', '-c', '0', ...cmd] : cmd;
  const child = spawn(pinned[0]!, pinned.slice(1), { env, stdio: ['ignore', 'inherit', 'inherit'] });
  return child;
}

const hasTaskset = (() => { try { execFileSync('taskset', ['-cp', '1', String(process.pid)], { stdio: 'ignore' }); return true; } catch { return false; } })();

async function waitHealthy() {
  for (let i = 0; i < 600; i++) {
    try { if ((await request('GET', '/api/health')).status === 200) return; } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('server did not start');
}

/** The SQL listHazards issues for each filter, captured through drizzle's logger (the queries also run once: warm-up). */
async function captureSql(pool: pg.Pool, list: Combo[]) {
  let captured: { text: string; params: unknown[] }[] = [];
  const db = drizzle(pool, { schema, logger: { logQuery: (text, params) => { captured.push({ text, params }); } } }) as unknown as Db;
  const out: { text: string; params: unknown[] }[][] = [];
  const serial: { ms: number; user: string; query: Record<string, string> }[] = [];
  for (const c of list) {
    captured = [];
    const scope: Scope = c.user === 'city' ? { kind: 'city' } : { kind: 'district', regionCode: '500101' };
    const s = performance.now();
    await listHazards(db, { ...c.filter, scope }, SORTS[c.sort]!, 20);
    serial.push({ ms: Number((performance.now() - s).toFixed(1)), user: c.user, query: c.query });
    out.push(captured);
  }
  return { sqls: out, slowest: serial.sort((a, b) => b.ms - a.ms).slice(0, 10), serial: quantiles(serial.map((x) => x.ms)) };
}

async function main() {
  // The schema the repository selects must be there (migrations added after seeding), before the capture pass.
  const database = await openDatabase({ kind: 'postgres', url: URL_, poolSize: 1 });
  try { await ensureExtensions(database); await runMigrations(database); } finally { await database.close(); }
  const pool = new pg.Pool({ connectionString: URL_, max: POOL });
  const settings = Object.fromEntries(await Promise.all(['shared_buffers', 'work_mem', 'effective_cache_size', 'jit', 'max_parallel_workers_per_gather', 'random_page_cost']
    .map(async (k) => [k, (await pool.query(`SHOW ${k}`)).rows[0][k]])));
  const [{ n: hazardCount }] = (await pool.query<{ n: string }>('SELECT reltuples::bigint::text AS n FROM pg_class WHERE relname = $1', ['hazards'])).rows as [{ n: string }];
  const regions = (await pool.query<{ code: string }>(`SELECT code FROM regions WHERE parent_code = '500000' AND kind <> 'synthetic'`)).rows.map((r) => r.code);
  console.log(`hazards ≈ ${hazardCount}; settings ${JSON.stringify(settings)}; load ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}; taskset ${hasTaskset}`);

  const list = combos(400, regions);
  const { sqls, slowest, serial } = await captureSql(pool, list);
  console.log('one at a time (capture pass)', serial, 'slowest', slowest.slice(0, 5));
  const raw = (qs: { text: string; params: unknown[] }[]) => Promise.all(qs.map((q) => pool.query(q.text, q.params))).then(() => undefined);
  console.log(`captured ${sqls.length} filter combinations (${sqls[0]!.length} queries each)`);

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hazard-list-bench-'));
  const server = startServer(dataDir);
  const loadBefore = os.loadavg();
  let api; let rawRes;
  try {
    await waitHealthy();
    const cookies = { city: await signIn('bench_city'), district: await signIn('bench_district') };
    const get = async (c: Combo) => {
      const res = await request('GET', `/api/hazards?${new URLSearchParams(c.query)}`, { cookie: cookies[c.user] });
      if (res.status !== 200) throw new Error(`${res.status} ${res.body.slice(0, 200)}`);
    };
    const check = await request('GET', `/api/hazards?${new URLSearchParams(list[0]!.query)}`, { cookie: cookies[list[0]!.user] });
    if (check.status !== 200) throw new Error(`GET /api/hazards: ${check.status} ${check.body.slice(0, 300)}`);
    await drive(list, 3, get); // warm-up
    api = await drive(list, SECONDS, get);
    console.log('API', api);
    await drive(sqls, 3, raw);
    rawRes = await drive(sqls, SECONDS, raw);
    console.log('raw SQL', rawRes);
  } finally {
    server.kill('SIGINT');
    await new Promise((r) => server.once('exit', r));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }

  // Keyword: the captured queries that carry a 2+ character keyword, with the bigram clause and without it.
  const kw = sqls.filter((qs, i) => list[i]!.filter.q && [...list[i]!.filter.q!].length >= 2);
  // The previous shape: ILIKE alone (platform/db/keyword.ts writes a 2-character CJK word as its one gram).
  const grams = /text_bigrams\("hazards"\."description"\) @> text_bigrams\((\$\d+)::text\) AND /g;
  const pair = /\(text_bigrams\("hazards"\."description"\) @> ARRAY\[(\$\d+)::text\]\)/g;
  const plain = kw.map((qs) => qs.map((q) => ({
    text: q.text.replace(grams, '$1::text IS NOT NULL AND ').replace(pair, `("hazards"."description" ILIKE '%' || $1::text || '%')`), params: q.params })));
  if (plain.some((qs) => qs.some((q) => q.text.includes('text_bigrams')))) throw new Error('keyword SQL shape changed: update the plain-ILIKE rewrite');
  const withIndex = await drive(kw, SECONDS / 2, raw);
  const withoutIndex = await drive(plain, SECONDS / 2, raw);
  const keyword = { queries: kw.length, withIndex, withoutIndex };
  console.log('keyword with index', withIndex, 'without (plain ILIKE)', withoutIndex);

  // Single keyword queries: the count the list pays for, with and without the index, and the plan.
  const perWord: Record<string, unknown>[] = [];
  for (const w of ['水泵', '浸润线', '溜井', '瓦斯抽采', '安全出口']) {
    const pat = `%${w}%`;
    const time = async (text: string) => { const s = performance.now(); const r = await pool.query(text, [w, pat]); return { ms: Number((performance.now() - s).toFixed(1)), n: r.rows[0].n }; };
    const idx = await time(`SELECT count(*)::int AS n FROM hazards WHERE text_bigrams(description) @> text_bigrams($1::text) AND description ILIKE $2`);
    const seq = await time(`SELECT count(*)::int AS n FROM hazards WHERE $1::text IS NOT NULL AND description ILIKE $2`);
    perWord.push({ word: w, matches: idx.n, withIndexMs: idx.ms, plainIlikeMs: seq.ms });
  }
  console.table(perWord);
  const plan = (await pool.query(`EXPLAIN (ANALYZE, BUFFERS) SELECT count(*) FROM hazards WHERE text_bigrams(description) @> text_bigrams($1::text) AND description ILIKE $2`, ['浸润线', '%浸润线%']))
    .rows.map((r) => r['QUERY PLAN'] as string);
  console.log(plan.join('\n'));
  await pool.end();

  const result = { date: new Date().toISOString(), database: URL_.replace(/\/\/[^@]*@/, '//'), hazards: Number(hazardCount), concurrency: CONCURRENCY, seconds: SECONDS,
    pool: POOL, listedShare: LISTED_SHARE, pinned: hasTaskset ? 'server CPU 0, load generator CPU 1, PostgreSQL unpinned' : 'no taskset', postgresSettings: settings, settingsChanged: 'none',
    loadAvgBefore: loadBefore, loadAvgAfter: os.loadavg(), api, rawSql: rawRes, apiOverRawP50: api && rawRes ? Number((api.p50 / rawRes.p50).toFixed(2)) : null,
    serialCapturePass: serial, slowestCombos: slowest, keyword, perWord, keywordPlan: plan };
  fs.mkdirSync('bench/results', { recursive: true });
  const file = `bench/results/hazard-list-${result.date.slice(0, 10)}${LISTED_SHARE === 0 ? '-unlisted' : ''}.json`;
  fs.writeFileSync(file, JSON.stringify(result, null, 2));
  console.log(`API/raw p50 = ${result.apiOverRawP50}; written ${file}`);
}

main().catch((err: unknown) => { console.error(err); process.exit(1); });
