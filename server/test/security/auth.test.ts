import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { buildApp, type App } from '../../src/app';
import { createPlatform } from '../../src/platform/boot';
import { loadConfig } from '../../src/config';
import { openTestDatabase, databaseKinds, startTestServer, TEST_KEYS, type TestServer, type DbKind } from '../harness';
import { createCityUser, createTenant, signIn, TEST_PASSWORD, type Tenant } from '../factories';
import { currentTotp } from '../../src/modules/auth/totp';
import { queryRows } from '../../src/platform/db/client';

const login = (app: App, username: string, password: string, extra: object = {}) =>
  app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password, ...extra } });

/** A second app "process": its own database connection and app instance on the same database. */
async function secondApp(kind: DbKind, s: TestServer): Promise<{ app: App; close(): Promise<void> }> {
  if (kind === 'pglite') {
    const app = await buildApp(s.p); // PGlite has one owner process: a second app on the same handle
    return { app, close: () => app.close() };
  }
  const database = await openTestDatabase('postgres');
  const config = loadConfig({ DATA_DIR: s.p.config.dataDir, LOG_LEVEL: 'silent', SEED_DEMO: 'false', ...TEST_KEYS, DATABASE_URL: process.env.TEST_DATABASE_URL, LOGIN_IP_PER_MINUTE: '10000' });
  const p = await createPlatform(config, { database, migrate: false });
  const app = await buildApp(p);
  return { app, close: async () => { await app.close(); await database.close(); } };
}

describe.each(databaseKinds())('authentication on %s', (kind) => {
  let s: TestServer;
  let t: Tenant;
  beforeAll(async () => {
    s = await startTestServer(kind);
    t = await createTenant(s.p);
  });
  afterAll(async () => s?.close());

  it('locks the account after 5 failures counted across two app processes, for everyone', async () => {
    const other = await secondApp(kind, s);
    try {
      const u = t.users.enterpriseStaff.username;
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await login(i % 2 ? other.app : s.app, u, 'Wrong-pass1')).statusCode);
      expect(statuses).toEqual([401, 401, 401, 401, 423]);
      // The right password is refused on both processes while locked.
      expect((await login(s.app, u, TEST_PASSWORD)).statusCode).toBe(423);
      const locked = await login(other.app, u, TEST_PASSWORD);
      expect(locked.statusCode).toBe(423);
      expect(locked.json().message).toMatch(/锁定/);
      const [row] = await queryRows<{ failed_logins: number }>(s.p.database.db, sql`SELECT failed_logins FROM users WHERE username = ${u}`);
      expect(Number(row!.failed_logins)).toBe(5);
    } finally {
      await other.close();
    }
  });

  it('refuses a state-changing request without the CSRF token, or with a wrong one', async () => {
    const c = await signIn(s.app, t.users.districtSupervisor.username);
    const body = { name: '某企业', creditCode: '9144030071526726XG' };
    const none = await s.app.inject({ method: 'POST', url: '/api/enterprises', payload: body, headers: { cookie: c.cookie } });
    expect(none.statusCode).toBe(403);
    expect(none.json().code).toBe('CSRF');
    const wrong = await c.request('POST', '/api/enterprises', body, { 'x-csrf-token': 'x'.repeat(32) });
    expect(wrong.json.code).toBe('CSRF');
    expect((await c.get('/api/me')).status).toBe(200); // reads need no token
  });

  it('issues a new session id at every login and forgets it at logout', async () => {
    const u = t.users.districtSupervisor.username;
    const a = await signIn(s.app, u);
    const b = await signIn(s.app, u);
    expect(a.cookie).not.toEqual(b.cookie);
    expect((await a.post('/api/auth/logout')).status).toBe(200);
    expect((await a.get('/api/me')).status).toBe(401);
    expect((await b.get('/api/me')).status).toBe(200);
    // A session id planted before login is not adopted (fixation): login always sets a fresh one.
    const r = await s.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: u, password: TEST_PASSWORD }, headers: { cookie: 'msid=attacker-chosen' } });
    expect(r.cookies.find((x) => x.name === 'msid')!.value).not.toBe('attacker-chosen');
  });

  it('ends an idle session', async () => {
    const c = await signIn(s.app, t.users.enterpriseAdmin.username);
    await s.p.database.db.execute(sql`UPDATE sessions SET last_seen_at = now() - interval '31 minutes'
      WHERE user_id = ${t.users.enterpriseAdmin.id}`);
    expect((await c.get('/api/me')).status).toBe(401);
  });

  it('rejects weak new passwords and signs other sessions out on change', async () => {
    const u = await createCityUser(s.p, ['city_supervisor']);
    const a = await signIn(s.app, u.username);
    const b = await signIn(s.app, u.username);
    const weak = await a.post('/api/me/password', { currentPassword: TEST_PASSWORD, newPassword: 'abcdefgh' });
    expect(weak.status).toBe(400);
    expect(weak.json.fields.newPassword).toMatch(/三类/);
    expect((await a.post('/api/me/password', { currentPassword: TEST_PASSWORD, newPassword: 'New#Passw0rd' })).status).toBe(200);
    expect((await a.get('/api/me')).status).toBe(200);
    expect((await b.get('/api/me')).status).toBe(401);
  });

  it('throttles logins per IP', async () => {
    const s2 = await startTestServer(kind, { LOGIN_IP_PER_MINUTE: '3' });
    try {
      const codes = [];
      for (let i = 0; i < 4; i++) codes.push((await login(s2.app, 'nobody', 'x')).statusCode);
      expect(codes).toEqual([401, 401, 401, 429]);
    } finally {
      await s2.close();
    }
  });

  it('requires TOTP for admin roles when configured', async () => {
    const s2 = await startTestServer(kind, { REQUIRE_ADMIN_MFA: 'true' });
    try {
      const admin = await createCityUser(s2.p, ['system_admin']);
      const c = await signIn(s2.app, admin.username);
      expect((await c.get('/api/me')).json.mfa.pending).toBe(true);
      const pending = await c.get('/api/regions');
      expect(pending.status, pending.body.slice(0, 200)).toBe(401);
      expect(pending.json.code).toBe('MFA_REQUIRED');
      const { secret } = (await c.post('/api/me/totp/setup')).json;
      expect((await c.post('/api/me/totp/enable', { code: '000000' === currentTotp(secret) ? '111111' : '000000' })).status).toBe(400);
      expect((await c.post('/api/me/totp/enable', { code: currentTotp(secret) })).status).toBe(200);
      expect((await c.get('/api/regions')).status).toBe(200);
      // From now on the password alone is not enough.
      expect((await login(s2.app, admin.username, TEST_PASSWORD)).json().code).toBe('MFA_REQUIRED');
      expect((await login(s2.app, admin.username, TEST_PASSWORD, { totp: currentTotp(secret) })).statusCode).toBe(200);
    } finally {
      await s2.close();
    }
  });
});
