import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../../../test/harness';
import { createCityUser, createTenant, signIn, type Client, type Tenant } from '../../../test/factories';
import { itemsFor } from '../hazards/hazards.standard';
import { insertHolding, insertKeyPostMine, insertQualifiedPerson, staffFully } from './key-posts.fixtures';
import { todayInShanghai } from './vacancies.service';

const FIVE = ['mine_manager', 'chief_engineer', 'safety_deputy', 'production_deputy', 'mechanical_deputy'] as const;
const TECH = ['mining_technician', 'geology_technician', 'survey_technician', 'mechanical_technician'] as const;
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

/**
 * 关键岗位配备: required posts per mine kind, who fills them on a date, the flags, the vacancy list, the editable
 * requirements and turning a vacancy into a major hazard (UG-32 / TP-19). Each test makes its own mines.
 */
describe.each(databaseKinds())('key posts on %s', (kind) => {
  let s: TestServer;
  let A: Tenant;
  let B: Tenant;
  let districtA: Client;
  let enterpriseA: Client;
  let districtB: Client;
  let city: Client;
  let cityAdmin: Client;
  beforeAll(async () => {
    s = await startTestServer(kind);
    A = await createTenant(s.p);
    B = await createTenant(s.p);
    districtA = await signIn(s.app, A.users.districtSupervisor.username);
    enterpriseA = await signIn(s.app, A.users.enterpriseAdmin.username);
    districtB = await signIn(s.app, B.users.districtSupervisor.username);
    city = await signIn(s.app, (await createCityUser(s.p, ['city_supervisor'])).username);
    cityAdmin = await signIn(s.app, (await createCityUser(s.p, ['city_admin'])).username);
  });
  afterAll(async () => s?.close());

  const mineOf = (t: Tenant, v: { kinds: string[]; independentSystems?: number; hydroComplexity?: string }) =>
    insertKeyPostMine(s.p, { enterpriseId: t.enterprise.id, regionCode: t.region.code, ...v });
  const posts = async (mineId: string, date?: string, c = districtA) => {
    const r = await c.get(`/api/mines/${mineId}/key-posts${date ? `?date=${date}` : ''}`);
    expect(r.status, r.body).toBe(200);
    return r.json;
  };
  const post = (json: any, position: string, system: number | null = null) =>
    json.posts.find((x: any) => x.position === position && x.productionSystem === system);
  const hold = (mineId: string, personId: string, position: any, extra: Record<string, unknown> = {}) =>
    insertHolding(s.p, { personId, enterpriseId: A.enterprise.id, mineId, position, ...extra });

  it('seeds the requirements labelled 待核对, with UG-32 and TP-19 from the standard', async () => {
    const r = await districtA.get('/api/position-requirements');
    expect(r.status).toBe(200);
    expect(r.json.every((x: any) => x.unconfirmed && x.note)).toBe(true);
    const byKind = (k: string) => r.json.filter((x: any) => x.mineKind === k);
    expect(byKind('underground').map((x: any) => x.position)).toEqual([...FIVE, ...TECH, 'hydro_technician']);
    expect(byKind('underground').filter((x: any) => x.fiveDuties && x.perSystem)).toHaveLength(5);
    expect(byKind('underground').every((x: any) => x.hazardItemCode === 'UG-32')).toBe(true);
    expect(byKind('open_pit').every((x: any) => x.hazardItemCode === null)).toBe(true);
    expect(byKind('tailings_pond').map((x: any) => x.position)).toEqual(['safety_manager', 'tailings_technician', 'special_operator']);
    expect(byKind('tailings_pond').every((x: any) => x.hazardItemCode === 'TP-19')).toBe(true);
    expect(itemsFor(['underground'], 'UG-32').map((i) => i.code)).toContain('UG-32');
    expect(itemsFor(['tailings_pond'], 'TP-19').map((i) => i.code)).toContain('TP-19');
    expect((await enterpriseA.get('/api/position-requirements')).status).toBe(403);
  });

  it('underground: one set of 五职 per production system; 防治水 only where hydrogeology is medium or complex', async () => {
    const two = await posts(await mineOf(A, { kinds: ['underground'], independentSystems: 2, hydroComplexity: 'simple' }));
    expect(two.independentSystems).toBe(2);
    expect(two.posts).toHaveLength(5 * 2 + 4);
    expect(two.vacancies).toBe(14);
    expect(post(two, 'chief_engineer', 2)).toMatchObject({ filled: false, holder: null, hazardItemCode: 'UG-32', fiveDuties: true });
    expect(post(two, 'hydro_technician')).toBeUndefined();
    const complex = await posts(await mineOf(A, { kinds: ['underground'], hydroComplexity: 'complex' }));
    expect(complex.posts).toHaveLength(5 + 5);
    expect(post(complex, 'hydro_technician')).toMatchObject({ filled: false });
    const medium = await posts(await mineOf(A, { kinds: ['underground'], hydroComplexity: 'medium' }));
    expect(post(medium, 'hydro_technician')).toBeDefined();
  });

  it('open-pit and tailings sets; an underground and open-pit mine needs the union', async () => {
    const open = await posts(await mineOf(A, { kinds: ['open_pit'] }));
    expect(open.posts.map((x: any) => x.position)).toEqual(['mine_manager', 'chief_engineer', ...TECH]);
    expect(open.posts.every((x: any) => x.hazardItemCode === null)).toBe(true);
    expect(open.hazardPositions).toEqual([]);
    const pond = await posts(await mineOf(A, { kinds: ['tailings_pond'] }));
    expect(pond.posts.map((x: any) => x.position)).toEqual(['safety_manager', 'tailings_technician', 'special_operator']);
    expect(pond.hazardPositions.map((x: any) => x.hazardItemCode)).toEqual(['TP-19', 'TP-19', 'TP-19']);
    const both = await posts(await mineOf(A, { kinds: ['underground', 'open_pit'], independentSystems: 2 }));
    expect(both.posts).toHaveLength(5 * 2 + 4);
    expect(both.posts.every((x: any) => x.hazardItemCode === 'UG-32')).toBe(true);
  });

  it('a fully staffed mine has no vacancy; the holder is shown qualified', async () => {
    const mineId = await mineOf(A, { kinds: ['underground'], independentSystems: 2 });
    await staffFully(s.p, A.enterprise.id, mineId, [
      ...FIVE.flatMap((position) => [{ position, productionSystem: 1 }, { position, productionSystem: 2 }]), ...TECH.map((position) => ({ position })),
    ]);
    const r = await posts(mineId);
    expect(r).toMatchObject({ vacancies: 0, flags: 0, hazardPositions: [] });
    expect(post(r, 'safety_deputy', 2).holder).toMatchObject({ qualified: true, fullTime: true, productionSystem: 2, problems: [] });
    const enterpriseView = await posts(mineId, undefined, enterpriseA);
    expect(enterpriseView.vacancies).toBe(0);
  });

  it('one person in two 五职 posts fills only the first; the second is vacant and flagged', async () => {
    const mineId = await mineOf(A, { kinds: ['underground'] });
    const personId = await insertQualifiedPerson(s.p, { name: '兼任者' });
    await hold(mineId, personId, 'mine_manager', { startDate: '2020-01-01' });
    await hold(mineId, personId, 'chief_engineer', { startDate: '2021-01-01' });
    const r = await posts(mineId);
    expect(post(r, 'mine_manager', 1)).toMatchObject({ filled: true, issues: [] });
    const ce = post(r, 'chief_engineer', 1);
    expect(ce.filled).toBe(false);
    expect(ce.holder).toMatchObject({ personName: '兼任者', qualified: true });
    expect(ce.issues.join()).toMatch(/同一人兼任五职.*矿长/);
    expect(r.flags).toBe(1);
  });

  it('an unqualified holder (wrong major, too few years, not full-time) leaves the post vacant', async () => {
    const mineId = await mineOf(A, { kinds: ['underground'] });
    await hold(mineId, await insertQualifiedPerson(s.p, { major: '会计学' }), 'mine_manager');
    await hold(mineId, await insertQualifiedPerson(s.p, { miningYears: 1 }), 'chief_engineer');
    await hold(mineId, await insertQualifiedPerson(s.p), 'safety_deputy', { fullTime: false });
    await hold(mineId, await insertQualifiedPerson(s.p, { education: '高中', title: '助理工程师' }), 'production_deputy');
    await hold(mineId, await insertQualifiedPerson(s.p, { education: '高中', title: '高级工程师' }), 'mechanical_deputy');
    const r = await posts(mineId);
    const problems = (p: string) => post(r, p, 1).holder.problems.join('；');
    expect(post(r, 'mine_manager', 1).filled).toBe(false);
    expect(problems('mine_manager')).toMatch(/专业（会计学）不符合要求/);
    expect(problems('chief_engineer')).toMatch(/从业年限1年，不足3年/);
    expect(problems('safety_deputy')).toMatch(/非专职/);
    expect(problems('production_deputy')).toMatch(/学历或职称不符合要求/);
    // a title is enough when the education is not
    expect(post(r, 'mechanical_deputy', 1)).toMatchObject({ filled: true });
    expect(r.vacancies).toBe(4 + 4);
  });

  it('a full-time principal post at two mines at once is flagged (and listed with onlyFlagged)', async () => {
    const one = await mineOf(A, { kinds: ['underground'] });
    const two = await mineOf(A, { kinds: ['underground'] });
    const personId = await insertQualifiedPerson(s.p, { name: '两矿矿长' });
    await hold(one, personId, 'mine_manager');
    await hold(two, personId, 'mine_manager');
    const r = await posts(one);
    expect(post(r, 'mine_manager', 1)).toMatchObject({ filled: true });
    expect(post(r, 'mine_manager', 1).issues.join()).toMatch(/同时在其他矿山担任专职/);
    expect(r.flags).toBe(1);
    const flagged = await districtA.get('/api/key-post-vacancies?onlyFlagged=true');
    expect(flagged.status).toBe(200);
    expect(flagged.json.items.map((i: any) => i.mineId)).toEqual(expect.arrayContaining([one, two]));
    expect(flagged.json.items.every((i: any) => i.flags > 0)).toBe(true);
    // not full-time at the second mine: no flag
    const three = await mineOf(A, { kinds: ['underground'] });
    const other = await insertQualifiedPerson(s.p);
    await hold(three, other, 'mine_manager');
    await hold(await mineOf(A, { kinds: ['underground'] }), other, 'mine_manager', { fullTime: false });
    expect((await posts(three)).flags).toBe(0);
  });

  it('history: an ended or future appointment does not count; the date parameter looks back', async () => {
    const mineId = await mineOf(A, { kinds: ['underground'] });
    await hold(mineId, await insertQualifiedPerson(s.p, { name: '前任矿长' }), 'mine_manager', { startDate: '2020-01-01', endDate: '2024-12-31' });
    await hold(mineId, await insertQualifiedPerson(s.p, { name: '候任总工' }), 'chief_engineer', { startDate: inDays(30) });
    const now = await posts(mineId);
    expect(now.date).toBe(todayInShanghai());
    expect(post(now, 'mine_manager', 1)).toMatchObject({ filled: false, holder: null });
    expect(post(now, 'chief_engineer', 1)).toMatchObject({ filled: false, holder: null });
    const then = await posts(mineId, '2024-12-31');
    expect(post(then, 'mine_manager', 1)).toMatchObject({ filled: true, holder: { personName: '前任矿长' } });
    expect((await districtA.get(`/api/mines/${mineId}/key-posts?date=2025-02-30`)).status).toBe(400);
  });

  it('the vacancy list follows the scope, filters and counts per district', async () => {
    const underground = await mineOf(A, { kinds: ['underground'] });
    const pond = await mineOf(A, { kinds: ['tailings_pond'] });
    const bMine = await mineOf(B, { kinds: ['underground'] });
    const listA = await districtA.get('/api/key-post-vacancies');
    expect(listA.status, listA.body).toBe(200);
    const ids = listA.json.items.map((i: any) => i.mineId);
    expect(ids).toEqual(expect.arrayContaining([underground, pond, A.mine.id]));
    expect(ids).not.toContain(bMine);
    expect(listA.json.byDistrict.map((d: any) => d.regionCode)).toEqual([A.region.code]);
    const row = listA.json.items.find((i: any) => i.mineId === underground);
    expect(row.vacantPosts).toContain('矿长（第1生产系统）');
    const ponds = await districtA.get('/api/key-post-vacancies?mineKind=tailings_pond');
    expect(ponds.json.items.map((i: any) => i.mineId)).toContain(pond);
    expect(ponds.json.items.every((i: any) => i.kinds.includes('tailings_pond'))).toBe(true);
    const enterprise = await enterpriseA.get('/api/key-post-vacancies');
    expect(enterprise.json.items.map((i: any) => i.mineId)).toEqual(expect.arrayContaining([underground, pond]));
    expect(enterprise.json.items.map((i: any) => i.mineId)).not.toContain(bMine);
    const cityList = await city.get(`/api/key-post-vacancies?regionCode=${B.region.code}`);
    expect(cityList.json.items.map((i: any) => i.mineId)).toContain(bMine);
    expect(cityList.json.byDistrict).toEqual([expect.objectContaining({ regionCode: B.region.code, minesWithVacancies: expect.any(Number) })]);
    expect((await districtB.get(`/api/mines/${underground}/key-posts`)).status).toBe(404);
    const xlsx = await districtA.get('/api/key-post-vacancies/export?mineKind=tailings_pond');
    expect(xlsx.status).toBe(200);
    expect(String(xlsx.headers['content-type'])).toMatch(/spreadsheetml/);
    expect(xlsx.raw.subarray(0, 2).toString()).toBe('PK');
  });

  it('requirements: only rules.manage edits; validated, versioned, audited, applied', async () => {
    const rows = (await cityAdmin.get('/api/position-requirements')).json;
    const op = rows.find((x: any) => x.mineKind === 'tailings_pond' && x.position === 'special_operator');
    const five = rows.find((x: any) => x.mineKind === 'underground' && x.position === 'mine_manager');
    const body = { count: 2, perSystem: false, qualification: { fullTime: true }, unconfirmed: true, note: '尾矿工两班', version: op.version };
    const audits = async () => Number((await s.p.database.query<{ n: string }>(
      `SELECT count(*)::text AS n FROM audit_events WHERE entity_type = 'position_requirement' AND entity_id = $1`, [op.id]))[0]!.n);
    const before = await audits();
    expect((await districtA.put(`/api/position-requirements/${op.id}`, body)).status).toBe(403);
    expect((await city.put(`/api/position-requirements/${op.id}`, body)).status).toBe(403);
    expect((await enterpriseA.put(`/api/position-requirements/${op.id}`, body)).status).toBe(403);
    expect((await cityAdmin.put('/api/position-requirements/00000000-0000-4000-8000-000000000000', body)).status).toBe(404);
    expect((await cityAdmin.put(`/api/position-requirements/${op.id}`, { ...body, count: -1 })).status).toBe(400);
    expect((await cityAdmin.put(`/api/position-requirements/${op.id}`, { ...body, qualification: { minEducation: '小学' } })).status).toBe(400);
    const notFullTime = await cityAdmin.put(`/api/position-requirements/${five.id}`, { count: 1, perSystem: true, qualification: { fullTime: false },
      unconfirmed: true, version: five.version });
    expect(notFullTime.status).toBe(400);
    expect(await audits()).toBe(before);

    const ok = await cityAdmin.put(`/api/position-requirements/${op.id}`, body);
    expect(ok.status, ok.body).toBe(200);
    expect(ok.json).toMatchObject({ count: 2, note: '尾矿工两班', version: op.version + 1 });
    expect((await cityAdmin.put(`/api/position-requirements/${op.id}`, body)).status).toBe(409); // stale version
    expect(await audits()).toBe(before + 1);
    try {
      const pond = await posts(await mineOf(A, { kinds: ['tailings_pond'] }));
      expect(pond.posts.filter((x: any) => x.position === 'special_operator')).toHaveLength(2);
    } finally {
      const restore = await cityAdmin.put(`/api/position-requirements/${op.id}`, {
        count: op.count, perSystem: op.perSystem, qualification: op.qualification, unconfirmed: op.unconfirmed, note: op.note, version: op.version + 1 });
      expect(restore.status, restore.body).toBe(200);
    }
  });

  it('positions carry full-time and the production system; people carry years in mining', async () => {
    const personId = await insertQualifiedPerson(s.p, { ownerEnterpriseId: A.enterprise.id });
    const created = await enterpriseA.post('/api/positions', { personId, enterpriseId: A.enterprise.id, mineId: A.mine.id, position: 'survey_technician',
      startDate: '2025-01-01', fullTime: false, productionSystem: 2 });
    expect(created.status, created.body).toBe(201);
    expect(created.json).toMatchObject({ fullTime: false, productionSystem: 2 });
    const dflt = await enterpriseA.post('/api/positions', { personId, enterpriseId: A.enterprise.id, mineId: A.mine.id, position: 'mining_technician', startDate: '2025-01-01' });
    expect(dflt.json).toMatchObject({ fullTime: true, productionSystem: null });
    const noMine = await enterpriseA.post('/api/positions', { personId, enterpriseId: A.enterprise.id, position: 'principal', startDate: '2025-01-01', productionSystem: 1 });
    expect(noMine.status).toBe(400);
    const twoSystems = await mineOf(A, { kinds: ['underground'], independentSystems: 2 });
    expect((await enterpriseA.post('/api/positions', { personId, enterpriseId: A.enterprise.id, mineId: twoSystems, position: 'chief_engineer',
      startDate: '2025-01-01', productionSystem: 3 })).json.fields.productionSystem).toMatch(/2个/);
    const person = (await enterpriseA.get(`/api/people/${personId}`)).json;
    expect(person.miningYears).toBe(10);
    const upd = await enterpriseA.put(`/api/people/${personId}`, { name: person.name, idDocType: 'resident_id', miningYears: 12, version: person.version });
    expect(upd.status, upd.body).toBe(200);
    expect(upd.json.miningYears).toBe(12);
    expect((await enterpriseA.put(`/api/people/${personId}`, { name: person.name, miningYears: -1, version: upd.json.version })).status).toBe(400);
  });

  describe('vacancy → major hazard', () => {
    const raise = (c: Client, mineId: string, body: Record<string, unknown> = {}) =>
      c.post(`/api/mines/${mineId}/key-posts/hazard`, { position: 'mine_manager', productionSystem: 1, deadline: inDays(30), ...body });
    const hazardAudits = async (id: string) => Number((await s.p.database.query<{ n: string }>(
      `SELECT count(*)::text AS n FROM audit_events WHERE entity_type = 'hazard' AND entity_id = $1`, [id]))[0]!.n);

    it('an underground vacancy becomes a regulator-found major hazard under UG-32, with one audit event', async () => {
      const mineId = await mineOf(A, { kinds: ['underground'] });
      expect((await posts(mineId)).hazardPositions).toContainEqual({ position: 'mine_manager', productionSystem: 1, hazardItemCode: 'UG-32' });
      const r = await raise(districtA, mineId);
      expect(r.status, r.body).toBe(201);
      expect(r.json.standardItemCode).toBe('UG-32');
      const h = await districtA.get(`/api/hazards/${r.json.hazardId}`);
      expect(h.json).toMatchObject({ grade: 'major', standardItemCode: 'UG-32', status: 'in_rectification', source: 'regulator_inspection', mineId });
      expect(h.json.description).toMatch(/矿长（第1生产系统）/);
      expect(await hazardAudits(r.json.hazardId)).toBe(1);
      // duplicate: an open UG-32 hazard of the mine already exists
      const dup = await raise(districtA, mineId, { position: 'chief_engineer' });
      expect(dup.status).toBe(409);
      expect(dup.json.message).toMatch(/UG-32/);
    });

    it('a tailings pond vacancy becomes a TP-19 hazard', async () => {
      const mineId = await mineOf(A, { kinds: ['tailings_pond'] });
      const r = await raise(districtA, mineId, { position: 'tailings_technician', productionSystem: null, description: '未配备尾矿库专业技术人员' });
      expect(r.status, r.body).toBe(201);
      expect(r.json.standardItemCode).toBe('TP-19');
    });

    it('refuses open-pit (409), a filled post (409), a post not required (400), other districts (404), enterprises and the city (403)', async () => {
      expect((await raise(districtA, await mineOf(A, { kinds: ['open_pit'] }), { productionSystem: null })).status).toBe(409);
      const staffed = await mineOf(A, { kinds: ['underground'] });
      await staffFully(s.p, A.enterprise.id, staffed, [{ position: 'mine_manager' }]);
      const filled = await raise(districtA, staffed);
      expect(filled.status).toBe(409);
      expect(filled.json.message).toMatch(/已配备/);
      expect((await raise(districtA, staffed, { position: 'hydro_technician', productionSystem: null })).status).toBe(400);
      const fresh = await mineOf(A, { kinds: ['underground'] });
      expect((await raise(districtB, fresh)).status).toBe(404);
      expect((await raise(enterpriseA, fresh)).status).toBe(403);
      expect((await raise(city, fresh)).status).toBe(403);
      expect((await raise(districtA, fresh, { deadline: '2020-01-01' })).status).toBe(400);
      expect((await s.p.database.query<{ n: string }>(`SELECT count(*)::text AS n FROM hazards WHERE mine_id = $1`, [fresh]))[0]!.n).toBe('0');
    });
  });
});
