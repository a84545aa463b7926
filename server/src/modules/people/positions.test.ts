import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../../../test/harness';
import { createTenant, newCreditCode, signIn, type Client, type Tenant } from '../../../test/factories';
import { enterprises, mines } from '../../platform/db/schema';
import { insertPerson, newIdNumber } from './people.fixtures';

describe.each(databaseKinds())('positions on %s', (kind) => {
  let s: TestServer;
  let A: Tenant;
  let B: Tenant;
  let districtA: Client;
  let staffA: Client;
  const person = (t: Tenant, name: string) => insertPerson(s.p, { name, ownerEnterpriseId: t.enterprise.id, idNumber: newIdNumber() });
  const post = (c: Client, over: Record<string, unknown>) =>
    c.post('/api/positions', { enterpriseId: A.enterprise.id, mineId: A.mine.id, position: 'mine_manager', startDate: '2024-01-01', ...over });

  beforeAll(async () => {
    s = await startTestServer(kind);
    [A, B] = [await createTenant(s.p), await createTenant(s.p)];
    districtA = await signIn(s.app, A.users.districtSupervisor.username);
    staffA = await signIn(s.app, A.users.enterpriseStaff.username);
  });
  afterAll(async () => s?.close());

  it('who held 矿长 on a given date, across the mine\'s history', async () => {
    const [first, second, engineer] = [await person(A, '前任矿长'), await person(A, '现任矿长'), await person(A, '总工')];
    expect((await post(districtA, { personId: first, startDate: '2020-01-01', endDate: '2023-06-30' })).status).toBe(201);
    expect((await post(districtA, { personId: second, startDate: '2023-07-01' })).status).toBe(201);
    expect((await post(districtA, { personId: engineer, position: 'chief_engineer', startDate: '2019-01-01' })).status).toBe(201);
    const heldOn = async (date: string) =>
      (await districtA.get(`/api/positions?mineId=${A.mine.id}&position=mine_manager&onDate=${date}`)).json.map((p: any) => p.personName);
    expect(await heldOn('2019-12-31')).toEqual([]);
    expect(await heldOn('2020-01-01')).toEqual(['前任矿长']);
    expect(await heldOn('2023-06-30')).toEqual(['前任矿长']);
    expect(await heldOn('2023-07-01')).toEqual(['现任矿长']);
    expect(await heldOn('2030-01-01')).toEqual(['现任矿长']);
    expect((await districtA.get(`/api/positions?personId=${engineer}`)).json).toMatchObject([{ position: 'chief_engineer', mineName: A.mine.name }]);
  });

  it('the mine must be the enterprise\'s, the end not before the start, dates real; foreign rows 404', async () => {
    const p = await person(A, '任职测试');
    const [other] = await s.p.database.db.insert(enterprises).values({ name: `另一企业${A.region.code}`, creditCode: newCreditCode(), regionCode: A.region.code }).returning();
    const [otherMine] = await s.p.database.db.insert(mines).values({ enterpriseId: other!.id, regionCode: A.region.code, name: '另一矿山', kinds: ['open_pit'], status: 'production' }).returning();
    const wrongMine = await post(districtA, { personId: p, mineId: otherMine!.id });
    expect(wrongMine.status).toBe(400);
    expect(wrongMine.json.fields.mineId).toBe('该矿山不属于所选企业');
    const backwards = await post(districtA, { personId: p, startDate: '2025-03-01', endDate: '2025-02-28' });
    expect(backwards.status).toBe(400);
    expect(backwards.json.fields.endDate).toBeTruthy();
    expect((await post(districtA, { personId: p, startDate: '2025-02-30' })).status).toBe(400);
    expect((await post(districtA, { personId: p, mineId: B.mine.id })).status).toBe(404);
    expect((await post(districtA, { personId: p, enterpriseId: B.enterprise.id, mineId: null })).status).toBe(404);
    expect((await post(districtA, { personId: await person(B, '外区人员') })).status).toBe(404);
    expect((await post(staffA, { personId: p })).status).toBe(403);
  });

  it('ending a position: not before the start (400), only once (409), audited with before and after', async () => {
    const p = await person(A, '离任测试');
    const pos = (await post(districtA, { personId: p, startDate: '2024-05-01' })).json;
    expect((await staffA.post(`/api/positions/${pos.id}/end`, { endDate: '2025-01-01' })).status).toBe(403);
    const early = await districtA.post(`/api/positions/${pos.id}/end`, { endDate: '2024-04-30' });
    expect(early.status).toBe(400);
    expect(early.json.fields.endDate).toContain('2024-05-01');
    const ended = await districtA.post(`/api/positions/${pos.id}/end`, { endDate: '2024-05-01' });
    expect(ended.status).toBe(200);
    expect(ended.json.endDate).toBe('2024-05-01');
    const again = await districtA.post(`/api/positions/${pos.id}/end`, { endDate: '2025-01-01' });
    expect(again.status).toBe(409);
    expect(again.json.code).toBe('STATE');
    const events = await s.p.database.query<any>('SELECT action, before, after FROM audit_events WHERE entity_id = $1 ORDER BY seq', [pos.id]);
    expect(events.map((e) => e.action)).toEqual(['create', 'end']);
    expect(events[1]).toMatchObject({ before: { endDate: null }, after: { endDate: '2024-05-01' } });
    const B2 = await signIn(s.app, B.users.districtSupervisor.username);
    expect((await B2.post(`/api/positions/${pos.id}/end`, { endDate: '2025-01-01' })).status).toBe(404);
  });
});
