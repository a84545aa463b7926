import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../../../test/harness';
import { createCityUser, createTenant, createUser, signIn, TEST_PASSWORD, type Client, type Tenant } from '../../../test/factories';
import { users } from '../../platform/db/schema';

const NEW_PASSWORD = 'Reset#2025xyz';

describe.each(databaseKinds())('unlock and reset password on %s', (kind) => {
  let s: TestServer;
  let A: Tenant;
  let security: Client;
  let cityAdmin: Client;
  let entAdmin: Client;
  let securityId: string;
  const lock = (id: string) => s.p.database.db.update(users).set({ failedLogins: 5, lockedUntil: new Date(Date.now() + 3_600_000) }).where(eq(users.id, id));
  const login = (username: string, password: string) => s.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  const auditCount = async (id: string) =>
    Number((await s.p.database.query<{ n: string }>('SELECT count(*)::text AS n FROM audit_events WHERE entity_id = $1', [id]))[0]!.n);

  beforeAll(async () => {
    s = await startTestServer(kind);
    A = await createTenant(s.p);
    const sec = await createCityUser(s.p, ['security_admin']);
    securityId = sec.id;
    security = await signIn(s.app, sec.username);
    cityAdmin = await signIn(s.app, (await createCityUser(s.p, ['city_admin'])).username);
    entAdmin = await signIn(s.app, A.users.enterpriseAdmin.username);
  });
  afterAll(async () => s?.close());

  it('unlock clears the lock and the failure count, audited once; nothing left to clear is 409', async () => {
    const u = await createUser(s.p, { enterpriseId: A.enterprise.id }, ['enterprise_staff']);
    await lock(u.id);
    expect((await login(u.username, TEST_PASSWORD)).statusCode).toBe(423);
    const before = await auditCount(u.id);
    const r = await entAdmin.post(`/api/users/${u.id}/unlock`);
    expect(r.status, r.body).toBe(200);
    expect(r.json).toMatchObject({ locked: false, failedLogins: 0 });
    const events = await s.p.database.query<any>('SELECT action, before, after FROM audit_events WHERE entity_id = $1 ORDER BY seq DESC LIMIT 1', [u.id]);
    expect(events[0]).toMatchObject({ action: 'unlock', before: { locked: true, failedLogins: 5 }, after: { locked: false, failedLogins: 0 } });
    expect(await auditCount(u.id)).toBe(before + 1);
    const again = await entAdmin.post(`/api/users/${u.id}/unlock`);
    expect(again.status).toBe(409);
    expect(again.json.code).toBe('STATE');
    expect((await login(u.username, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('reset: the policy applies; the user must change it, every session ends, the old password stops working', async () => {
    const u = await createUser(s.p, { enterpriseId: A.enterprise.id }, ['enterprise_staff']);
    const session = await signIn(s.app, u.username);
    const weak = await entAdmin.post(`/api/users/${u.id}/reset-password`, { newPassword: 'password' });
    expect(weak.status).toBe(400);
    expect(weak.json.fields.newPassword).toBeTruthy();
    const r = await entAdmin.post(`/api/users/${u.id}/reset-password`, { newPassword: NEW_PASSWORD });
    expect(r.status, r.body).toBe(200);
    expect((await session.get('/api/me')).status).toBe(401);
    expect((await login(u.username, TEST_PASSWORD)).statusCode).toBe(401);
    const me = await (await signIn(s.app, u.username, NEW_PASSWORD)).get('/api/me');
    expect(me.json.mustChangePassword).toBe(true);
    const resets = await s.p.database.query<any>(`SELECT canonical FROM audit_events WHERE entity_id = $1 AND action = 'password_reset'`, [u.id]);
    expect(resets).toHaveLength(1);
    expect(resets[0].canonical).not.toContain(NEW_PASSWORD);
  });

  it('admin accounts: only the 安全管理员 unlocks or resets them; nobody resets their own account here', async () => {
    const auditor = await createCityUser(s.p, ['audit_admin']);
    await lock(auditor.id);
    expect((await cityAdmin.post(`/api/users/${auditor.id}/unlock`)).status).toBe(403);
    expect((await cityAdmin.post(`/api/users/${auditor.id}/reset-password`, { newPassword: NEW_PASSWORD })).status).toBe(403);
    expect((await security.post(`/api/users/${auditor.id}/unlock`)).status).toBe(200);
    expect((await security.post(`/api/users/${auditor.id}/reset-password`, { newPassword: NEW_PASSWORD })).status).toBe(200);
    expect((await security.post(`/api/users/${securityId}/reset-password`, { newPassword: NEW_PASSWORD })).status).toBe(403);
    // Enterprise staff hold no user.* permission at all.
    const staff = await signIn(s.app, A.users.enterpriseStaff.username);
    expect((await staff.post(`/api/users/${A.users.enterpriseAdmin.id}/reset-password`, { newPassword: NEW_PASSWORD })).status).toBe(403);
  });

  it('another tenant\'s account is 404 for an enterprise admin', async () => {
    const B = await createTenant(s.p);
    await lock(B.users.enterpriseStaff.id);
    expect((await entAdmin.post(`/api/users/${B.users.enterpriseStaff.id}/unlock`)).status).toBe(404);
    expect((await entAdmin.post(`/api/users/${B.users.enterpriseStaff.id}/reset-password`, { newPassword: NEW_PASSWORD })).status).toBe(404);
    expect((await login(B.users.enterpriseStaff.username, TEST_PASSWORD)).statusCode).toBe(423);
  });
});
