import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../../../test/harness';
import { createTenant, createUser, signIn, type Client, type Tenant } from '../../../test/factories';
import { lonLatToGk3 } from '../../platform/geo/gauss-kruger';

describe.each(databaseKinds())('mines on %s', (kind) => {
  let s: TestServer;
  let t: Tenant;
  let c: Client;
  beforeAll(async () => {
    s = await startTestServer(kind);
    t = await createTenant(s.p);
    c = await signIn(s.app, t.users.districtSupervisor.username);
  });
  afterAll(async () => s?.close());

  const body = (over: object = {}) => ({
    enterpriseId: t.enterprise.id, regionCode: t.region.code, name: `矿${Math.random().toString(36).slice(2, 8)}`, kinds: ['underground'],
    status: 'production', positioningInstalled: false, externalIds: {}, ...over,
  });

  it('converts a CGCS2000 3° Gauss-Krüger boundary, keeps Xi\'an 80 as given, and warns about a point outside the district', async () => {
    const [x0, y0] = t.region.center;
    const ring = [[-0.003, -0.003], [0.003, -0.003], [0.003, 0.003], [-0.003, 0.003], [-0.003, -0.003]]
      .map(([dx, dy]) => lonLatToGk3(x0 + dx!, y0 + dy!, { centralMeridian: Math.round(x0 / 3) * 3 }));
    const gk = await c.post('/api/mines', body({ location: { lon: x0, lat: y0 },
      boundary: { crs: 'CGCS2000_GK3', centralMeridian: Math.round(x0 / 3) * 3, rings: [ring] } }));
    expect(gk.status, gk.body).toBe(201);
    expect(gk.json.boundaryConverted).toBe(true);
    const first = gk.json.boundaryGeoJson.coordinates[0][0][0];
    expect(first[0]).toBeCloseTo(x0 - 0.003, 6);
    expect(first[1]).toBeCloseTo(y0 - 0.003, 6);
    expect(gk.json.boundaryOriginal.rings[0][0]).toEqual(ring[0]);
    expect(gk.json.warnings).toEqual([]);

    const xian = await c.post('/api/mines', body({ location: { lon: x0 + 1, lat: y0 }, boundary: { crs: 'XIAN80_GK3', centralMeridian: 108, rings: [ring] },
      miningLicenceNo: 'C500-bad' }));
    expect(xian.status, xian.body).toBe(201);
    expect(xian.json.boundaryConverted).toBe(false);
    expect(xian.json.boundaryGeoJson).toBeNull();
    expect(xian.json.warnings.join()).toMatch(/不在.*轮廓内/);
    expect(xian.json.warnings.join()).toMatch(/采矿许可证号/);
    expect(xian.json.warnings.join()).toMatch(/未转换/);
  });

  it('keeps tailings ponds apart: no mining licence, not combined with other kinds', async () => {
    const both = await c.post('/api/mines', body({ kinds: ['tailings_pond', 'underground'] }));
    expect(both.status).toBe(400);
    expect(both.json.fields.kinds).toMatch(/尾矿库/);
    const lic = await c.post('/api/mines', body({ kinds: ['tailings_pond'], miningLicenceNo: 'C5000002023011130000001' }));
    expect(lic.json.fields.miningLicenceNo).toMatch(/尾矿库没有采矿许可证/);
    const pond = await c.post('/api/mines', body({ kinds: ['tailings_pond'], servesMineId: t.mine.id, tailingsGrade: '三等', damHeightM: 45.5, headOver: true }));
    expect(pond.status, pond.body).toBe(201);
    expect(pond.json.servesMineName).toBe(t.mine.name);
  });

  it('lets a natural-resources officer change licence fields only', async () => {
    const officer = await createUser(s.p, { agencyId: t.agency.id }, ['natural_resources_officer']);
    const o = await signIn(s.app, officer.username);
    const cur = (await o.get(`/api/mines/${t.mine.id}`)).json;
    const r = await o.put(`/api/mines/${t.mine.id}`, { ...body(), name: '改名不生效', kinds: cur.kinds, status: 'closed',
      miningLicenceNo: 'C5000002023011130009999', miningLicenceTo: '2031-12-31', version: cur.version });
    expect(r.status, r.body).toBe(200);
    expect(r.json.name).toBe(cur.name);
    expect(r.json.status).toBe(cur.status);
    expect(r.json.miningLicenceNo).toBe('C5000002023011130009999');
    const create = await o.post('/api/mines', body());
    expect(create.status).toBe(403);
  });

  it('pages by update time without skipping rows that differ by microseconds', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await c.post('/api/mines', body({ name: `同毫秒${i}${t.region.code}` }))).json.id);
    // Three updates inside one millisecond: a cursor with only milliseconds would skip some of them.
    for (const [i, id] of ids.entries()) {
      await s.p.database.query(`UPDATE mines SET updated_at = '2030-01-01T00:00:00.0001${i}Z' WHERE id = $1`, [id]);
    }
    for (const sort of ['-updatedAt', 'updatedAt']) {
      const seen: string[] = [];
      let cursor = '';
      for (let page = 0; page < 10; page++) {
        const r = (await c.get(`/api/mines?q=${encodeURIComponent('同毫秒')}&sort=${sort}&limit=1${cursor ? `&cursor=${cursor}` : ''}`)).json;
        seen.push(...r.items.map((m: any) => m.id));
        if (!r.nextCursor) break;
        cursor = r.nextCursor;
      }
      expect([...seen].sort(), sort).toEqual([...ids].sort());
    }
  });
});
