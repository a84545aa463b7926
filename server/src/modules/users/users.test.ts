import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../../../test/harness';
import { createCityUser, createTenant, createUser, newCreditCode, signIn, type Client, type Tenant } from '../../../test/factories';
import { enterprises } from '../../platform/db/schema';
import { passwordProblem } from '../../platform/auth/password';

const uname = () => `t_${randomUUID().slice(0, 10)}`;
const editBody = (u: any, over: Record<string, unknown> = {}) =>
  ({ displayName: u.displayName, roles: u.roles, includeSubsidiaries: u.includeSubsidiaries, status: u.status, version: u.version, ...over });

describe.each(databaseKinds())('users on %s', (kind) => {
  let s: TestServer;
  let A: Tenant;
  let B: Tenant;
  let districtA: Client;
  let city: Client;
  let security: Client;
  let system: Client;
  let ids: { city: string; security: string; cityAgency: string };
  const audits = async (id: string) =>
    s.p.database.query<{ action: string; after: any; canonical: string }>('SELECT action, after, canonical FROM audit_events WHERE entity_id = $1 ORDER BY seq', [id]);
  const staffBody = (over: Record<string, unknown> = {}) =>
    ({ username: uname(), displayName: '张三', orgType: 'enterprise', enterpriseId: A.enterprise.id, roles: ['enterprise_staff'], ...over });

  beforeAll(async () => {
    s = await startTestServer(kind);
    [A, B] = [await createTenant(s.p), await createTenant(s.p)];
    const dA = await createUser(s.p, { agencyId: A.agency.id }, ['district_admin']);
    const c = await createCityUser(s.p, ['city_admin']);
    const sec = await createCityUser(s.p, ['security_admin']);
    const sys = await createCityUser(s.p, ['system_admin']);
    ids = { city: c.id, security: sec.id, cityAgency: c.agencyId! };
    [districtA, city, security, system] = await Promise.all([dA, c, sec, sys].map((u) => signIn(s.app, u.username)));
  });
  afterAll(async () => s?.close());

  it('a district admin sees and manages its own district\'s users only; another district\'s are 404', async () => {
    const list = await districtA.get('/api/users?limit=200');
    expect(list.status).toBe(200);
    const seen = list.json.items.map((u: any) => u.id);
    expect(seen).toEqual(expect.arrayContaining([A.users.districtSupervisor.id, A.users.enterpriseStaff.id]));
    expect(seen).not.toContain(B.users.enterpriseStaff.id);
    expect(seen).not.toContain(ids.city);
    const foreign = B.users.enterpriseStaff.id;
    expect((await districtA.get(`/api/users/${foreign}`)).status).toBe(404);
    const current = (await city.get(`/api/users/${foreign}`)).json;
    expect((await districtA.put(`/api/users/${foreign}`, editBody(current, { displayName: '越权' }))).status).toBe(404);
    expect((await districtA.post(`/api/users/${foreign}/unlock`)).status).toBe(404);
    expect((await districtA.post(`/api/users/${foreign}/reset-password`, { newPassword: 'Xx#2025abcd' })).status).toBe(404);
    expect((await districtA.post('/api/users', staffBody({ enterpriseId: B.enterprise.id }))).status).toBe(404);
    expect((await districtA.post('/api/users', staffBody({ orgType: 'agency', enterpriseId: null, agencyId: B.agency.id, roles: ['district_supervisor'] }))).status).toBe(404);
    expect((await districtA.post('/api/users', staffBody({ orgType: 'agency', enterpriseId: null, agencyId: ids.cityAgency, roles: ['city_supervisor'] }))).status).toBe(404);
    expect((await city.get(`/api/users/${foreign}`)).json).toEqual(current); // nothing changed
  });

  it('without a password the account gets a temporary one, shown once, to be changed at first sign-in', async () => {
    const r = await districtA.post('/api/users', staffBody());
    expect(r.status, r.body).toBe(201);
    const temp: string = r.json.temporaryPassword;
    expect(passwordProblem(temp, r.json.username)).toBeNull();
    expect(temp.length).toBeGreaterThanOrEqual(16);
    const again = await districtA.get(`/api/users/${r.json.id}`);
    expect(again.json.temporaryPassword).toBeUndefined();
    const [row] = await s.p.database.query<any>('SELECT password_hash, must_change_password FROM users WHERE id = $1', [r.json.id]);
    expect(row.password_hash).not.toContain(temp);
    expect(row.must_change_password).toBe(true);
    const me = await (await signIn(s.app, r.json.username, temp)).get('/api/me');
    expect(me.json.mustChangePassword).toBe(true);
    const events = await audits(r.json.id);
    expect(events.map((e) => e.action)).toContain('create');
    expect(JSON.stringify(events)).not.toContain(temp);
  });

  it('a given password must pass the policy; usernames are unique regardless of case (409)', async () => {
    const weak = await districtA.post('/api/users', staffBody({ password: 'abc12345' }));
    expect(weak.status).toBe(400);
    expect(weak.json.fields.password).toBeTruthy();
    const name = uname();
    expect((await districtA.post('/api/users', staffBody({ username: name, password: 'Strong#2025pw' }))).status).toBe(201);
    const dup = await districtA.post('/api/users', staffBody({ username: name.toUpperCase() }));
    expect(dup.status).toBe(409);
    expect(dup.json.code).toBe('CONFLICT');
    expect(dup.json.fields.username).toBe('该用户名已被使用');
  });

  it('roles must fit the organisation (400); admin roles only from the 安全管理员 (403)', async () => {
    const agencyUser = { orgType: 'agency', enterpriseId: null, agencyId: A.agency.id };
    const wrong = await districtA.post('/api/users', staffBody({ ...agencyUser, roles: ['city_admin'] }));
    expect(wrong.status).toBe(400);
    expect(wrong.json.fields.roles).toContain('市级管理员');
    expect((await districtA.post('/api/users', staffBody({ ...agencyUser, roles: ['system_admin'] }))).status).toBe(403);
    const cityBody = staffBody({ orgType: 'agency', enterpriseId: null, agencyId: ids.cityAgency });
    expect((await city.post('/api/users', { ...cityBody, roles: ['security_admin'] })).status).toBe(403);
    expect((await system.post('/api/users', { ...cityBody, roles: ['audit_admin'] })).status).toBe(403);
    const ent = await signIn(s.app, A.users.enterpriseAdmin.username);
    expect((await ent.post('/api/users', staffBody({ roles: ['enterprise_admin'] }))).status).toBe(201);
  });

  it('三员分立: the 安全管理员 assigns the admin roles, one at most and alone; nobody changes their own roles', async () => {
    const created = await system.post('/api/users', staffBody({ orgType: 'agency', enterpriseId: null, agencyId: ids.cityAgency, roles: ['city_supervisor'] }));
    expect(created.status, created.body).toBe(201);
    const u = created.json;
    expect((await security.put(`/api/users/${u.id}`, editBody(u, { displayName: '改名' }))).status).toBe(403);
    expect((await system.put(`/api/users/${u.id}`, editBody(u, { roles: ['national_inspectorate'] }))).status).toBe(403);
    for (const roles of [['audit_admin', 'security_admin'], ['audit_admin', 'city_supervisor']]) {
      const r = await security.put(`/api/users/${u.id}`, editBody(u, { roles }));
      expect(r.status).toBe(400);
      expect(r.json.fields.roles).toContain('三员分立');
    }
    const promoted = await security.put(`/api/users/${u.id}`, editBody(u, { roles: ['audit_admin'] }));
    expect(promoted.status, promoted.body).toBe(200);
    expect(promoted.json.roles).toEqual(['audit_admin']);
    // An admin account is off limits to the business admins, open to the 系统管理员 for account fields.
    expect((await city.put(`/api/users/${u.id}`, editBody(promoted.json, { displayName: '城管' }))).status).toBe(403);
    expect((await system.put(`/api/users/${u.id}`, editBody(promoted.json, { displayName: '审计员' }))).status).toBe(200);
    const self = (await security.get(`/api/users/${ids.security}`)).json;
    expect((await security.put(`/api/users/${ids.security}`, editBody(self, { roles: ['audit_admin'] }))).status).toBe(403);
    const cityself = (await city.get(`/api/users/${ids.city}`)).json;
    expect((await city.put(`/api/users/${ids.city}`, editBody(cityself, { roles: ['city_admin', 'city_supervisor'] }))).status).toBe(403);
    expect((await city.put(`/api/users/${ids.city}`, editBody(cityself, { status: 'disabled' }))).status).toBe(403);
  });

  it('a stale version is 409 STALE; a refused edit changes nothing and records nothing', async () => {
    const u = (await districtA.post('/api/users', staffBody())).json;
    const before = await audits(u.id);
    const ok = await districtA.put(`/api/users/${u.id}`, editBody(u, { displayName: '李四' }));
    expect(ok.status).toBe(200);
    const stale = await districtA.put(`/api/users/${u.id}`, editBody(u, { displayName: '王五' }));
    expect(stale.status).toBe(409);
    expect(stale.json.code).toBe('STALE');
    expect(stale.json.current.displayName).toBe('李四');
    const refused = await districtA.put(`/api/users/${u.id}`, editBody(ok.json, { roles: ['district_admin'] }));
    expect(refused.status).toBe(400);
    expect((await districtA.get(`/api/users/${u.id}`)).json).toEqual(ok.json);
    expect((await audits(u.id)).length).toBe(before.length + 1);
  });

  it('含下属企业 may not reach beyond what the caller sees itself', async () => {
    await s.p.database.db.insert(enterprises).values({ name: `子公司${A.region.code}`, creditCode: newCreditCode(), parentId: A.enterprise.id, regionCode: B.region.code });
    const ent = await signIn(s.app, A.users.enterpriseAdmin.username);
    expect((await ent.post('/api/users', staffBody({ includeSubsidiaries: true }))).status).toBe(403);
    expect((await districtA.post('/api/users', staffBody({ includeSubsidiaries: true }))).status).toBe(403);
    const r = await city.post('/api/users', staffBody({ includeSubsidiaries: true }));
    expect(r.status, r.body).toBe(201);
    expect(r.json.includeSubsidiaries).toBe(true);
  });

  it('enterprise staff (no user.read) get 403 for a user in scope', async () => {
    const staff = await signIn(s.app, A.users.enterpriseStaff.username);
    expect((await staff.get('/api/users')).status).toBe(403);
    expect((await staff.get(`/api/users/${A.users.enterpriseAdmin.id}`)).status).toBe(403);
    expect((await staff.get(`/api/users/${B.users.enterpriseAdmin.id}`)).status).toBe(404);
  });
});
