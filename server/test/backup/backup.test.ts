import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database, Executor } from '../../src/platform/db/client';
import { writeBackup } from '../../src/platform/backup/backup';
import { restoreBackup, type RestoreSummary } from '../../src/platform/backup/restore';
import { expectedMigrations } from '../../src/platform/db/migrate';
import { verifyAuditChain } from '../../src/modules/audit/audit.verify';
import { seedDemo, DEMO_PASSWORD } from '../../src/modules/demo/demo.seed';
import { buildDemoDataset } from '../../src/modules/demo/demo-dataset';
import { signIn } from '../factories';
import { AUDIT_KEY, ScratchDatabases, serverOn } from '../audit/isolated';
import { counts, snapshot } from './snapshot';

// Demo data, several fresh databases and full restores per test.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 300_000 });

const hasPostgres = Boolean(process.env.TEST_DATABASE_URL);
const verifyAudit = (key = AUDIT_KEY) => (tx: Executor) => verifyAuditChain(tx, key);

/** Demo data plus edits through the API, backed up, restored into fresh databases of both kinds. */
describe('backup and restore', () => {
  const scratch = new ScratchDatabases('mine_backup');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mine-backup-'));
  const file = path.join(dir, 'source.msb.gz');
  const sourceFiles = path.join(dir, 'source-files');
  const bigFile = randomBytes(3 * 1024 * 1024 + 1234);
  let source: Database;
  let expected: Record<string, string[]>;

  beforeAll(async () => {
    ({ database: source } = await scratch.create('pglite'));
    const s = await serverOn(source, 'pglite');
    await seedDemo(s.p, buildDemoDataset());
    const city = await signIn(s.app, 'city', DEMO_PASSWORD);
    const list = await city.get('/api/enterprises?limit=2');
    for (const e of list.json.items) {
      const r = await city.put(`/api/enterprises/${e.id}`, { name: `${e.name}（备份前修改）`, creditCode: e.creditCode, regionCode: e.regionCode,
        parentId: e.parentId ?? undefined, version: e.version });
      expect(r.status, r.body).toBe(200);
    }
    await s.close();
    fs.mkdirSync(path.join(sourceFiles, '2026/05'), { recursive: true });
    fs.writeFileSync(path.join(sourceFiles, '2026/05/整改照片.jpg'), randomBytes(5000));
    fs.writeFileSync(path.join(sourceFiles, '2026/05/big.bin'), bigFile);
    fs.writeFileSync(path.join(sourceFiles, 'empty.txt'), '');
    const summary = await writeBackup(source, file, { filesDir: sourceFiles });
    expect(summary.attachments).toBe(3);
    expect(summary.tables.map((t) => t.table)).not.toContain('sessions');
    expect(summary.tables.find((t) => t.table === 'audit_events')!.rows).toBeGreaterThan(3);
    expected = await snapshot(source);
  });
  afterAll(async () => {
    await scratch.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const restoreFresh = async (kind: 'pglite' | 'postgres', from = file, key = AUDIT_KEY) => {
    const { database } = await scratch.create(kind);
    const filesDir = path.join(dir, `files-${randomBytes(3).toString('hex')}`);
    const result: { r?: RestoreSummary; e?: Error } = await restoreBackup(database, from, { filesDir, verifyAudit: verifyAudit(key) })
      .then((r) => ({ r }), (e: Error) => ({ e }));
    return { database, filesDir, ...result };
  };

  it('writes a gzip’d JSON Lines file with a header, table blocks in dependency order and an end line', () => {
    const lines = gunzipSync(fs.readFileSync(file)).toString('utf8').trimEnd().split('\n');
    const header = JSON.parse(lines[0]!);
    expect(header).toMatchObject({ format: 'mine-safety-backup', formatVersion: 1, schemaVersion: expectedMigrations(), database: 'pglite', excluded: ['sessions'] });
    const t = header.tables as string[];
    expect(t.indexOf('regions')).toBeLessThan(t.indexOf('enterprises'));
    expect(t.indexOf('enterprises')).toBeLessThan(t.indexOf('mines'));
    expect(t.indexOf('mines')).toBeLessThan(t.indexOf('positions'));
    expect(JSON.parse(lines.at(-1)!)).toMatchObject({ end: true, attachments: 3 });
    expect(lines.some((l) => l.includes('"0101000020E6100000'))).toBe(true); // a point, SRID 4326, as hex EWKB
  });

  it('PGlite → PGlite: every table equal row for row, attachments intact, chain verifies, users can sign in', async () => {
    const { database, filesDir, r, e } = await restoreFresh('pglite');
    expect(e).toBeUndefined();
    expect(r!.attachments).toBe(3);
    expect(await snapshot(database)).toEqual(expected);
    expect(fs.readFileSync(path.join(filesDir, '2026/05/big.bin')).equals(bigFile)).toBe(true);
    expect(fs.readFileSync(path.join(filesDir, 'empty.txt')).length).toBe(0);
    expect(await verifyAuditChain(database.db, AUDIT_KEY)).toMatchObject({ ok: true, count: r!.auditEvents });
    const s = await serverOn(database, 'pglite');
    const c = await signIn(s.app, 'auditor', DEMO_PASSWORD); // sessions were not restored: signing in again works
    expect((await c.post('/api/audit/verify', {})).json).toMatchObject({ ok: true });
    await s.close();

    const again = await restoreBackup(database, file, { filesDir: path.join(dir, 'other'), verifyAudit: verifyAudit() }).catch((x: Error) => x);
    expect(String(again)).toMatch(/不是空库/);
  });

  it('refuses a corrupted row, a cut-off file, another schema version and a chain under another key, leaving the target empty', async () => {
    const lines = gunzipSync(fs.readFileSync(file)).toString('utf8').split('\n');
    const i = lines.findIndex((l) => l.startsWith('[') && /91500\d/.test(l));
    const bad = (variant: string[]) => {
      const f = path.join(dir, `bad-${randomBytes(3).toString('hex')}.gz`);
      fs.writeFileSync(f, gzipSync(variant.join('\n')));
      return f;
    };
    const corrupted = [...lines];
    corrupted[i] = corrupted[i]!.replace(/91500(\d)/, (_m, d) => `91500${(Number(d) + 1) % 10}`); // one byte
    const header = JSON.parse(lines[0]!);
    const cases: [string, RegExp][] = [
      [bad(corrupted), /数据表 \w+ 校验失败/],
      [bad(lines.slice(0, -3)), /不完整/],
      [bad([JSON.stringify({ ...header, schemaVersion: 1 }), ...lines.slice(1)]), /结构版本为 1/],
    ];
    const { database } = await scratch.create('pglite');
    const before = await snapshot(database);
    for (const [f, message] of cases) {
      await expect(restoreBackup(database, f, { filesDir: path.join(dir, 'never'), verifyAudit: verifyAudit() })).rejects.toThrow(message);
    }
    await expect(restoreBackup(database, file, { filesDir: path.join(dir, 'never'), verifyAudit: verifyAudit(Buffer.alloc(32, 1)) }))
      .rejects.toThrow(/审计链校验失败/);
    expect(await counts(database)).toMatchObject({ users: 0, enterprises: 0, audit_events: 0, head: 0 });
    expect(await snapshot(database)).toEqual(before); // reference regions back, nothing else
    expect(fs.existsSync(path.join(dir, 'never'))).toBe(false);
  });

  it.skipIf(!hasPostgres)('PGlite → PostgreSQL → PGlite: equal row for row both ways', async () => {
    const pg = await restoreFresh('postgres');
    expect(pg.e).toBeUndefined();
    expect(await snapshot(pg.database)).toEqual(expected);
    expect(await verifyAuditChain(pg.database.db, AUDIT_KEY)).toMatchObject({ ok: true });
    const back = path.join(dir, 'from-postgres.msb.gz');
    await writeBackup(pg.database, back, { filesDir: pg.filesDir });
    expect(JSON.parse(gunzipSync(fs.readFileSync(back)).toString('utf8').split('\n')[0]!)).toMatchObject({ database: 'postgres' });
    const lite = await restoreFresh('pglite', back);
    expect(lite.e).toBeUndefined();
    expect(await snapshot(lite.database)).toEqual(expected);
    expect(fs.readFileSync(path.join(lite.filesDir, '2026/05/big.bin')).equals(bigFile)).toBe(true);
  });
});
