import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../harness';
import { createCityUser, createTenant, signIn, type Client, type Tenant } from '../factories';

const ROUTES: [string, string, unknown?][] = [['GET', '/api/audit'], ['POST', '/api/audit/verify', {}], ['GET', '/api/audit/checkpoint']];

/** The audit routes: city-wide 审计管理员 only (the `covered` note in server/test/scope/audit.entries.ts). */
describe.each(databaseKinds())('audit routes on %s', (kind) => {
  let s: TestServer;
  let t: Tenant;
  let auditor: Client;
  let district: Client;
  let auditorName: string;

  beforeAll(async () => {
    s = await startTestServer(kind);
    t = await createTenant(s.p);
    const a = await createCityUser(s.p, ['audit_admin']);
    auditorName = a.username;
    auditor = await signIn(s.app, a.username);
    district = await signIn(s.app, t.users.districtSupervisor.username);
    for (let i = 1; i <= 3; i++) {
      const r = await district.put(`/api/enterprises/${t.enterprise.id}`, { name: `${t.enterprise.name}${i}`, creditCode: t.enterprise.creditCode, regionCode: t.region.code, version: i });
      expect(r.status, r.body).toBe(200);
    }
  });
  afterAll(async () => s?.close());

  it('district, enterprise and non-audit city users get 403 on every audit route; audit_admin 200', async () => {
    const enterprise = await signIn(s.app, t.users.enterpriseAdmin.username);
    const sysAdmin = await signIn(s.app, (await createCityUser(s.p, ['system_admin'])).username);
    for (const [method, url, body] of ROUTES) {
      for (const c of [district, enterprise, sysAdmin]) expect((await c.request(method, url, body)).status, `${method} ${url}`).toBe(403);
      const own = await auditor.request(method, url, body);
      expect(own.status, `${method} ${url}: ${own.body}`).toBe(200);
    }
  });

  it('lists an entity’s history newest first with before/after, and pages by seq', async () => {
    const q = `entityType=enterprise&entityId=${t.enterprise.id}`;
    const all = await auditor.get(`/api/audit?${q}`);
    expect(all.json.total).toBe(3);
    expect(all.json.items.map((e: any) => e.after.name)).toEqual([3, 2, 1].map((i) => `${t.enterprise.name}${i}`));
    expect(all.json.items[0]).toMatchObject({ action: 'update', actorUsername: t.users.districtSupervisor.username, before: { name: `${t.enterprise.name}2` } });
    expect(all.json.items[0]).not.toHaveProperty('hmac');
    const first = await auditor.get(`/api/audit?${q}&limit=2`);
    expect(first.json.items).toHaveLength(2);
    const second = await auditor.get(`/api/audit?${q}&limit=2&cursor=${first.json.nextCursor}`);
    expect(second.json.items.map((e: any) => e.seq)).toEqual([all.json.items[2].seq]);
    expect(second.json.nextCursor).toBeNull();
  });

  it('filters by actor (username or id), action and Beijing dates', async () => {
    const byName = await auditor.get(`/api/audit?actor=${t.users.districtSupervisor.username.toUpperCase()}&action=update`);
    expect(byName.json.items.map((e: any) => e.entityId)).toEqual([t.enterprise.id, t.enterprise.id, t.enterprise.id]);
    const byId = await auditor.get(`/api/audit?actor=${t.users.districtSupervisor.id}`);
    expect(byId.json.items.map((e: any) => e.action).filter((a: string) => a !== 'login')).toEqual(['update', 'update', 'update']);
    // Sign-ins name the user who signed in as the actor.
    const own = (await auditor.get(`/api/audit?actor=${auditorName}`)).json.items;
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((e: any) => e.action === 'login' && e.actorUsername === auditorName)).toBe(true);
    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date());
    const q = `entityType=enterprise&entityId=${t.enterprise.id}`;
    expect((await auditor.get(`/api/audit?${q}&from=${today}&to=${today}`)).json.total).toBe(3);
    expect((await auditor.get(`/api/audit?${q}&to=2000-01-01`)).json.total).toBe(0);
    expect((await auditor.get(`/api/audit?${q}&from=2999-01-01T00:00`)).json.total).toBe(0);
    const bad = await auditor.get('/api/audit?from=2026-02-30');
    expect(bad.status).toBe(400);
    expect(bad.json.fields.from).toBeTruthy();
  });

  it('verifies the chain and exports a checkpoint as a JSON attachment', async () => {
    const cp = await auditor.get('/api/audit/checkpoint');
    expect(cp.headers['content-disposition']).toMatch(new RegExp(`^attachment; filename="audit-checkpoint-${cp.json.seq}\\.json"`));
    expect(cp.json).toMatchObject({ seq: expect.any(Number), hmac: expect.stringMatching(/^[0-9a-f]{64}$/), exportedAt: expect.any(String) });
    const r = await auditor.post('/api/audit/verify', { checkpoint: { seq: cp.json.seq, hmac: cp.json.hmac } });
    expect(r.json).toMatchObject({ ok: true, brokenSeq: null, kind: null });
    expect(r.json.head.seq).toBeGreaterThanOrEqual(cp.json.seq);
    const wrong = await auditor.post('/api/audit/verify', { checkpoint: { seq: cp.json.seq, hmac: 'a'.repeat(64) } });
    expect(wrong.json).toMatchObject({ ok: false, kind: 'altered', brokenSeq: cp.json.seq });
  });
});
