import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../../../test/harness';
import { createCityUser, createTenant, signIn, type Client } from '../../../test/factories';

/**
 * 业务规则设置: regulators read the rules in force, only city administrators change them, every change is validated
 * and audited. Uses a key no other test file reads (the PostgreSQL database is shared by parallel files).
 */
describe.each(databaseKinds())('rule settings on %s', (kind) => {
  let s: TestServer;
  let admin: Client;
  let supervisor: Client;
  let district: Client;
  let enterprise: Client;
  const KEY = 'closure.window_months';
  beforeAll(async () => {
    s = await startTestServer(kind);
    admin = await signIn(s.app, (await createCityUser(s.p, ['city_admin'])).username);
    supervisor = await signIn(s.app, (await createCityUser(s.p, ['city_supervisor'])).username);
    const t = await createTenant(s.p);
    district = await signIn(s.app, t.users.districtSupervisor.username);
    enterprise = await signIn(s.app, t.users.enterpriseAdmin.username);
  });
  afterAll(async () => s?.close());

  const audits = async () => Number((await s.p.database.query<{ n: string }>(`SELECT count(*)::text AS n FROM audit_events WHERE entity_type = 'setting' AND entity_id = $1`, [KEY]))[0]!.n);

  it('lists every rule with its default and 待核对 label, to regulators only', async () => {
    const r = await district.get('/api/rule-settings');
    expect(r.status).toBe(200);
    const keys = r.json.map((x: any) => x.key);
    expect(keys).toEqual(expect.arrayContaining(['hazard.registration_limit_hours', 'hazard.resumption_day_basis', KEY]));
    expect(r.json.find((x: any) => x.key === 'hazard.resumption_day_basis')).toMatchObject({ unconfirmed: true, value: 'calendar' });
    expect((await enterprise.get('/api/rule-settings')).status).toBe(403);
  });

  it('validates, stores, audits and restores the default', async () => {
    expect((await district.put(`/api/rule-settings/${KEY}`, { value: 4 })).status).toBe(403);
    expect((await supervisor.put(`/api/rule-settings/${KEY}`, { value: 4 })).status).toBe(403);
    expect((await admin.put('/api/rule-settings/no.such.rule', { value: 4 })).status).toBe(404);
    const before = await audits();
    for (const bad of [0, 25, 2.5, 'x', ['a']]) {
      const r = await admin.put(`/api/rule-settings/${KEY}`, { value: bad });
      expect(r.status, JSON.stringify(bad)).toBe(400);
      expect(r.json.fields.value).toMatch(/统计时间窗口/);
    }
    expect(await audits()).toBe(before);

    const set = await admin.put(`/api/rule-settings/${KEY}`, { value: 6 });
    expect(set.status, set.body).toBe(200);
    expect(set.json).toMatchObject({ value: 6, isDefault: false });
    expect((await district.get('/api/rule-settings')).json.find((x: any) => x.key === KEY).value).toBe(6);
    const restored = await admin.put(`/api/rule-settings/${KEY}`, { value: null });
    expect(restored.json).toMatchObject({ value: 3, isDefault: true });
    expect(await audits()).toBe(before + 2);

    const basis = await admin.put('/api/rule-settings/hazard.resumption_day_basis', { value: 'weekly' });
    expect(basis.status).toBe(400);
    const positions = await admin.put('/api/rule-settings/self_inspection_organiser_positions', { value: [] });
    expect(positions.status).toBe(400);
  });
});
