import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/platform/db/client';
import { grantAppRole } from '../../src/platform/db/grants';
import { appliedMigrations, expectedMigrations, runMigrations } from '../../src/platform/db/migrate';
import { verifyAuditChain } from '../../src/modules/audit/audit.verify';
import { prepareDatabase } from '../../src/platform/boot';
import { loadConfig } from '../../src/config';
import { createTenant, signIn } from '../factories';
import { databaseKinds } from '../harness';
import { AUDIT_KEY, ScratchDatabases, serverOn } from './isolated';

/** The app's PostgreSQL role may read and append audit events, never change or disable them. */
describe.each(databaseKinds())('app role grants on %s', (kind) => {
  if (kind === 'pglite') {
    it.skip('not applicable: PGlite is one embedded superuser without roles or grants', () => {});
    return;
  }
  const scratch = new ScratchDatabases('mine_grants');
  const role = `mine_app_${randomBytes(4).toString('hex')}`;
  afterAll(async () => {
    await scratch.dispose(); // the role's privileges go with the scratch database
    const admin = await openDatabase({ kind: 'postgres', url: process.env.TEST_DATABASE_URL!, poolSize: 1 });
    await admin.query(`DROP ROLE IF EXISTS ${role}`);
    await admin.close();
  });

  let scratchUrl = '';

  it('grants SELECT/INSERT on audit_events and nothing else; the role cannot disable the triggers', async () => {
    const { database, url } = await scratch.create('postgres');
    scratchUrl = url!;
    await database.query(`CREATE ROLE ${role} LOGIN`); // LOGIN for the next test (trust auth on the test server)
    await expect(grantAppRole(database, 'postgres')).rejects.toThrow('超级用户');
    await expect(grantAppRole(database, 'no_such_role_x')).rejects.toThrow('不存在');
    await grantAppRole(database, role);
    const summary = await grantAppRole(database, role); // idempotent
    expect(summary).toMatchObject({ restricted: ['audit_events', 'audit_chain_head', 'hazard_events', 'hazard_flags'], readOnly: ['spatial_ref_sys'] });

    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      await c.query(`SET ROLE ${role}`);
      const refused = async (stmt: string, message: RegExp) => expect(c.query(stmt), stmt).rejects.toThrow(message);
      await c.query('BEGIN');
      await c.query(`INSERT INTO audit_events (seq, occurred_at, entity_type, action, canonical, prev_hmac, hmac)
        VALUES (999999, now(), 'probe', 'probe', '{}', 'x', 'x')`);
      await c.query('UPDATE audit_chain_head SET seq = seq WHERE id = 1');
      await c.query("INSERT INTO settings (key, value) VALUES ('probe', '{}')");
      expect((await c.query('SELECT count(*)::int AS n FROM audit_events WHERE seq = 999999')).rows[0].n).toBe(1);
      await c.query('ROLLBACK');
      await refused("UPDATE audit_events SET action = 'x'", /permission denied/);
      await refused('DELETE FROM audit_events', /permission denied/);
      await refused('TRUNCATE audit_events', /permission denied/);
      await refused('ALTER TABLE audit_events DISABLE TRIGGER ALL', /must be owner/);
      await refused('DELETE FROM audit_chain_head', /permission denied/);
      await refused("UPDATE hazard_events SET note = 'x'", /permission denied/); // a timeline is appended, never rewritten
      await refused('DELETE FROM hazard_flags', /permission denied/);
      // the scheduler's own schema (pg-boss creates it if missing, even when it exists it asks for CREATE)
      await c.query('CREATE SCHEMA IF NOT EXISTS pgboss_probe');
      await c.query('CREATE SCHEMA IF NOT EXISTS pgboss_probe');
      await c.query('DROP SCHEMA pgboss_probe');
      await refused('INSERT INTO spatial_ref_sys (srid) VALUES (999999)', /permission denied/);
      // What boot and the health check read:
      expect((await c.query('SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations')).rows[0].n).toBe(expectedMigrations());
      expect((await c.query('SELECT count(*)::int AS n FROM regions')).rows[0].n).toBeGreaterThan(30);
    } finally {
      await c.end();
    }
  });

  it('the app runs as that role: sign-in and audited edits work, the chain verifies; migrations need the owner', async () => {
    const u = new URL(scratchUrl);
    u.username = role;
    const asRole = await openDatabase({ kind: 'postgres', url: u.toString(), poolSize: 4 });
    const s = await serverOn(asRole, 'postgres');
    try {
      expect(await appliedMigrations(asRole)).toBe(expectedMigrations());
      const t = await createTenant(s.p);
      const district = await signIn(s.app, t.users.districtSupervisor.username);
      const r = await district.put(`/api/enterprises/${t.enterprise.id}`, { name: `${t.enterprise.name}（改）`, creditCode: t.enterprise.creditCode,
        regionCode: t.region.code, version: 1 });
      expect(r.status, r.body).toBe(200);
      expect(await verifyAuditChain(asRole.db, AUDIT_KEY)).toMatchObject({ ok: true, count: 2 });
      // Why boot must not run the migrator as the app role: even with nothing to apply it issues DDL.
      await expect(runMigrations(asRole)).rejects.toThrow();
      // …and boot does not: with every migration applied it leaves the schema alone.
      await expect(prepareDatabase(loadConfig({ DATABASE_URL: u.toString(), SEED_DEMO: 'false' }), asRole)).resolves.toBeUndefined();
    } finally {
      await s.close();
      await asRole.close();
    }
  });
});
