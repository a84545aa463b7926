import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../../../test/harness';
import { createCityUser, createTenant, signIn, type Client, type Tenant } from '../../../test/factories';
import { insertCertificate } from './inspection-visits.fixtures';

const shanghai = (days = 0) => new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

describe.each(databaseKinds())('检查 and 逢查必验、逢查必评、逢查必考 on %s', (kind) => {
  let s: TestServer;
  let A: Tenant;
  let B: Tenant;
  let districtA: Client;
  let districtB: Client;
  let entA: Client;
  let cityAgencyId: string;
  const visit = (c: Client, over: Record<string, unknown> = {}) => c.post('/api/inspection-visits', {
    mineId: A.mine.id, visitDate: shanghai(), inspectors: '张三、李四', findings: '提升机制动器未按期检测', ...over,
  });
  const hazard = (over: Record<string, unknown> = {}) => ({
    grade: 'general', description: '提升机制动器未按期检测', foundAt: new Date(Date.now() - 60_000).toISOString(), foundBy: '检查组', deadline: shanghai(15), ...over,
  });
  const audits = (id: string) => s.p.database.query<any>('SELECT entity_type, action FROM audit_events WHERE entity_id = $1 ORDER BY seq', [id]);

  beforeAll(async () => {
    s = await startTestServer(kind);
    [A, B] = [await createTenant(s.p), await createTenant(s.p)];
    districtA = await signIn(s.app, A.users.districtSupervisor.username);
    districtB = await signIn(s.app, B.users.districtSupervisor.username);
    entA = await signIn(s.app, A.users.enterpriseAdmin.username);
    const cityUser = await createCityUser(s.p, ['national_inspectorate']);
    cityAgencyId = cityUser.agencyId!;
  });
  afterAll(async () => s?.close());

  it('records a joint visit with tests, evaluation and a verified certificate of the mine\'s enterprise', async () => {
    const cert = await insertCertificate(s.p, A.enterprise.id, A.region.code);
    const r = await visit(districtA, {
      otherAgencyIds: [cityAgencyId], trainingEvaluation: '三级教育档案齐全，班前会记录缺两次', trainingRating: 'adequate',
      workerTests: [
        { personId: cert.personId, personName: '持证人', subject: '井下电气安全操作', score: 88, passed: true },
        { personName: '临时工王五', subject: '自救器使用', score: 45, passed: false },
      ],
      verifications: [{ certificateId: cert.certificateId, method: 'qr_scan', result: 'genuine' }],
    });
    expect(r.status, r.body).toBe(201);
    expect(r.json).toMatchObject({
      mineId: A.mine.id, leadAgencyId: A.agency.id, agencies: [{ id: cityAgencyId }], trainingRating: 'adequate',
      verifications: [{ certificateId: cert.certificateId, method: 'qr_scan', result: 'genuine', verifiedOn: shanghai() }],
      hazards: [],
    });
    expect(r.json.workerTests.map((t: any) => [t.personName, t.score, t.passed]).sort()).toEqual([['临时工王五', 45, false], ['持证人', 88, true]]);
    const rows = await s.p.database.query<any>('SELECT visit_id FROM certificate_verifications WHERE certificate_id = $1', [cert.certificateId]);
    expect(rows).toEqual([{ visit_id: r.json.id }]);
    expect((await audits(r.json.id)).map((e) => e.action)).toEqual(['create']);

    expect((await entA.get(`/api/inspection-visits/${r.json.id}`)).status).toBe(200);
    expect((await districtB.get(`/api/inspection-visits/${r.json.id}`)).status).toBe(404);
    const list = await districtA.get(`/api/inspection-visits?mineId=${A.mine.id}&from=${shanghai()}&to=${shanghai()}`);
    expect(list.json.items.map((i: any) => i.id)).toContain(r.json.id);
    expect((await districtA.get(`/api/inspection-visits?to=${shanghai(-1)}`)).json.items.map((i: any) => i.id)).not.toContain(r.json.id);
    expect((await districtA.get('/api/inspection-visits?from=2025-02-30')).json.fields.from).toContain('有效日期');
    expect((await visit(districtA, { visitDate: shanghai(-3) })).status).toBe(201);
    const first = await districtA.get('/api/inspection-visits?limit=1');
    expect(first.json.items[0].id).toBe(r.json.id); // newest visit first
    expect(first.json.items).toHaveLength(1);
    const second = await districtA.get(`/api/inspection-visits?limit=1&cursor=${first.json.nextCursor}`);
    expect(second.status).toBe(200);
    expect(second.json.items.map((i: any) => i.id)).not.toContain(first.json.items[0].id);
  });

  it('refuses a certificate of another enterprise, an unknown agency and a future date (400, nothing written)', async () => {
    const foreign = await insertCertificate(s.p, B.enterprise.id, B.region.code);
    const before = (await s.p.database.query<any>('SELECT count(*)::int AS n FROM inspection_visits WHERE mine_id = $1', [A.mine.id]))[0].n;
    const r = await visit(districtA, { verifications: [{ certificateId: foreign.certificateId, method: 'national_site', result: 'genuine' }] });
    expect(r.status).toBe(400);
    expect(r.json.fields['verifications.0.certificateId']).toContain('不属于');
    const agency = await visit(districtA, { otherAgencyIds: ['00000000-0000-4000-8000-000000000000'] });
    expect(agency.json.fields['otherAgencyIds.0']).toBeTruthy();
    expect((await visit(districtA, { visitDate: shanghai(2) })).json.fields.visitDate).toBeTruthy();
    const after = (await s.p.database.query<any>('SELECT count(*)::int AS n FROM inspection_visits WHERE mine_id = $1', [A.mine.id]))[0].n;
    expect(after).toBe(before);
    const none = await s.p.database.query<any>('SELECT 1 FROM certificate_verifications WHERE certificate_id = $1', [foreign.certificateId]);
    expect(none).toEqual([]);
  });

  it('hazards found on the visit carry visit_id and start in 整改中 with a deadline', async () => {
    const v = (await visit(districtA)).json;
    const noDeadline = await districtA.post(`/api/inspection-visits/${v.id}/hazards`, hazard({ deadline: null }));
    expect(noDeadline.status).toBe(400);
    const h = await districtA.post(`/api/inspection-visits/${v.id}/hazards`, hazard());
    expect(h.status, h.body).toBe(201);
    expect(h.json).toMatchObject({ status: 'in_rectification', deadline: shanghai(15), source: 'regulator_inspection', mineId: A.mine.id });
    const [row] = await s.p.database.query<any>('SELECT visit_id FROM hazards WHERE id = $1', [h.json.id]);
    expect(row.visit_id).toBe(v.id);
    expect((await audits(h.json.id)).map((e) => `${e.entity_type}:${e.action}`)).toEqual(['hazard:create']);
    expect((await audits(v.id)).map((e) => e.action)).toEqual(['create', 'link_hazard']);
    const detail = await districtA.get(`/api/inspection-visits/${v.id}`);
    expect(detail.json.hazards).toMatchObject([{ id: h.json.id, status: 'in_rectification', deadline: shanghai(15) }]);
  });

  it('other district 404, enterprise 403', async () => {
    const v = (await visit(districtA)).json;
    expect((await visit(districtB)).status).toBe(404);
    expect((await districtB.post(`/api/inspection-visits/${v.id}/hazards`, hazard())).status).toBe(404);
    expect((await visit(entA)).status).toBe(403);
    expect((await entA.post(`/api/inspection-visits/${v.id}/hazards`, hazard())).status).toBe(403);
    expect((await audits(v.id)).map((e) => e.action)).toEqual(['create']);
  });
});
