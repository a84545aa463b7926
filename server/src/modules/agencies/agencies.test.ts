import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../../../test/harness';
import { createCityUser, createTenant, signIn, type Tenant } from '../../../test/factories';
import { mines } from '../../platform/db/schema';

describe.each(databaseKinds())('agencies on %s', (kind) => {
  let s: TestServer;
  let A: Tenant;
  let B: Tenant;
  let C: Tenant;
  const ids = async (username: string) => {
    const r = await (await signIn(s.app, username)).get('/api/agencies');
    expect(r.status, r.body).toBe(200);
    return (r.json as { id: string; tier: string }[]).map((a) => a.id);
  };

  beforeAll(async () => {
    s = await startTestServer(kind);
    [A, B, C] = [await createTenant(s.p), await createTenant(s.p), await createTenant(s.p)];
    // A's enterprise also operates a mine in B's district: B's 应急管理局 supervises it too.
    await s.p.database.db.insert(mines).values({ enterpriseId: A.enterprise.id, regionCode: B.region.code, name: `跨区矿山${B.region.code}`,
      kinds: ['open_pit'], status: 'production' });
  });
  afterAll(async () => s?.close());

  it('a city user sees every agency, city bodies first', async () => {
    const city = await createCityUser(s.p, ['city_supervisor']);
    const r = await (await signIn(s.app, city.username)).get('/api/agencies');
    const list = r.json as { id: string; tier: string; regionName: string }[];
    expect(list.map((a) => a.id)).toEqual(expect.arrayContaining([A.agency.id, B.agency.id, C.agency.id]));
    expect(list[0]!.tier).toBe('city');
    expect(list.find((a) => a.id === A.agency.id)!.regionName).toBe(`测试区${A.region.code}`);
  });

  it('a district user sees only its own district\'s agencies', async () => {
    const seen = await ids(A.users.districtSupervisor.username);
    expect(seen).toEqual([A.agency.id]);
  });

  it('an enterprise user sees the agencies of the districts where it is registered or operates a mine', async () => {
    expect((await ids(A.users.enterpriseAdmin.username)).sort()).toEqual([A.agency.id, B.agency.id].sort());
    expect(await ids(C.users.enterpriseAdmin.username)).toEqual([C.agency.id]);
  });

  it('enterprise staff (no agency.read) get 403', async () => {
    const r = await (await signIn(s.app, A.users.enterpriseStaff.username)).get('/api/agencies');
    expect(r.status).toBe(403);
  });
});
