/**
 * The benchmark data generator: fills a PostgreSQL database with a realistic, internally consistent dataset.
 *
 *   npm run bench:seed -- --scale city|province|national [--database-url URL] [--fresh] [--drop] [--drop-only]
 *
 *   city      500 mines /    50,000 hazards      province  3,000 / 100,000      national  30,000 / 1,000,000
 *
 * Default database: postgres://postgres@127.0.0.1:5432/mine_bench (created if missing, then migrated the way the
 * app does: extensions, drizzle migrations, reference regions). `--fresh` drops and recreates it first; without
 * it an already seeded database is refused. `--drop` drops it after seeding (timing runs), `--drop-only` just drops.
 *
 * What is generated: a city-tier 应急管理局 and one per district; enterprises with valid 统一社会信用代码
 * (GB 32100 check character); mines of every kind and status spread over Chongqing's 38 divisions, each located
 * inside its district's outline (random points in the outline's bounding box kept by ST_Contains, in SQL);
 * hazards in every lifecycle state and both grades, with descriptions built from the 判定标准 items and place
 * words, plausible date chains, deadlines (some overdue), extensions, 挂牌督办 with gapless per-agency per-year
 * numbers (hazard_listings + listing_counters), and each hazard's hazard_events timeline matching its state.
 * Bench users (password BENCH_PASSWORD): bench_city (city_supervisor) and bench_district (district_supervisor of
 * 万州区), hashed with the platform's argon2id.
 *
 * NOT generated yet: audit_events for this history (issue 6) — the audit chain stays at its genesis row.
 *
 * Loading: rows are generated here with a seeded random source (same scale → same data) and sent as multi-row
 * INSERT … SELECT FROM unnest($1::type[], …) batches; secondary indexes of hazards and hazard_events are dropped
 * first and rebuilt after loading (their definitions are read back from pg_indexes), then VACUUM ANALYZE.
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { openDatabase } from '../server/src/platform/db/client';
import { ensureExtensions, runMigrations } from '../server/src/platform/db/migrate';
import { loadReferenceRegions } from '../server/src/modules/regions/regions.reference';
import { hashPassword } from '../server/src/platform/auth/password';
import {
  BENCH_PASSWORD, DEFAULT_BENCH_URL, creditCode, enterpriseName, hazardLife, loadCriteria, mineral, personName, rng, shanghaiDay,
  type EventRow, type ExtensionRow, type HazardRow, type ListingDraft, type MineKind, type MineRef,
} from './seed-data';

const SCALES = { city: { mines: 500, hazards: 50_000 }, province: { mines: 3_000, hazards: 100_000 }, national: { mines: 30_000, hazards: 1_000_000 } };
type Scale = keyof typeof SCALES;

const argv = process.argv.slice(2);
const opt = (name: string) => { const i = argv.indexOf(`--${name}`); return i >= 0 ? argv[i + 1] : undefined; };
const flag = (name: string) => argv.includes(`--${name}`);

const t0 = performance.now();
const log = (msg: string) => console.log(`[${((performance.now() - t0) / 1000).toFixed(1).padStart(6)} s] ${msg}`);
const rate = (n: number, ms: number) => `${n.toLocaleString('en')} rows in ${(ms / 1000).toFixed(1)} s (${Math.round(n / (ms / 1000)).toLocaleString('en')} rows/s)`;

/**
 * Multi-row insert: one parameter per column (an array), unnest'ed server-side. A column typed `text[]` or
 * `geometry` travels as text (an array literal, EWKT) and is cast in the SELECT (unnest would flatten arrays).
 */
