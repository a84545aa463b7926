import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../../../test/harness';
import { createCityUser, createTenant, createUser, signIn, type Client, type Tenant } from '../../../test/factories';

describe.each(databaseKinds())('API tokens on %s', (kind) => {
  let s: TestServer;
  let A: Tenant;
  let B: Tenant;
  let cityAdmin: Client;
  let otherAdmin: Client;
  let security: Client;
  const bearer = (token: string, method: 'GET' | 'POST', url: string, payload?: unknown) =>
    s.app.inject({ method, url, payload: payload as never, headers: { authorization: `Bearer ${token}` } });
  const mineIds = async (token: string) => (await bearer(token, 'GET', '/api/mines?limit=200')).json().items.map((m: any) => m.id);
  const districtToken = (c: Client, region: string, permissions = ['mine.read']) =>
    c.post('/api/tokens', { name: '数据对接', permissions, scope: { kind: 'district', regionCode: region }, expiresInDays: 30 });

  beforeAll(async () => {
    s = await startTestServer(kind);
    [A, B] = [await createTenant(s.p), await createTenant(s.p)];
    cityAdmin = await signIn(s.app, (await createCityUser(s.p, ['city_admin'])).username);
    otherAdmin = await signIn(s.app, (await createCityUser(s.p, ['city_admin'])).username);
    security = await signIn(s.app, (await createCityUser(s.p, ['security_admin'])).username);
  });
  afterAll(async () => s?.close());

  it('a mine.read token of district scope reads only that district\'s mines and may not write', async () => {
    const r = await districtToken(cityAdmin, A.region.code);
    expect(r.status, r.body).toBe(201);
    const { token, record } = r.json;
    expect(token).toMatch(/^mso_[A-Za-z0-9_-]{40,}$/);
    expect(record).toMatchObject({ prefix: token.slice(0, 8), permissions: ['mine.read'], readOnly: true, revokedAt: null });
    const seen = await mineIds(token);
    expect(seen).toContain(A.mine.id);
    expect(seen).not.toContain(B.mine.id);
    expect((await bearer(token, 'GET', `/api/mines/${B.mine.id}`)).statusCode).toBe(404);
    expect((await bearer(token, 'GET', '/api/enterprises')).statusCode).toBe(403);
    const write = await bearer(token, 'POST', '/api/mines', { enterpriseId: A.enterprise.id, regionCode: A.region.code, name: '令牌新增', kinds: ['underground'], status: 'production' });
    expect(write.statusCode).toBe(403);
  });

  it('the secret is stored nowhere: not in any column of api_tokens, not in the audit log', async () => {
    const { token, record } = (await districtToken(cityAdmin, A.region.code)).json;
    const cols = await s.p.database.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'api_tokens' AND table_schema = current_schema()`);
    expect(cols.length).toBeGreaterThan(5);
    const [row] = await s.p.database.query<Record<string, string | null>>(
      `SELECT ${cols.map((c) => `"${c.column_name}"::text AS "${c.column_name}"`).join(', ')} FROM api_tokens WHERE id = $1`, [record.id]);
    for (const value of Object.values(row!)) expect(value ?? '').not.toContain(token.slice(4));
    const audit = await s.p.database.query<{ t: string }>(`SELECT coalesce(before::text, '') || coalesce(after::text, '') || canonical AS t FROM audit_events WHERE entity_id = $1`, [record.id]);
    expect(audit).toHaveLength(1);
    expect(audit[0]!.t).not.toContain(token.slice(4));
    expect(audit[0]!.t).toContain(record.prefix);
  });

  it('permissions must be the creator\'s own (400); read-only means nothing beyond *.read', async () => {
    const r = await cityAdmin.post('/api/tokens', { name: '备份', permissions: ['system.backup'], scope: { kind: 'city' } });
    expect(r.status).toBe(400);
    expect(r.json.fields.permissions).toContain('备份与恢复');
    const rw = await cityAdmin.post('/api/tokens', { name: '读写', permissions: ['mine.read', 'mine.update'], scope: { kind: 'city' } });
    expect(rw.json.record.readOnly).toBe(false);
  });

  it('revoked or expired tokens get 401; revoking twice is 409', async () => {
    const { token, record } = (await districtToken(cityAdmin, A.region.code)).json;
    expect((await bearer(token, 'GET', '/api/mines')).statusCode).toBe(200);
    const r = await cityAdmin.post(`/api/tokens/${record.id}/revoke`);
    expect(r.status).toBe(200);
    expect(r.json.revokedAt).not.toBeNull();
    expect((await bearer(token, 'GET', '/api/mines')).statusCode).toBe(401);
    const again = await cityAdmin.post(`/api/tokens/${record.id}/revoke`);
    expect(again.status).toBe(409);
    expect(again.json.code).toBe('STATE');
    const expiring = (await districtToken(cityAdmin, A.region.code)).json;
    await s.p.database.query(`UPDATE api_tokens SET expires_at = now() - interval '1 minute' WHERE id = $1`, [expiring.record.id]);
    expect((await bearer(expiring.token, 'GET', '/api/mines')).statusCode).toBe(401);
  });

  it('callers see and revoke their own tokens (another creator\'s is 404); the 安全管理员 sees all', async () => {
    const mine = (await districtToken(cityAdmin, A.region.code)).json.record;
    expect((await cityAdmin.get('/api/tokens')).json.map((t: any) => t.id)).toContain(mine.id);
    expect((await otherAdmin.get('/api/tokens')).json.map((t: any) => t.id)).not.toContain(mine.id);
    expect((await otherAdmin.post(`/api/tokens/${mine.id}/revoke`)).status).toBe(404);
    expect((await security.get('/api/tokens')).json.map((t: any) => t.id)).toContain(mine.id);
    expect((await security.post(`/api/tokens/${mine.id}/revoke`)).status).toBe(200);
  });

  it('district and enterprise callers cannot give a scope beyond their own (404); no token.manage is 403', async () => {
    // Artificial holders of token.manage below the city tier (no matrix role has it there): the rule must still hold.
    const district = await signIn(s.app, (await createUser(s.p, { agencyId: A.agency.id }, ['city_admin'])).username);
    expect((await districtToken(district, B.region.code)).status).toBe(404);
    expect((await district.post('/api/tokens', { name: 'x', permissions: ['mine.read'], scope: { kind: 'city' } })).status).toBe(404);
    const ok = await districtToken(district, A.region.code);
    expect(ok.status).toBe(201);
    expect(await mineIds(ok.json.token)).not.toContain(B.mine.id);
    const ent = await signIn(s.app, (await createUser(s.p, { enterpriseId: A.enterprise.id }, ['city_admin'])).username);
    const entScope = (ids: string[]) => ent.post('/api/tokens', { name: 'x', permissions: ['mine.read'], scope: { kind: 'enterprise', enterpriseIds: ids } });
    expect((await entScope([B.enterprise.id])).status).toBe(404);
    expect((await entScope([A.enterprise.id])).status).toBe(201);
    const supervisor = await signIn(s.app, A.users.districtSupervisor.username);
    expect((await districtToken(supervisor, A.region.code)).status).toBe(403);
    expect((await supervisor.get('/api/tokens')).status).toBe(403);
  });

  it('a token cannot mint tokens', async () => {
    const { token } = (await cityAdmin.post('/api/tokens', { name: '管理', permissions: ['token.manage'], scope: { kind: 'city' } })).json;
    const r = await bearer(token, 'POST', '/api/tokens', { name: '再生', permissions: ['token.manage'], scope: { kind: 'city' } });
    expect(r.statusCode).toBe(403);
  });
});
