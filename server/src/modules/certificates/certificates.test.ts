import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { databaseKinds, startTestServer, type TestServer } from '../../../test/harness';
import { createCityUser, createTenant, signIn, type Client, type Tenant } from '../../../test/factories';
import { runImport } from '../../../test/uploads';
import { shanghaiDate } from '../hazards/hazards.fixtures';
import { insertPerson, newIdNumber } from '../people/people.fixtures';
import { CERTIFICATE_IMPORT_COLUMNS } from '../imports/certificate-import';
import { insertCertificate, newCertificateNumber, workerWithCertificate } from './certificates.fixtures';
import { addYears } from './certificates.rules';

type Cells = Record<string, string>;
async function sheet(rows: Cells[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('特种作业操作证');
  ws.addRow(CERTIFICATE_IMPORT_COLUMNS.map((c) => c.header));
  for (const r of rows) ws.addRow(CERTIFICATE_IMPORT_COLUMNS.map((c) => r[c.key] ?? null));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe.each(databaseKinds())('special-operations certificates on %s', (kind) => {
  let s: TestServer;
  let A: Tenant;
  let B: Tenant;
  let districtA: Client;
  let districtB: Client;
  let adminA: Client;
  let adminB: Client;
  let staffA: Client;
  let cityAdmin: Client;

  const person = (t: Tenant, name = `持证人${randomInt(1e6)}`, idNumber = newIdNumber()) =>
    insertPerson(s.p, { name, ownerEnterpriseId: t.enterprise.id, idNumber });
  const register = (c: Client, personId: string, over: Record<string, unknown> = {}) => c.post('/api/certificates', {
    personId, typeCode: '8.1', number: newCertificateNumber(), issuingAuthority: '重庆市应急管理局', issueDate: '2021-03-10', ...over,
  });
  const auditActions = async (id: string) =>
    (await s.p.database.query<{ action: string }>('SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY seq', [id])).map((e) => e.action);

  beforeAll(async () => {
    s = await startTestServer(kind);
    [A, B] = [await createTenant(s.p), await createTenant(s.p)];
    districtA = await signIn(s.app, A.users.districtSupervisor.username);
    districtB = await signIn(s.app, B.users.districtSupervisor.username);
    adminA = await signIn(s.app, A.users.enterpriseAdmin.username);
    adminB = await signIn(s.app, B.users.enterpriseAdmin.username);
    staffA = await signIn(s.app, A.users.enterpriseStaff.username);
    cityAdmin = await signIn(s.app, (await createCityUser(s.p, ['city_admin'])).username);
  });
  afterAll(async () => s?.close());

  it('the seeded catalogue: the 2010 entries, labelled 待核对', async () => {
    const types = (await staffA.get('/api/certificate-types')).json as any[];
    const mine = types.filter((t) => t.code.startsWith('8.') && t.effectiveFrom === '2010-07-01');
    expect(mine.map((t) => t.name)).toEqual(expect.arrayContaining(['金属非金属矿井通风作业', '尾矿作业', '金属非金属矿山爆破作业']));
    expect(mine.every((t) => t.unconfirmed && t.validYears === 6 && t.reviewYears === 3 && t.extendedReviewYears === 6)).toBe(true);
    expect(mine[0].source).toContain('2010');
  });

  it('due dates: 6-year validity with 3-year reviews; a passed review moves the next one, a failed one does not', async () => {
    const res = await register(districtA, await person(A));
    expect(res.status, res.body).toBe(201);
    const c = res.json;
    expect(c).toMatchObject({ issueDate: '2021-03-10', expiryDate: '2027-03-10', nextReviewDue: '2024-03-10', reviewWindowOpens: '2024-01-10', lastReviewedOn: null });
    expect(c.type).toMatchObject({ code: '8.1', effectiveFrom: '2010-07-01' });
    const failed = await districtA.post(`/api/certificates/${c.id}/reviews`, { reviewedOn: '2024-02-20', result: 'failed' });
    expect(failed.status).toBe(201);
    expect(failed.json.nextReviewDue).toBe('2024-03-10');
    const passed = await districtA.post(`/api/certificates/${c.id}/reviews`, { reviewedOn: '2024-03-01', result: 'passed' });
    expect(passed.json).toMatchObject({ lastReviewedOn: '2024-03-01', nextReviewDue: '2027-03-01' });
    expect(passed.json.reviews.map((r: any) => r.result)).toEqual(['passed', 'failed']);
    expect((await districtA.post(`/api/certificates/${c.id}/reviews`, { reviewedOn: '2021-03-09', result: 'passed' })).status).toBe(400);
    // a given expiry wins over the default
    const given = await register(districtA, await person(A), { issueDate: '2022-01-05', expiryDate: '2027-12-31' });
    expect(given.json).toMatchObject({ expiryDate: '2027-12-31', nextReviewDue: '2025-01-05' });
  });

  it('the 10-clean-years extension: a decision with approver and date; reviews every 6 years', async () => {
    const pid = await person(A);
    const noApprover = await register(districtA, pid, { extendedReview: true, extendedApprovedOn: '2024-01-05' });
    expect(noApprover.status).toBe(400);
    expect(noApprover.json.fields.extendedApprovedBy).toBeTruthy();
    const early = await register(districtA, pid, { extendedReview: true, extendedApprovedBy: '重庆市应急管理局', extendedApprovedOn: '2021-01-01' });
    expect(early.json.fields.extendedApprovedOn).toBeTruthy();
    const ok = await register(districtA, pid, { extendedReview: true, extendedApprovedBy: '重庆市应急管理局', extendedApprovedOn: '2024-01-05' });
    expect(ok.status, ok.body).toBe(201);
    expect(ok.json).toMatchObject({ extendedReview: true, extendedApprovedBy: '重庆市应急管理局', nextReviewDue: '2027-03-10', expiryDate: '2027-03-10' });
    // the decision taken later, on an edit: the due date moves from 3 to 6 years after the last passed review
    const plain = (await register(districtA, pid, { typeCode: '8.2', issueDate: '2020-05-01', expiryDate: '2026-05-01' })).json;
    await districtA.post(`/api/certificates/${plain.id}/reviews`, { reviewedOn: '2023-04-20', result: 'passed' });
    const edited = await districtA.put(`/api/certificates/${plain.id}`, {
      typeCode: '8.2', number: plain.number, issuingAuthority: plain.issuingAuthority, issueDate: '2020-05-01', expiryDate: '2026-05-01',
      extendedReview: true, extendedApprovedBy: '重庆市应急管理局', extendedApprovedOn: '2023-04-20', version: plain.version,
    });
    expect(edited.status, edited.body).toBe(200);
    expect(edited.json.nextReviewDue).toBe('2029-04-20');
  });

  it('a catalogue change: a certificate follows the entry in force on its issue date', async () => {
    const code = `X${randomInt(1e6)}`;
    const entry = { code, name: '测试作业', category: '测试类', validYears: 6, reviewYears: 3, extendedReviewYears: 6, effectiveFrom: '2010-07-01', source: '测试（2010）' };
    expect((await districtA.post('/api/certificate-types', entry)).status).toBe(403);
    const old = await cityAdmin.post('/api/certificate-types', entry);
    expect(old.status, old.body).toBe(201);
    const v2026 = { ...entry, validYears: 4, reviewYears: 2, extendedReviewYears: 4, effectiveFrom: '2026-06-01', source: '应急〔2026〕45号（测试）' };
    const overlap = await cityAdmin.post('/api/certificate-types', v2026);
    expect(overlap.status).toBe(409);
    expect(overlap.json.fields.effectiveFrom).toContain('2010-07-01');
    expect((await cityAdmin.post(`/api/certificate-types/${old.json.id}/end`, { effectiveTo: '2026-05-31' })).status).toBe(200);
    const neu = await cityAdmin.post('/api/certificate-types', v2026);
    expect(neu.status, neu.body).toBe(201);
    expect(await auditActions(old.json.id)).toEqual(['create', 'end']);

    const before = (await register(districtA, await person(A), { typeCode: code, issueDate: '2026-05-20' })).json;
    expect(before).toMatchObject({ typeId: old.json.id, expiryDate: '2032-05-20', nextReviewDue: '2029-05-20' });
    const after = (await register(districtA, await person(A), { typeCode: code, issueDate: '2026-06-02' })).json;
    expect(after).toMatchObject({ typeId: neu.json.id, expiryDate: '2030-06-02', nextReviewDue: '2028-06-02' });
    expect(after.type.source).toContain('2026');
    // an entry cannot end before a certificate that follows it was issued
    expect((await cityAdmin.post(`/api/certificate-types/${old.json.id}/end`, { effectiveTo: '2026-05-01' })).status).toBe(409);
    // no entry in force before the first one
    const none = await register(districtA, await person(A), { typeCode: code, issueDate: '2010-06-30' });
    expect(none.status).toBe(400);
    expect(none.json.fields.typeCode).toBeTruthy();
  });

  it('states are computed in SQL on Asia/Shanghai dates, at the 60-day boundary; the alerts summary counts them', async () => {
    const C = await createTenant(s.p);
    const districtC = await signIn(s.app, C.users.districtSupervisor.username);
    const pid = await person(C);
    const today = shanghaiDate(0);
    const day = (n: number) => shanghaiDate(n);
    const lastYear = addYears(today, -1);
    const cert = (issueDate: string, over: { expiryDate?: string; status?: string } = {}) =>
      insertCertificate(s.p, { personId: pid, enterpriseId: C.enterprise.id, regionCode: C.region.code, issueDate, ...over });
    const ids = {
      expiring60: await cert(lastYear, { expiryDate: day(60) }),
      valid61: await cert(lastYear, { expiryDate: day(61) }),
      expiringToday: await cert(lastYear, { expiryDate: today }),
      expired: await cert(lastYear, { expiryDate: day(-1) }),
      reviewDue60: await cert(addYears(day(60), -3)),
      reviewValid61: await cert(addYears(day(61), -3)),
      reviewOverdue: await cert(addYears(day(-1), -3)),
      revoked: await cert(lastYear, { status: 'revoked' }),
    };
    const list = async (query: string) => ((await districtC.get(`/api/certificates?personId=${pid}&limit=50&${query}`)).json.items as any[]).map((i) => i.id).sort();
    const sorted = (...xs: string[]) => [...xs].sort();
    expect(await list('state=expiring_soon')).toEqual(sorted(ids.expiring60, ids.expiringToday));
    expect(await list('state=valid')).toEqual(sorted(ids.valid61, ids.reviewValid61));
    expect(await list('state=expired')).toEqual([ids.expired]);
    expect(await list('state=review_due_soon')).toEqual([ids.reviewDue60]);
    expect(await list('state=review_overdue')).toEqual([ids.reviewOverdue]);
    expect(await list('state=revoked')).toEqual([ids.revoked]);
    expect(await list('expiringWithinDays=60')).toEqual(sorted(ids.expiring60, ids.expiringToday));
    const summary = (await districtC.get('/api/certificates/alerts-summary')).json;
    expect(summary).toEqual({ dueSoonDays: 60, byState: { valid: 2, expiring_soon: 2, expired: 1, review_due_soon: 1, review_overdue: 1, revoked: 1 } });
    // the summary follows the scope: another district sees none of C's
    expect((await districtA.get('/api/certificates/alerts-summary')).json.byState.revoked).toBe(0);
  });

  it('the mine filter: holders with a current position at the mine', async () => {
    const w = await workerWithCertificate(s.p, A);
    const elsewhere = (await register(districtA, await person(A))).json;
    const ids = ((await districtA.get(`/api/certificates?mineId=${A.mine.id}&limit=200`)).json.items as any[]).map((i) => i.id);
    expect(ids).toContain(w.certificateId);
    expect(ids).not.toContain(elsewhere.id);
  });

  it('verification records: entered by a person, listed on the certificate, one audit event; staff without the permission 403', async () => {
    const c = (await register(districtA, await person(A))).json;
    const v = { verifiedOn: shanghaiDate(0), method: 'qr_scan', verifierName: '检查组 王工', result: 'genuine', note: '扫码一致' };
    expect((await staffA.post(`/api/certificates/${c.id}/verifications`, v)).status).toBe(403);
    expect((await districtA.post(`/api/certificates/${c.id}/verifications`, { ...v, method: 'telepathy' })).status).toBe(400);
    expect((await districtA.post(`/api/certificates/${c.id}/verifications`, { ...v, verifiedOn: shanghaiDate(2) })).status).toBe(400);
    const res = await districtA.post(`/api/certificates/${c.id}/verifications`, v);
    expect(res.status, res.body).toBe(201);
    expect(res.json.verifications).toMatchObject([{ method: 'qr_scan', verifierName: '检查组 王工', result: 'genuine', note: '扫码一致' }]);
    expect(await auditActions(c.id)).toEqual(['create', 'verify']);
  });

  it('scope: other district 404, other enterprise 404, enterprise staff 403; ID numbers masked', async () => {
    const idNumber = newIdNumber();
    const pid = await person(A, '范围测试', idNumber);
    expect((await register(staffA, pid)).status).toBe(403);
    expect((await register(districtB, pid)).status).toBe(404);
    expect((await register(adminB, pid)).status).toBe(404);
    expect((await register(districtA, await person(B))).status).toBe(404);
    // the role is refused (403) before the missing employer is (400)
    const inspector = await signIn(s.app, (await createCityUser(s.p, ['national_inspectorate'])).username);
    const [orphan] = await s.p.database.query<{ id: string }>(`INSERT INTO people (name) VALUES ('无单位人员') RETURNING id`);
    expect((await register(inspector, orphan!.id)).status).toBe(403);
    const own = await register(adminA, pid);
    expect(own.status, own.body).toBe(201);
    const c = own.json;
    expect(c.enterpriseId).toBe(A.enterprise.id);
    expect(c.idNumber).not.toContain(idNumber.slice(6, 14));
    expect(c.idNumber).toMatch(/\*/);
    for (const other of [districtB, adminB]) {
      expect((await other.get(`/api/certificates/${c.id}`)).status).toBe(404);
      expect((await other.post(`/api/certificates/${c.id}/reviews`, { reviewedOn: '2024-01-01', result: 'passed' })).status).toBe(404);
      expect((await other.post(`/api/certificates/${c.id}/verifications`, { verifiedOn: '2024-01-01', method: 'original', verifierName: '某', result: 'genuine' })).status).toBe(404);
    }
    expect((await staffA.get(`/api/certificates/${c.id}`)).json.can).toEqual({ manage: false, verify: false });
    expect((await staffA.put(`/api/certificates/${c.id}`, { typeCode: '8.1', number: c.number, issuingAuthority: 'x', issueDate: '2021-03-10', version: c.version })).status).toBe(403);
    // number unique per type
    const dup = await register(districtA, await person(A), { number: c.number });
    expect(dup.status).toBe(409);
    expect(dup.json.fields.number).toBeTruthy();
  });

  it('audit: exactly one event per change, with before and after on an edit; a stale edit 409', async () => {
    const c = (await register(districtA, await person(A))).json;
    const body = { typeCode: '8.1', number: c.number, issuingAuthority: '城口县应急管理局', issueDate: '2021-03-10', version: c.version };
    const edited = await districtA.put(`/api/certificates/${c.id}`, body);
    expect(edited.status, edited.body).toBe(200);
    expect((await districtA.put(`/api/certificates/${c.id}`, body)).status).toBe(409);
    await districtA.post(`/api/certificates/${c.id}/reviews`, { reviewedOn: '2024-03-01', result: 'passed' });
    await districtA.post(`/api/certificates/${c.id}/verifications`, { verifiedOn: '2025-01-01', method: 'national_site', verifierName: '张三', result: 'genuine' });
    expect(await auditActions(c.id)).toEqual(['create', 'update', 'review', 'verify']);
    const [ev] = await s.p.database.query<any>(`SELECT before, after FROM audit_events WHERE entity_id = $1 AND action = 'update'`, [c.id]);
    expect(ev.before.issuingAuthority).toBe('重庆市应急管理局');
    expect(ev.after.issuingAuthority).toBe('城口县应急管理局');
  });

  it('import: dry run with row errors by column, all-or-nothing, then a commit', async () => {
    const [idA1, idA2] = [newIdNumber(), newIdNumber()];
    await person(A, '导入甲', idA1);
    await person(A, '导入乙', idA2);
    const idB = newIdNumber();
    await person(B, '外区人员', idB);
    const taken = (await register(districtA, await person(A))).json.number;
    const [n1, n2] = [newCertificateNumber(), newCertificateNumber()];
    const row = (over: Cells = {}): Cells => ({
      personName: '导入甲', idNumber: idA1, typeCode: '8.8 金属非金属矿山爆破作业', number: n1, issuingAuthority: '重庆市应急管理局', issueDate: '2023-04-01', ...over,
    });
    const rows: Cells[] = [
      row(), // 2 valid
      row({ personName: '导入乙', idNumber: idA2, typeCode: '8.7', number: n2, expiryDate: '2029-01-31' }), // 3 valid
      row({ idNumber: newIdNumber(), number: newCertificateNumber() }), // 4 unknown person
      row({ personName: '外区人员', idNumber: idB, number: newCertificateNumber() }), // 5 another district's person: not found
      row({ personName: '导入丙', number: newCertificateNumber() }), // 6 name mismatch
      row({ typeCode: '9.9 不存在', number: newCertificateNumber() }), // 7
      row({ issueDate: '2023-02-30', number: newCertificateNumber() }), // 8
      row({ typeCode: '8.1', number: taken }), // 9 number taken
      row(), // 10 duplicate of row 2
    ];
    const buf = await sheet(rows);
    const count = async () => Number((await s.p.database.query<{ n: string }>(
      `SELECT count(*)::text AS n FROM certificates WHERE number = ANY($1)`, [[n1, n2]]))[0]!.n);
    expect((await runImport(staffA, 'certificates', buf, 'dry-run')).status).toBe(403);
    expect((await staffA.get('/api/import/certificates/template')).status).toBe(403);
    const template = await districtA.get('/api/import/certificates/template');
    expect(template.status).toBe(200);
    const twb = new ExcelJS.Workbook();
    await twb.xlsx.load(template.raw as never);
    expect((twb.worksheets[0]!.getRow(1).values as unknown[]).slice(1)).toEqual(CERTIFICATE_IMPORT_COLUMNS.map((c) => c.header));
    const dry = await runImport(districtA, 'certificates', buf, 'dry-run');
    expect(dry.json.status, dry.body).toBe('succeeded');
    const errors = dry.json.result.errors as { rowNumber: number; field?: string; message: string }[];
    const at = (r: number) => errors.find((e) => e.rowNumber === r);
    expect([...new Set(errors.map((e) => e.rowNumber))], JSON.stringify(errors)).toEqual([4, 5, 6, 7, 8, 9, 10]);
    expect(at(4)).toMatchObject({ field: '身份证件号码', message: expect.stringMatching(/未找到该人员/) });
    expect(at(5)).toMatchObject({ field: '身份证件号码', message: expect.stringMatching(/未找到该人员/) });
    expect(at(6)).toMatchObject({ field: '姓名' });
    expect(at(7)).toMatchObject({ field: '证书类型' });
    expect(at(8)).toMatchObject({ field: '初领日期' });
    expect(at(9)).toMatchObject({ field: '证号' });
    expect(at(10)!.message).toMatch(/与第2行重复/);
    expect(dry.json.result).toMatchObject({ totalRows: 9, validRows: 2, committed: false });
    const refused = await runImport(districtA, 'certificates', buf, 'commit');
    expect(refused.json.result).toMatchObject({ committed: false, created: 0 });
    expect(await count()).toBe(0);
    const ok = await runImport(districtA, 'certificates', await sheet(rows.slice(0, 2)), 'commit');
    expect(ok.json.result, ok.body).toMatchObject({ committed: true, created: 2 });
    const listed = (await districtA.get(`/api/certificates?q=${n2}`)).json.items;
    expect(listed).toMatchObject([{ personName: '导入乙', typeCode: '8.7', expiryDate: '2029-01-31' }]);
    expect(await auditActions(listed[0].id)).toEqual(['create']);
    expect(await count()).toBe(2);
  });

  it('export: exactly the filtered list, masked, formula cells escaped', async () => {
    const idNumber = newIdNumber();
    const pid = await person(A, '导出测试', idNumber);
    const expired = await insertCertificate(s.p, { personId: pid, enterpriseId: A.enterprise.id, regionCode: A.region.code, issueDate: '2018-01-01' });
    await insertCertificate(s.p, { personId: pid, enterpriseId: A.enterprise.id, regionCode: A.region.code, issueDate: addYears(shanghaiDate(0), -1), typeCode: '8.2' });
    await s.p.database.query(`UPDATE certificates SET issuing_authority = '=HYPERLINK("x")' WHERE id = $1`, [expired]);
    const res = await districtA.get(`/api/certificates/export?personId=${pid}&state=expired`);
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.raw as never);
    const ws = wb.worksheets[0]!;
    expect(ws.rowCount).toBe(2);
    const values = (ws.getRow(2).values as unknown[]).slice(1).map(String);
    expect(values[0]).toBe('导出测试');
    expect(values[1]).not.toBe(idNumber);
    expect(values[1]).toMatch(/\*/);
    expect(values[5]).toBe('\'=HYPERLINK("x")');
    expect(values).toContain('已过期');
    expect((await staffA.get(`/api/certificates/export?personId=${pid}`)).status).toBe(403);
  });
});
