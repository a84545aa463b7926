import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/platform/db/client';
import { grantAppRole } from '../../src/platform/db/grants';
import { expectedMigrations } from '../../src/platform/db/migrate';
import { databaseKinds } from '../harness';
import { ScratchDatabases } from './isolated';

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

  it('grants SELECT/INSERT on audit_events and nothing else; the role cannot disable the triggers', async () => {
    const { database, url } = await scratch.create('postgres');
    await database.query(`CREATE ROLE ${role} NOLOGIN`);
    await expect(grantAppRole(database, 'postgres')).rejects.toThrow('超级用户');
    await expect(grantAppRole(database, 'no_such_role_x')).rejects.toThrow('不存在');
    await grantAppRole(database, role);
    const summary = await grantAppRole(database, role); // idempotent
    expect(summary).toMatchObject({ restricted: ['audit_events', 'audit_chain_head'], readOnly: ['spatial_ref_sys'] });

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
      await refused('INSERT INTO spatial_ref_sys (srid) VALUES (999999)', /permission denied/);
      // What boot and the health check read:
      expect((await c.query('SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations')).rows[0].n).toBe(expectedMigrations());
      expect((await c.query('SELECT count(*)::int AS n FROM regions')).rows[0].n).toBeGreaterThan(30);
    } finally {
      await c.end();
    }
  });
});
