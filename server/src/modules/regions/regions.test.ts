import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomInt } from 'node:crypto';
import { startTestServer, type TestServer } from '../../../test/harness';
import { createCityUser, createTenant, signIn } from '../../../test/factories';

describe('regions', () => {
  let s: TestServer;
  beforeAll(async () => { s = await startTestServer('pglite'); });
  afterAll(async () => s?.close());

  it('holds 重庆市 and its 38 divisions with outlines', async () => {
    const t = await createTenant(s.p);
    const c = await signIn(s.app, t.users.enterpriseStaff.username);
    const list = (await c.get('/api/regions')).json;
    const cq = list.filter((r: any) => /^5002|^5001/.test(r.code));
    expect(cq).toHaveLength(38);
    const outlines = (await c.get('/api/regions/outlines')).json;
    expect(outlines.features.filter((f: any) => /^500[12]/.test(f.properties.code))).toHaveLength(38);
    expect(outlines.note).toMatch(/示意/);
  });

  it('lets a system admin add a management area without a national code, audited; others get 403', async () => {
    const admin = await signIn(s.app, (await createCityUser(s.p, ['system_admin'])).username);
    const code = `WS${randomInt(1000, 9999)}`;
    const r = await admin.post('/api/regions', { code, name: '万盛经开区' });
    expect(r.status, r.body).toBe(201);
    expect(r.json).toMatchObject({ code, kind: 'management_area', hasNationalCode: false });
    expect((await admin.post('/api/regions', { code, name: '重复' })).status).toBe(409);
    expect((await admin.post('/api/regions', { code: '500999', name: '冒充国标' })).json.fields.code).toMatch(/管理区代码/);
    const city = await signIn(s.app, (await createCityUser(s.p, ['city_supervisor'])).username);
    expect((await city.post('/api/regions', { code: `X${code}`, name: '越权' })).status).toBe(403);
  });
});