async function bulkInsert(c: pg.Client, table: string, cols: [string, string][], rows: Record<string, unknown>[]) {
  if (!rows.length) return;
  const params = cols.map(([name]) => rows.map((r) => r[name] ?? null));
  const viaText = (t: string) => t.endsWith('[]') || t === 'geometry';
  const text = `INSERT INTO ${table} (${cols.map(([n]) => n).join(', ')})
    SELECT ${cols.map(([n, t]) => (viaText(t) ? `${n}::${t}` : n)).join(', ')}
    FROM unnest(${cols.map(([, t], i) => `$${i + 1}::${viaText(t) ? 'text' : t}[]`).join(', ')}) AS u(${cols.map(([n]) => n).join(', ')})`;
  await c.query(text, params);
}

async function adminQuery(url: string, text: string) {
  const u = new URL(url);
  u.pathname = '/postgres';
  const c = new pg.Client({ connectionString: u.toString() });
  await c.connect();
  try { return await c.query(text); } finally { await c.end(); }
}

function diskReport(scale: Scale) {
  const { hazards } = SCALES[scale];
  // Measured at national scale (see docs/quality.md): ≈ 1.4 kB per hazard including its events, listings and indexes (1,403 MB).
  const needMiB = Math.ceil((hazards * 1500) / 1024 / 1024) + 200;
  let free = 'unknown';
  try { free = execFileSync('df', ['-h', '--output=avail', '/var/lib/postgresql'], { encoding: 'utf8' }).split('\n')[1]!.trim(); } catch { /* not local */ }
  log(`scale ${scale}: ${SCALES[scale].mines.toLocaleString('en')} mines, ${hazards.toLocaleString('en')} hazards; needs ≈ ${needMiB.toLocaleString('en')} MiB; free on /var/lib/postgresql: ${free}`);
}

