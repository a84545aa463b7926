/**
 * Hazard ledger (隐患台账) export: rows/second and peak RSS for an N-row export, xlsx and csv, written to a
 * byte-counting sink (no disk, no network). Not a test.
 *
 *   npx tsx bench/hazard-ledger.ts [--rows 5000]                      # fresh PGlite in a temp DATA_DIR
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/mine_bench npx tsx bench/hazard-ledger.ts
 *
 * PGlite runs inside this process, so its RSS includes the database; compare 'RSS before' with the peak.
 * The hazards are inserted into a synthetic tenant of their own; on PostgreSQL they are left in place.
 *
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/mine_bench npx tsx bench/hazard-ledger.ts --seeded
 *
 * --seeded: nothing is inserted; a city supervisor exports the seeded (bench/seed.ts) major hazards — 116,154
 * of the national scale's 1,000,000 — so --rows is ignored.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { ROLE_PERMISSIONS } from '@contracts/access';
import { loadConfig } from '../server/src/config';
import { createPlatform } from '../server/src/platform/boot';
import type { Actor } from '../server/src/platform/access/actor';
import { createTenant } from '../server/test/factories';
import { writeLedger, type LedgerFormat } from '../server/src/modules/hazard-ledger/hazard-ledger.service';

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const ROWS = arg('rows', 5000);
const SEEDED = process.argv.includes('--seeded');

// Throwaway keys for a throwaway database (same shape as the test keys).
const KEYS = {
  PII_KEYRING: JSON.stringify({ active: 'b1', keys: { b1: 'ab'.repeat(48) } }),
  BLIND_INDEX_KEY: 'cd'.repeat(32),
  AUDIT_HMAC_KEY: 'ef'.repeat(32),
};
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-bench-'));
const url = process.env.BENCH_DATABASE_URL;
const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', SEED_DEMO: 'false', ...KEYS, ...(url ? { DATABASE_URL: url } : {}) });
const p = await createPlatform(config);
try {
  const t = SEEDED ? undefined : await createTenant(p);
  if (t) await p.database.query(`
    INSERT INTO hazards (mine_id, enterprise_id, region_code, source, grade, standard_item_code, standard_situation_code, description,
      place_text, found_at, found_by, status, deadline)
    SELECT $1, $2, $3, 'regulator_inspection', CASE WHEN g % 10 = 0 THEN 'major' ELSE 'general' END, 'UG-07', 'UG-07.1',
      CASE WHEN g % 100 = 0 THEN '=HYPERLINK("http://x","y")' ELSE '井下巷道顶板浮石未及时清理，支护不到位，第' || g || '号' END,
      '-120m中段', now() - (g || ' minutes')::interval, '安全员 王某', 'in_rectification', (now() + interval '10 days')::date
    FROM generate_series(1, $4::int) g`, [t.mine.id, t.enterprise.id, t.region.code, ROWS]);

  const actor: Actor = t ? {
    kind: 'user', userId: t.users.districtSupervisor.id, username: 'bench', displayName: 'bench', roles: ['district_supervisor'],
    permissions: new Set(ROLE_PERMISSIONS.district_supervisor), orgType: 'agency', orgId: t.agency.id, orgName: t.agency.name,
    tier: 'district', scope: { kind: 'district', regionCode: t.region.code },
  } : {
    kind: 'user', userId: '00000000-0000-0000-0000-000000000000', username: 'bench', displayName: 'bench', roles: ['city_supervisor'],
    permissions: new Set(ROLE_PERMISSIONS.city_supervisor), orgType: 'agency', orgId: '00000000-0000-0000-0000-000000000000', orgName: 'bench',
    tier: 'city', scope: { kind: 'city' },
  };
  const filter = SEEDED ? { grade: 'major' } : {};

  const results: Record<string, unknown>[] = [];
  for (const format of ['xlsx', 'csv'] as LedgerFormat[]) {
    global.gc?.();
    let bytes = 0;
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 10);
    const sink = new Writable({ write(chunk: Buffer, _enc, cb) { bytes += chunk.length; cb(); } });
    const t0 = performance.now();
    const r = await writeLedger(p, actor, filter, format, sink);
    const ms = performance.now() - t0;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    results.push({ format, database: p.database.kind, rows: r.rows, sheets: r.sheets, ms: Math.round(ms),
      rowsPerSecond: Math.round(r.rows / (ms / 1000)), bytes,
      rssBeforeMiB: Math.round(baseline / 1024 / 1024), peakRssMiB: Math.round(peak / 1024 / 1024) });
  }
  console.log('| format | database | rows | sheets | ms | rows/s | bytes | RSS before (MiB) | peak RSS (MiB) |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const r of results) console.log(`| ${Object.values(r).join(' | ')} |`);
  console.log(`process maxRSS: ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB`);
} finally {
  await p.database.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
