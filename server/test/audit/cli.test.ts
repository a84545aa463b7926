import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../src/platform/db/client';
import { expectedMigrations } from '../../src/platform/db/migrate';
import { ScratchDatabases } from './isolated';
import { runCli } from './run-cli';
import { tamper } from './chain-fixture';

// Each CLI run is a fresh process; on PGlite it opens the WASM database (tens of seconds on a busy machine).
vi.setConfig({ testTimeout: 300_000 });

const hasPostgres = Boolean(process.env.TEST_DATABASE_URL);

describe('cli', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mine-cli-'));
  const scratch = new ScratchDatabases('mine_cli');
  afterAll(async () => {
    await scratch.dispose();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('prints the usage in Chinese for an unknown command (exit 1)', async () => {
    const r = await runCli(['frobnicate'], { DATA_DIR: tmp });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('未知命令：frobnicate');
    expect(r.stderr).toMatch(/create-admin[\s\S]*audit:verify[\s\S]*db:grant/);
    const refused = await runCli(['seed-demo'], { DATA_DIR: tmp, PRODUCTION: 'true', ALLOW_PGLITE_IN_PRODUCTION: 'true' });
    expect([refused.code, refused.stderr.trim()]).toEqual([1, '生产模式不允许写入演示数据']);
  });

  it('PGlite: create-admin is audited; a busy data dir is refused; audit:verify exits 2 on a broken chain', async () => {
    const dataDir = path.join(tmp, 'pglite-data');
    const created = await runCli(['create-admin', '--username', 'auditor_cli', '--role', 'audit_admin'], { DATA_DIR: dataDir });
    expect(created.code, created.output).toBe(0);
    expect(created.stdout).toMatch(/临时密码（只显示这一次.*）：\S{16}/);

    const held = await openDatabase({ kind: 'pglite', dir: path.join(dataDir, 'pglite') }); // as a running server would
    try {
      const busy = await runCli(['audit:verify'], { DATA_DIR: dataDir });
      expect(busy.code).toBe(1);
      expect(busy.stderr).toContain(`正被进程 ${process.pid} 使用`);
      const events = await held.query<{ actor_user_id: string | null; action: string }>('SELECT actor_user_id, action FROM audit_events ORDER BY seq');
      expect(events).toEqual([{ actor_user_id: null, action: 'cli_create_agency' }, { actor_user_id: null, action: 'cli_create_admin' }]);
      await tamper(held, [`UPDATE audit_events SET after = '{"username":"someone_else"}' WHERE seq = 2`]);
    } finally {
      await held.close();
    }
    const broken = await runCli(['audit:verify'], { DATA_DIR: dataDir });
    expect(broken.code, broken.output).toBe(2);
    expect(broken.stdout).toContain('审计链已损坏：第 2 条（altered）— 第2条审计事件内容被篡改（after）');
  });

  it.skipIf(!hasPostgres)('PostgreSQL: migrate, create-admin, audit:verify with a checkpoint, db:grant, backup and restore', async () => {
    const url = await scratch.createPostgres(false); // empty: migrate creates everything
    const env = { DATA_DIR: path.join(tmp, 'pg-data'), DATABASE_URL: url };
    const migrated = await runCli(['migrate'], env);
    expect(migrated.code, migrated.output).toBe(0);
    expect(migrated.stdout).toContain(`已执行 ${expectedMigrations()} 个迁移`);
    const admin = await runCli(['create-admin', '--username', 'sysadmin_cli', '--password', 'Str0ng!Passw0rd', '--role', 'system_admin'], env);
    expect(admin.code, admin.output).toBe(0);
    expect(admin.stdout).not.toContain('临时密码');

    const checkpoint = path.join(tmp, 'audit-checkpoint-2.json');
    const db = await openDatabase({ kind: 'postgres', url, poolSize: 1 });
    try {
      const [head] = await db.query<{ seq: string; hmac: string }>('SELECT seq::text AS seq, hmac FROM audit_chain_head');
      fs.writeFileSync(checkpoint, JSON.stringify({ seq: Number(head!.seq), hmac: head!.hmac, exportedAt: new Date().toISOString() }));
      expect((await runCli(['audit:verify', '--checkpoint', checkpoint], env)).stdout).toContain('与检查点第 2 条一致');

      const role = `mine_app_${randomBytes(4).toString('hex')}`;
      await db.query(`CREATE ROLE ${role} NOLOGIN`);
      try {
        const granted = await runCli(['db:grant', role], env);
        expect(granted.code, granted.output).toBe(0);
        const [priv] = await db.query<{ ins: boolean; del: boolean }>(
          `SELECT has_table_privilege('${role}', 'audit_events', 'INSERT') AS ins, has_table_privilege('${role}', 'audit_events', 'DELETE') AS del`);
        expect(priv).toEqual({ ins: true, del: false });
      } finally {
        await db.query(`DROP OWNED BY ${role}`);
        await db.query(`DROP ROLE ${role}`);
      }

      const file = path.join(tmp, 'pg.msb.gz');
      const backup = await runCli(['backup', file], env);
      expect(backup.code, backup.output).toBe(0);
      expect(backup.stdout).toContain('恢复后所有用户需重新登录');
      const target = await scratch.createPostgres(false);
      const restored = await runCli(['restore', file], { DATA_DIR: path.join(tmp, 'pg-restored'), DATABASE_URL: target });
      expect(restored.code, restored.output).toBe(0);
      expect(restored.stdout).toContain('审计链 2 条，校验通过');
      expect((await runCli(['restore', file], { DATA_DIR: path.join(tmp, 'pg-restored'), DATABASE_URL: target })).stderr).toContain('不是空库');

      await tamper(db, ['DELETE FROM audit_events WHERE seq = 2', 'UPDATE audit_chain_head SET seq = 1']);
      const plain = await runCli(['audit:verify'], env);
      expect(plain.code, plain.output).toBe(0); // the last row gone leaves a valid, shorter chain …
      const truncated = await runCli(['audit:verify', '--checkpoint', checkpoint], env);
      expect(truncated.code).toBe(2); // … which the checkpoint kept outside exposes
      expect(truncated.stdout).toContain('审计链在第1条之后被截断（检查点为第2条）');
    } finally {
      await db.close();
    }
  });
});