async function main() {
  const url = opt('database-url') ?? DEFAULT_BENCH_URL;
  const dbName = new URL(url).pathname.slice(1);
  if (!/^[a-z_][a-z0-9_]*$/.test(dbName)) throw new Error(`unexpected database name ${dbName}`);
  const exists = async () => (await adminQuery(url, `SELECT 1 FROM pg_database WHERE datname = '${dbName}'`)).rowCount === 1;
  if (flag('drop-only')) {
    await adminQuery(url, `DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    return log(`dropped ${dbName}`);
  }
  const scale = (opt('scale') ?? 'city') as Scale;
  if (!SCALES[scale]) throw new Error('--scale must be city, province or national');
  diskReport(scale);
  if (flag('fresh')) await adminQuery(url, `DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  if (!(await exists())) { await adminQuery(url, `CREATE DATABASE ${dbName}`); log(`created ${dbName}`); }

  const database = await openDatabase({ kind: 'postgres', url, poolSize: 2 });
  try {
    await ensureExtensions(database);
    await runMigrations(database);
    await loadReferenceRegions(database.db);
  } finally { await database.close(); }
  log('migrated, reference regions loaded');

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const [{ n }] = (await client.query<{ n: string }>('SELECT count(*)::text AS n FROM hazards')).rows as [{ n: string }];
    if (n !== '0') throw new Error(`${dbName} already holds ${n} hazards: use --fresh to start over`);
    await client.query('SET synchronous_commit = off');
    await seed(client, scale);
    const size = (await client.query<{ s: string }>(`SELECT pg_size_pretty(pg_database_size('${dbName}')) AS s`)).rows[0]!.s;
    log(`done: database ${dbName} is ${size}; total ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  } finally { await client.end(); }
  if (flag('drop')) { await adminQuery(url, `DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`); log(`dropped ${dbName}`); }
}

const KINDS: { kinds: MineKind[]; w: number }[] = [
  { kinds: ['underground'], w: 0.42 }, { kinds: ['open_pit'], w: 0.38 }, { kinds: ['underground', 'open_pit'], w: 0.06 }, { kinds: ['tailings_pond'], w: 0.14 },
];
const STATUSES: [string, number][] = [['production', 0.6], ['construction', 0.08], ['suspended_rectification', 0.07], ['construction_halted', 0.04], ['suspended', 0.13], ['closed', 0.08]];
const weighted = <T>(r: ReturnType<typeof rng>, xs: [T, number][]) => { let u = r.next(); for (const [x, w] of xs) { if ((u -= w) < 0) return x; } return xs[0]![0]; };

async function seed(c: pg.Client, scale: Scale) {
  const { mines: M, hazards: H } = SCALES[scale];
  const r = rng(20261129);
  const regions = (await c.query<{ code: string; name: string }>(`SELECT code, name FROM regions WHERE parent_code = '500000' AND kind <> 'synthetic' ORDER BY sort_order`)).rows;

  // Agencies and bench users.
  const agencyByRegion = new Map<string, string>();
  const city = (await c.query<{ id: string }>(`INSERT INTO agencies (name, kind, tier, region_code) VALUES ('重庆市应急管理局', 'emergency_management', 'city', '500000') RETURNING id`)).rows[0]!.id;
  for (const g of regions) {
    agencyByRegion.set(g.code, (await c.query<{ id: string }>(`INSERT INTO agencies (name, kind, tier, region_code) VALUES ($1, 'emergency_management', 'district', $2) RETURNING id`,
      [`${g.name}应急管理局`, g.code])).rows[0]!.id);
  }
  const hash = await hashPassword(BENCH_PASSWORD);
  await c.query(`INSERT INTO users (username, display_name, password_hash, org_type, agency_id, roles) VALUES
    ('bench_city', '基准测试市级', $1, 'agency', $2, '{city_supervisor}'), ('bench_district', '基准测试万州', $1, 'agency', $3, '{district_supervisor}')`,
  [hash, city, agencyByRegion.get('500101')]);
  log(`agencies ${regions.length + 1}, users bench_city / bench_district (password ${BENCH_PASSWORD})`);

  // Points inside each district, in SQL: random points in the outline's bounding box kept by ST_Contains.
  let ts = performance.now();
  const perRegion = Math.ceil(M / regions.length);
  const pts = (await c.query<{ code: string; lon: number; lat: number }>(`
    SELECT r.code, ST_X(p.pt) AS lon, ST_Y(p.pt) AS lat FROM regions r
    CROSS JOIN LATERAL (
      SELECT pt FROM (SELECT ST_SetSRID(ST_MakePoint(ST_XMin(r.outline) + random() * (ST_XMax(r.outline) - ST_XMin(r.outline)),
                                                     ST_YMin(r.outline) + random() * (ST_YMax(r.outline) - ST_YMin(r.outline))), 4326) AS pt
                      FROM generate_series(1, $1::int * 6)) c
      WHERE ST_Contains(r.outline, c.pt) LIMIT $1::int) p
    WHERE r.parent_code = '500000' AND r.outline IS NOT NULL`, [perRegion])).rows;
  const pointsOf = new Map<string, { lon: number; lat: number }[]>();
  for (const p of pts) (pointsOf.get(p.code) ?? pointsOf.set(p.code, []).get(p.code)!).push(p);
  log(`mine locations: ${rate(pts.length, performance.now() - ts)}`);

  // Enterprises (some with several mines) and mines.
  ts = performance.now();
  const codes = new Set<string>();
  const ents: Record<string, unknown>[] = [];
  const mineRows: Record<string, unknown>[] = [];
  const mineRefs: MineRef[] = [];
  let ent: { id: string; name: string; region: string } | undefined;
  const used = new Map<string, number>();
  for (let i = 0; i < M; i++) {
    const g = regions[Math.floor((i * regions.length) / M)]!; // districts in blocks, so an enterprise's mines share one
    const n = used.get(g.code) ?? 0;
    used.set(g.code, n + 1);
    if (!ent || ent.region !== g.code || r.chance(0.75)) {
      let code: string;
      do code = creditCode(r, g.code); while (codes.has(code));
      codes.add(code);
      ent = { id: randomUUID(), name: enterpriseName(r, g.name, ents.length + 1), region: g.code };
      ents.push({ id: ent.id, name: ent.name, credit_code: code, region_code: g.code, address: `重庆市${g.name}${r.pick(['工业园区', '镇', '乡', '街道'])}${r.int(1, 300)}号`,
        legal_representative: personName(r), contact_name: personName(r) });
    }
    const kinds = weighted(r, KINDS.map((k) => [k.kinds, k.w] as [MineKind[], number]));
    const tail = kinds[0] === 'tailings_pond';
    const p = pointsOf.get(g.code)?.[n];
    const from = 2010 + r.int(0, 12);
    const expired = r.chance(0.02);
    const id = randomUUID();
    mineRows.push({ id, enterprise_id: ent.id, region_code: g.code, name: `${ent.name.replace(/有限公司.*$/, '')}${tail ? '尾矿库' : r.pick(['一矿', '二矿', '采石场', '矿区', '矿山'])}${i}`,
      kinds: `{${kinds.join(',')}}`, mineral: tail ? null : mineral(r), scale: r.pick(['large', 'medium', 'small', 'small', 'small']),
      status: weighted(r, STATUSES), location: p ? `SRID=4326;POINT(${p.lon} ${p.lat})` : null,
      tailings_grade: tail ? r.pick(['三等', '四等', '五等']) : null, dam_height_m: tail ? r.int(10, 80) : null, capacity_wan_m3: tail ? r.int(5, 900) : null,
      head_over: tail ? r.chance(0.1) : null, mining_licence_no: tail ? null : `C50000020${from}0${String(i).padStart(7, '0')}`,
      // Licences: valid for most mines, expired for about 2% (the closure scan's 无证生产 candidates).
      mining_licence_from: `${from}-0${r.int(1, 9)}-15`, mining_licence_to: `${expired ? 2024 : 2027 + r.int(0, 15)}-06-30`,
      safety_licence_no: `（渝）FM安许证字〔${from}〕${String(i).padStart(6, '0')}`, safety_licence_to: `${expired ? 2025 : 2027 + r.int(0, 2)}-12-31`,
      hydro_complexity: r.pick(['simple', 'medium', 'complex']), positioning_installed: r.chance(0.5) });
    mineRefs.push({ id, enterpriseId: ent.id, regionCode: g.code, kind: kinds[0]!, enterpriseName: ent.name });
  }
  for (let i = 0; i < ents.length; i += 5000) {
    await bulkInsert(c, 'enterprises', [['id', 'uuid'], ['name', 'text'], ['credit_code', 'text'], ['region_code', 'text'], ['address', 'text'],
      ['legal_representative', 'text'], ['contact_name', 'text']], ents.slice(i, i + 5000));
  }
  for (let i = 0; i < mineRows.length; i += 5000) {
    await bulkInsert(c, 'mines', [['id', 'uuid'], ['enterprise_id', 'uuid'], ['region_code', 'text'], ['name', 'text'], ['kinds', 'text[]'],
      ['mineral', 'text'], ['scale', 'text'], ['status', 'text'], ['location', 'geometry'], ['tailings_grade', 'text'], ['dam_height_m', 'numeric'],
      ['capacity_wan_m3', 'numeric'], ['head_over', 'boolean'], ['mining_licence_no', 'text'], ['mining_licence_from', 'date'], ['mining_licence_to', 'date'],
      ['safety_licence_no', 'text'], ['safety_licence_to', 'date'], ['hydro_complexity', 'text'], ['positioning_installed', 'boolean']], mineRows.slice(i, i + 5000));
  }
  log(`enterprises + mines: ${rate(ents.length + mineRows.length, performance.now() - ts)} (${ents.length} enterprises, ${mineRows.length} mines)`);
  await loadHazards(c, r, mineRefs, H, agencyByRegion, city, new Map(regions.map((g) => [g.code, g.name])));
}

const HAZARD_COLS: [string, string][] = [
  ['id', 'uuid'], ['mine_id', 'uuid'], ['enterprise_id', 'uuid'], ['region_code', 'text'], ['source', 'text'], ['grade', 'text'],
  ['standard_item_code', 'text'], ['standard_situation_code', 'text'], ['standard_version', 'text'], ['description', 'text'], ['place_text', 'text'],
  ['found_at', 'timestamptz'], ['found_by', 'text'], ['registered_at', 'timestamptz'], ['status', 'text'], ['deadline', 'date'],
  ['stop_production', 'boolean'], ['workers_withdrawn', 'boolean'], ['plan_goal', 'text'], ['plan_measures', 'text'], ['plan_funds_materials', 'text'],
  ['plan_responsible_people', 'text'], ['plan_deadline', 'date'], ['interim_measures', 'text'], ['plan_submitted_at', 'timestamptz'],
  ['rejection_reason', 'text'], ['return_reason', 'text'], ['closed_at', 'timestamptz'], ['version', 'int'], ['created_at', 'timestamptz'], ['updated_at', 'timestamptz'],
];
const EVENT_COLS: [string, string][] = [['hazard_id', 'uuid'], ['seq', 'int'], ['action', 'text'], ['from_status', 'text'], ['to_status', 'text'], ['note', 'text'], ['payload', 'jsonb'], ['at', 'timestamptz']];
const EXT_COLS: [string, string][] = [['hazard_id', 'uuid'], ['requested_deadline', 'date'], ['previous_deadline', 'date'], ['reason', 'text'], ['status', 'text'], ['requested_at', 'timestamptz'], ['decided_at', 'timestamptz'], ['decision_note', 'text']];

/** Secondary indexes of the bulk tables: dropped before loading, rebuilt from their saved definitions after. */
async function dropSecondaryIndexes(c: pg.Client) {
  const { rows } = await c.query<{ indexname: string; indexdef: string }>(`
    SELECT i.indexname, i.indexdef FROM pg_indexes i
    WHERE i.schemaname = 'public' AND i.tablename IN ('hazards', 'hazard_events', 'hazard_extensions', 'hazard_listings')
      AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conname = i.indexname)`);
  for (const x of rows) await c.query(`DROP INDEX ${x.indexname}`);
  return rows;
}

async function loadHazards(c: pg.Client, r: ReturnType<typeof rng>, mines: MineRef[], H: number, agencyByRegion: Map<string, string>, city: string, regionName: Map<string, string>) {
  const { version, byKind } = loadCriteria();
  const indexes = await dropSecondaryIndexes(c);
  log(`dropped ${indexes.length} secondary indexes for the load`);
  const now = Date.now();
  const BATCH = 5000;
  const listings: ListingDraft[] = [];
  const states = new Map<string, number>();
  let events = 0;
  let extensions = 0;
  const ts = performance.now();
  let pending: Promise<unknown> = Promise.resolve();
  for (let done = 0; done < H; done += BATCH) {
    const hs: HazardRow[] = [];
    const evs: EventRow[] = [];
    const exts: ExtensionRow[] = [];
    for (let i = done; i < Math.min(H, done + BATCH); i++) {
      // A few mines have many hazards (the long tail a district sees), most have a handful.
      const m = mines[r.chance(0.2) ? r.int(0, Math.max(0, Math.floor(mines.length / 50))) : r.int(0, mines.length - 1)]!;
      const life = hazardLife(r, m, byKind[m.kind], version, now);
      const last = life.ev.at(-1)!.at;
      hs.push({ ...life.h, created_at: life.h.registered_at, updated_at: last } as HazardRow);
      for (const e of life.ev) evs.push({ ...e, hazard_id: life.h.id });
      if (life.listing) listings.push(life.listing);
      if (life.extension) exts.push(life.extension);
      states.set(`${life.h.grade}/${life.h.status}`, (states.get(`${life.h.grade}/${life.h.status}`) ?? 0) + 1);
    }
    events += evs.length;
    extensions += exts.length;
    await pending; // generate the next batch while this one is written
    pending = (async () => {
      await c.query('BEGIN');
      await bulkInsert(c, 'hazards', HAZARD_COLS, hs as never);
      for (let i = 0; i < evs.length; i += 20_000) await bulkInsert(c, 'hazard_events', EVENT_COLS, evs.slice(i, i + 20_000) as never);
      await bulkInsert(c, 'hazard_extensions', EXT_COLS, exts as never);
      await c.query('COMMIT');
    })();
    if ((done / BATCH) % 20 === 19) log(`hazards ${(done + BATCH).toLocaleString('en')} / ${H.toLocaleString('en')}: ${rate(done + BATCH, performance.now() - ts)}`);
  }
  await pending;
  log(`hazards: ${rate(H, performance.now() - ts)}; events ${events.toLocaleString('en')}, extensions ${extensions.toLocaleString('en')}`);
  log(`states: ${[...states].sort().map(([k, v]) => `${k} ${v}`).join(', ')}`);

  // 挂牌督办: numbered per agency and Shanghai year in listing order, without gaps; the counters hold the last number.
  let ts2 = performance.now();
  listings.sort((a, b) => a.listedAt.getTime() - b.listedAt.getTime());
  const counters = new Map<string, number>();
  const rows = listings.map((l) => {
    const agency = l.byCity ? city : agencyByRegion.get(l.regionCode)!;
    const year = Number(shanghaiDay(l.listedAt).slice(0, 4));
    const key = `${agency}|${year}`;
    const number = (counters.get(key) ?? 0) + 1;
    counters.set(key, number);
    const prefix = l.byCity ? '渝矿督' : `${regionName.get(l.regionCode)!.replace(/(土家族苗族自治县|苗族土家族自治县|土家族自治县|自治县|区|县)$/, '')}矿督`;
    return { hazard_id: l.hazardId, agency_id: agency, year, number, doc_no: `${prefix}〔${year}〕${number}号`, deadline: l.deadline,
      requirements: '按整改方案完成整改，按期报送整改情况', responsible_unit: l.responsibleUnit, status: l.status, listed_at: l.listedAt, delisted_at: l.delistedAt,
      verification_note: l.delistedAt ? '现场核查整改到位' : null };
  });
  for (let i = 0; i < rows.length; i += 5000) {
    await bulkInsert(c, 'hazard_listings', [['hazard_id', 'uuid'], ['agency_id', 'uuid'], ['year', 'int'], ['number', 'int'], ['doc_no', 'text'], ['deadline', 'date'],
      ['requirements', 'text'], ['responsible_unit', 'text'], ['status', 'text'], ['listed_at', 'timestamptz'], ['delisted_at', 'timestamptz'], ['verification_note', 'text']], rows.slice(i, i + 5000));
  }
  await bulkInsert(c, 'listing_counters', [['agency_id', 'uuid'], ['year', 'int'], ['last_number', 'int']],
    [...counters].map(([k, n]) => ({ agency_id: k.split('|')[0], year: Number(k.split('|')[1]), last_number: n })));
  log(`listings: ${rate(rows.length, performance.now() - ts2)} (${counters.size} agency-years)`);

  ts2 = performance.now();
  for (const x of indexes) {
    const s = performance.now();
    await c.query(x.indexdef);
    log(`  index ${x.indexname}: ${((performance.now() - s) / 1000).toFixed(1)} s`);
  }
  log(`rebuilt ${indexes.length} indexes in ${((performance.now() - ts2) / 1000).toFixed(1)} s`);
  ts2 = performance.now();
  await c.query('VACUUM (ANALYZE) hazards, hazard_events, hazard_listings, hazard_extensions, mines, enterprises, listing_counters');
  log(`vacuum analyze: ${((performance.now() - ts2) / 1000).toFixed(1)} s`);
}

main().catch((err: unknown) => { console.error(err); process.exit(1); });
