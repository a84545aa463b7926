import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../../../test/harness';
import { createCityUser, createTenant, signIn, type Client, type Tenant } from '../../../test/factories';
import { insertMineOf, insertTrainingPerson } from './training.fixtures';

describe.each(databaseKinds())('三项岗位培训 on %s', (kind) => {
  let s: TestServer;
  let A: Tenant;
  let B: Tenant;
  let districtA: Client;
  let districtB: Client;
  let entA: Client;
  let staffA: Client;
  let city: Client;
  const record = (c: Client, over: Record<string, unknown>) => c.post('/api/training-records', {
    category: 'safety_manager', course: '安全管理人员安全生产知识和管理能力考核培训', hours: 48, examScore: 85, passed: true, trainedOn: '2025-04-10', ...over,
  });
  const progress = async (c: Client, year = 2025) => {
    const r = await c.get(`/api/training-progress?year=${year}`);
    expect(r.status, r.body).toBe(200);
    return r.json;
  };
  const rowOf = (json: any, code: string) => json.rows.find((r: any) => r.regionCode === code);

  beforeAll(async () => {
    s = await startTestServer(kind);
    [A, B] = [await createTenant(s.p), await createTenant(s.p)];
    districtA = await signIn(s.app, A.users.districtSupervisor.username);
    districtB = await signIn(s.app, B.users.districtSupervisor.username);
    entA = await signIn(s.app, A.users.enterpriseAdmin.username);
    staffA = await signIn(s.app, A.users.enterpriseStaff.username);
    city = await signIn(s.app, (await createCityUser(s.p, ['city_supervisor'])).username);
  });
  afterAll(async () => s?.close());

  it('counts distinct persons who passed in the year, credited to the employer\'s district', async () => {
    const cityBefore = (await progress(city)).city.passed;
    const [p1, p2, p3] = [await insertTrainingPerson(s.p, A.enterprise.id), await insertTrainingPerson(s.p, A.enterprise.id), await insertTrainingPerson(s.p, A.enterprise.id)];
    const p5 = await insertTrainingPerson(s.p, B.enterprise.id);
    // p1: two passed courses in 2025 (counted once); p2: failed only; p3: passed in 2024 only.
    const first = await record(entA, { personId: p1 });
    expect(first.status, first.body).toBe(201);
    expect(first.json).toMatchObject({ enterpriseId: A.enterprise.id, regionCode: A.region.code, hours: 48, examScore: 85, passed: true });
    expect((await record(districtA, { personId: p1, enterpriseId: A.enterprise.id, category: 'principal', course: '主要负责人培训', trainedOn: '2025-09-01' })).status).toBe(201);
    expect((await record(districtA, { personId: p2, enterpriseId: A.enterprise.id, passed: false, examScore: 52 })).status).toBe(201);
    expect((await record(districtA, { personId: p3, enterpriseId: A.enterprise.id, trainedOn: '2024-12-31' })).status).toBe(201);
    // The city records p1 again for another employer (B's enterprise): credited to B's district; p5 passes in B.
    expect((await record(city, { personId: p1, enterpriseId: B.enterprise.id, category: 'special_operator', course: '井下电气作业' })).status).toBe(201);
    expect((await record(districtB, { personId: p5, enterpriseId: B.enterprise.id })).status).toBe(201);

    const a = await progress(districtA);
    expect(a.city).toBeNull();
    expect(a.rows).toEqual([expect.objectContaining({ regionCode: A.region.code, passed: 1, target: null, rate: null })]);
    const all = await progress(city);
    expect(rowOf(all, A.region.code).passed).toBe(1);
    expect(rowOf(all, B.region.code).passed).toBe(2);
    expect(all.city.passed - cityBefore).toBe(2); // p1 and p5, each once
    expect(all.city).toMatchObject({ regionCode: '500000', target: 2790 });
    expect(all.city.targetSource).toContain('渝安办〔2025〕13号');
    expect(rowOf(await progress(districtA, 2024), A.region.code).passed).toBe(1);

    const list = await districtA.get('/api/training-records?year=2025&limit=50');
    expect(list.json.items.map((i: any) => i.personId).sort()).toEqual([p1, p1, p2].sort());
    const failed = await districtA.get('/api/training-records?year=2025&passed=false');
    expect(failed.json.items.map((i: any) => i.personId)).toEqual([p2]);
    const paged = await districtA.get('/api/training-records?limit=2');
    expect(paged.json.items).toHaveLength(2);
    const next = await districtA.get(`/api/training-records?limit=2&cursor=${paged.json.nextCursor}`);
    expect(next.json.items.map((i: any) => i.id)).not.toContain(paged.json.items[0].id);
    expect(paged.json.total).toBe(4);
    const file = await districtA.get('/api/training-records/export?year=2025');
    expect(file.status).toBe(200);
    expect(file.raw.subarray(0, 2).toString()).toBe('PK');
  });

  it('targets: city roles set them (audited); districts 403, other regions 404, bad values 400; progress against them', async () => {
    const url = `/api/training-targets/2025/${A.region.code}`;
    expect((await districtA.put(url, { target: 5, source: '区县自定' })).status).toBe(403);
    expect((await districtB.put(url, { target: 5, source: '区县自定' })).status).toBe(404);
    expect((await entA.put(url, { target: 5, source: '企业' })).status).toBe(404);
    expect((await city.put('/api/training-targets/2025/T00000000', { target: 5, source: '无此区县' })).status).toBe(404);
    const bad = await city.put(url, { target: -1, source: '' });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.json.fields).sort()).toEqual(['source', 'target']);
    const ok = await city.put(url, { target: 2, source: '市安委办分解' });
    expect(ok.status, ok.body).toBe(200);
    expect(ok.json).toMatchObject({ year: 2025, regionCode: A.region.code, target: 2 });
    expect((await city.put(url, { target: 4, source: '市安委办分解（调整）' })).status).toBe(200);
    const row = rowOf(await progress(districtA), A.region.code);
    expect(row).toMatchObject({ target: 4, passed: 1, rate: 0.25, targetSource: '市安委办分解（调整）' });
    const events = await s.p.database.query<any>('SELECT action FROM audit_events WHERE entity_type = $1 AND entity_id = $2 ORDER BY seq',
      ['training_target', `2025:${A.region.code}`]);
    expect(events.map((e) => e.action)).toEqual(['create', 'update']);
  });

  it('records: scope 404 before role 403 before fields 400', async () => {
    const pA = await insertTrainingPerson(s.p, A.enterprise.id);
    const pB = await insertTrainingPerson(s.p, B.enterprise.id);
    expect((await record(entA, { personId: pB })).status).toBe(404);
    expect((await record(districtA, { personId: pA, enterpriseId: B.enterprise.id })).status).toBe(404);
    expect((await record(staffA, { personId: pA })).status).toBe(403);
    const noEmployer = await record(districtA, { personId: pA });
    expect(noEmployer.status).toBe(400);
    expect(noEmployer.json.fields.enterpriseId).toBeTruthy();
    const bad = await record(entA, { personId: pA, hours: 0, examScore: 101, trainedOn: '2025-02-30' });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.json.fields).sort()).toEqual(['examScore', 'hours']);
    expect((await record(entA, { personId: pA, trainedOn: '2025-02-30' })).json.fields.trainedOn).toContain('有效日期');
    expect((await entA.get('/api/training-progress?year=2025')).status).toBe(403);
    const own = (await record(entA, { personId: pA })).json;
    expect((await districtB.get(`/api/training-records/${own.id}`)).status).toBe(404);
    expect((await staffA.get(`/api/training-records/${own.id}`)).status).toBe(200);
    const edit = { category: 'principal', course: '主要负责人复训', hours: 16, examScore: 60, passed: false, trainedOn: '2025-07-01', version: own.version };
    expect((await districtB.put(`/api/training-records/${own.id}`, edit)).status).toBe(404);
    expect((await staffA.put(`/api/training-records/${own.id}`, edit)).status).toBe(403);
    const fixed = await districtA.put(`/api/training-records/${own.id}`, edit);
    expect(fixed.status, fixed.body).toBe(200);
    expect(fixed.json).toMatchObject({ category: 'principal', passed: false, examScore: 60, version: own.version + 1, regionCode: A.region.code });
    expect((await entA.put(`/api/training-records/${own.id}`, edit)).json.code).toBe('STALE');
    const events = await s.p.database.query<any>('SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY seq', [own.id]);
    expect(events.map((e) => e.action)).toEqual(['create', 'update']);
  });

  it('classroom connections: the rate counts producing and building mines only, against 90%', async () => {
    const org = { enterpriseId: A.enterprise.id, regionCode: A.region.code };
    const building = await insertMineOf(s.p, org, 'construction');
    const suspended = await insertMineOf(s.p, org, 'suspended');
    const closed = await insertMineOf(s.p, org, 'closed');
    const put = (c: Client, mineId: string, over: Record<string, unknown> = {}) =>
      c.put(`/api/mines/${mineId}/classroom`, { connected: true, since: '2025-03-01', checkedBy: '王检查', checkedOn: '2025-06-01', ...over });

    expect((await put(districtB, A.mine.id)).status).toBe(404);
    expect((await put(entA, A.mine.id)).status).toBe(403);
    expect((await put(districtA, A.mine.id, { since: null })).json.fields.since).toBeTruthy();
    const created = await put(districtA, A.mine.id);
    expect(created.status, created.body).toBe(200);
    expect(created.json).toMatchObject({ connected: true, obliged: true, version: 1, checkedBy: '王检查' });
    expect((await put(districtA, A.mine.id)).status).toBe(409); // a second record must name the version
    expect((await put(districtA, A.mine.id, { version: 7 })).json.code).toBe('STALE');
    expect((await put(districtA, A.mine.id, { version: 1, note: '复核' })).json).toMatchObject({ version: 2, note: '复核' });
    expect((await put(districtA, suspended)).status).toBe(200); // connected, but a suspended mine is not counted
    expect((await put(districtA, closed)).status).toBe(200);
    expect((await put(districtA, building, { connected: false, since: null })).json).toMatchObject({ connected: false, since: null });

    const rate = await districtA.get('/api/classroom-connections/rate');
    expect(rate.status).toBe(200);
    expect(rate.json).toMatchObject({ targetRate: 0.9, city: null, rows: [{ regionCode: A.region.code, obliged: 2, connected: 1, rate: 0.5 }] });
    const cityRate = await city.get('/api/classroom-connections/rate');
    expect(cityRate.json.rows.find((r: any) => r.regionCode === A.region.code)).toMatchObject({ obliged: 2, connected: 1 });
    expect(cityRate.json.city.obliged).toBe(cityRate.json.rows.reduce((n: number, r: any) => n + r.obliged, 0));

    const own = await entA.get('/api/classroom-connections?limit=50');
    expect(own.status).toBe(200);
    expect(own.json.items.map((i: any) => i.mineId).sort()).toEqual([A.mine.id, building, suspended, closed].sort());
    expect(own.json.items.find((i: any) => i.mineId === suspended)).toMatchObject({ obliged: false, connected: true });
    const unknown = await districtA.get(`/api/classroom-connections?connected=no&limit=50`);
    expect(unknown.json.items.map((i: any) => i.mineId)).toEqual([building]);
    const events = await s.p.database.query<any>('SELECT action FROM audit_events WHERE entity_type = $1 AND entity_id = $2 ORDER BY seq',
      ['classroom_connection', A.mine.id]);
    expect(events.map((e) => e.action)).toEqual(['create', 'update']);
  });
});
