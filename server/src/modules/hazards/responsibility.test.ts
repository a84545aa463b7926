import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../../../test/harness';
import { TEST_PASSWORD, createCityUser, newCreditCode, signIn, type Client } from '../../../test/factories';
import { multipart } from '../../../test/uploads';
import { tamper } from '../../../test/audit/chain-fixture';
import { insertPerson, insertPosition } from '../people/people.fixtures';
import { hazardWorld, majorReport, plan, shanghaiDate, type HazardWorld } from './hazards.fixtures';

const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(1000, 9), Buffer.from([0xff, 0xd9])]);
const dayAfter = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const shanghaiDayOf = (iso: string) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(iso));

/**
 * 责任倒查: a hazard driven through the whole loop (with an extension, a listing and an attachment), then
 * read back from the audit log with actors, status changes, 时效 against hand-set deadlines and the
 * principals in office on the found and closure dates.
 */
describe.each(databaseKinds())('hazard responsibility view on %s', (kind) => {
  let s: TestServer;
  let w: HazardWorld;
  let hazardId: string;
  const names = { old: '', now: '', manager: '', parent: '', foreign: '' };

  const act = (c: Client, action: string, body: Record<string, unknown>) => c.post(`/api/hazards/${hazardId}/actions/${action}`, body);
  const ok = <T extends { status: number; body: string }>(r: T, status = 200) => { expect(r.status, r.body).toBe(status); return r; };
  /** The API refuses past deadlines, so the test moves the deadline into the past straight in the table. */
  const setDeadline = (d: string) => s.p.database.query('UPDATE hazards SET deadline = $1 WHERE id = $2', [d, hazardId]);

  beforeAll(async () => {
    s = await startTestServer(kind);
    w = await hazardWorld(s.app, s.p);
    const { A, B, clients: c } = w;
    const tag = A.region.code;

    // Found 30 hours ago: registered 6 hours over the default 24-hour limit.
    const foundAt = new Date(Date.now() - 30 * 3600_000).toISOString();
    const foundDay = shanghaiDayOf(foundAt);
    hazardId = ok(await c.staff.post('/api/hazards', majorReport(A, { foundAt })), 201).json.id;

    // Positions with history: the principal changed the day after the hazard was found; a parent company above.
    const [parent] = await s.p.database.query<{ id: string }>(`INSERT INTO enterprises (name, credit_code) VALUES ($1, $2) RETURNING id`,
      [`集团公司${tag}`, newCreditCode()]);
    await s.p.database.query('UPDATE enterprises SET parent_id = $1 WHERE id = $2', [parent!.id, A.enterprise.id]);
    Object.assign(names, { old: `原负责人${tag}`, now: `现负责人${tag}`, manager: `矿长${tag}`, parent: `集团负责人${tag}`, foreign: `他企负责人${tag}` });
    const person = (name: string, phone?: string) => insertPerson(s.p, { name, ownerEnterpriseId: A.enterprise.id, phone });
    await insertPosition(s.p, { personId: await person(names.old), enterpriseId: A.enterprise.id, position: 'principal', startDate: '2020-01-01', endDate: foundDay });
    await insertPosition(s.p, { personId: await person(names.now), enterpriseId: A.enterprise.id, position: 'principal', startDate: dayAfter(foundDay) });
    await insertPosition(s.p, { personId: await person(names.manager, '13912345678'), enterpriseId: A.enterprise.id, mineId: A.mine.id,
      position: 'mine_manager', startDate: '2021-06-01' });
    await insertPosition(s.p, { personId: await person(names.parent), enterpriseId: parent!.id, position: 'principal', startDate: '2019-01-01' });
    await insertPosition(s.p, { personId: await person(names.foreign), enterpriseId: B.enterprise.id, position: 'principal', startDate: '2019-01-01' });

    // report → confirm (deadline today) → extension to +5 → listing → plan → photo → self-accept → fail
    // → (deadline moved two days into the past) → self-accept → pass → delist.
    let h = ok(await act(c.district, 'confirm', { version: 1, deadline: shanghaiDate(0) })).json;
    h = ok(await c.entAdmin.post(`/api/hazards/${hazardId}/extensions`, { requestedDeadline: shanghaiDate(5), reason: '水泵到货延迟' }), 201).json;
    h = ok(await c.district.post(`/api/hazard-extensions/${h.extensions[0].id}/decide`, { approve: true, note: '同意' })).json;
    h = ok(await c.city.post(`/api/hazards/${hazardId}/listing`, { version: h.version, deadline: shanghaiDate(30),
      requirements: '30日内完成整改', responsibleUnit: A.enterprise.name }), 201).json;
    h = ok(await act(c.entAdmin, 'submit_plan', plan(h.version))).json;
    const { payload, contentType } = multipart(JPEG, '整改后.jpg');
    ok(await c.entAdmin.request('POST', `/api/hazards/${hazardId}/attachments?purpose=photo_after`, payload, { 'content-type': contentType }), 201);
    h = ok(await act(c.principal, 'self_accept', { version: h.version, password: TEST_PASSWORD })).json;
    h = ok(await act(c.district, 'accept_fail', { version: h.version, reason: '备用泵未联调' })).json;
    await setDeadline(shanghaiDate(-2));
    h = ok(await act(c.principal, 'self_accept', { version: h.version, password: TEST_PASSWORD })).json;
    h = ok(await act(c.district, 'accept_pass', { version: h.version })).json;
    ok(await c.city.post(`/api/hazard-listings/${h.listings[0].id}/delist`, { verificationNote: '现场核查，三台水泵运行正常' }));
  });
  afterAll(async () => s?.close());

  it('lists every audit event in order with its actor, role, organisation and status change', async () => {
    const { A, users: u, clients: c } = w;
    const r = ok(await c.district.get(`/api/hazards/${hazardId}/responsibility`));
    const v = r.json;
    expect(v.hazard).toMatchObject({ id: hazardId, mineName: A.mine.name, enterpriseName: A.enterprise.name, parentEnterpriseName: `集团公司${A.region.code}`,
      grade: 'major', gradeLabel: '重大事故隐患', standardItemCode: 'UG-07', status: 'closed', statusLabel: '已销号', deadline: shanghaiDate(-2) });
    expect(v.hazard.standardItemTitle).toEqual(expect.any(String));
    expect(v.hazard.closedAt).not.toBeNull();

    const actions = v.entries.map((e: any) => e.action);
    expect(actions).toEqual(['create', 'confirm', 'extension_request', 'extension_approve', 'list', 'submit_plan', 'upload',
      'self_accept', 'accept_fail', 'self_accept', 'accept_pass', 'delist']);
    const seqs = v.entries.map((e: any) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    const [audited] = await s.p.database.query<{ n: string }>(`SELECT count(*)::text AS n FROM audit_events
      WHERE entity_id = $1 OR entity_id IN (SELECT id::text FROM attachments WHERE owner_id::text = $1)`, [hazardId]);
    expect(v.entries).toHaveLength(Number(audited!.n));

    const [cityAgency] = await s.p.database.query<{ name: string }>('SELECT name FROM agencies WHERE id = $1', [u.city.agencyId]);
    const who = { staff: [u.staff, '企业人员', A.enterprise.name], entAdmin: [u.entAdmin, '企业管理员', A.enterprise.name],
      principal: [u.principal, '企业主要负责人', A.enterprise.name], district: [u.district, '区县监管人员', A.agency.name],
      city: [u.city, '市级监管人员', cityAgency!.name] } as const;
    const expected: (keyof typeof who)[] = ['staff', 'district', 'entAdmin', 'district', 'city', 'entAdmin', 'entAdmin', 'principal', 'district', 'principal', 'district', 'city'];
    v.entries.forEach((e: any, i: number) => {
      const [user, role, org] = who[expected[i]!];
      expect(e.actor, `${i} ${e.action}`).toMatchObject({ userId: user.id, username: user.username, displayName: user.displayName, roleLabel: role, orgName: org });
      expect(e.time).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
      expect(e.time.slice(0, 10)).toBe(shanghaiDayOf(e.occurredAt));
      expect(e.chainOk).toBe(true);
    });
    expect(v.entries.map((e: any) => [e.fromStatus, e.toStatus])).toEqual([
      [null, 'reported'], ['reported', 'in_rectification'], ['in_rectification', 'in_rectification'], ['in_rectification', 'in_rectification'],
      ['in_rectification', 'in_rectification'], ['in_rectification', 'in_rectification'], [null, null],
      ['in_rectification', 'awaiting_acceptance'], ['awaiting_acceptance', 'in_rectification'], ['in_rectification', 'awaiting_acceptance'],
      ['awaiting_acceptance', 'awaiting_delisting'], ['awaiting_delisting', 'closed'],
    ]);
    expect(v.entries[1]).toMatchObject({ actionLabel: '认定为重大隐患', fromStatusLabel: '已上报', toStatusLabel: '整改中', detail: `整改期限 ${shanghaiDate(0)}` });
    expect(v.entries[3].detail).toBe(`整改期限 ${shanghaiDate(0)} → ${shanghaiDate(5)}`);
    expect(v.entries[4].detail).toMatch(/^督办文号 渝矿督〔\d{4}〕\d+号$/);
    expect(v.entries[6]).toMatchObject({ entityType: 'attachment', entityLabel: '附件', actionLabel: '上传附件', detail: '整改后照片：整改后.jpg' });
    expect(v.verification).toMatchObject({ ok: true, checked: 12, failures: [] });
  });

  it('measures registration, deadlines in force and the district\'s turnaround', async () => {
    const v = ok(await w.clients.district.get(`/api/hazards/${hazardId}/responsibility`)).json;
    const timing = (i: number, k: string) => v.entries[i].timing.find((t: any) => t.kind === k);
    expect(v.registrationLimitHours).toBe(24);
    const reg = timing(0, 'registration');
    expect(reg).toMatchObject({ late: true, limitHours: 24 });
    expect(reg.hours).toBeGreaterThanOrEqual(29.9);
    expect(reg.hours).toBeLessThan(30.5);
    expect(reg.text).toMatch(/^发现后1天6小时登记（时限24小时），超时6(\.\d)?小时$/);

    expect(timing(1, 'turnaround')).toMatchObject({ label: '认定用时', late: null });
    expect(timing(1, 'turnaround').text).toMatch(/^自上报起/);
    expect(timing(3, 'turnaround').label).toBe('延期审批用时');
    // Before the extension the deadline was today; after it, +5: the plan and first self-acceptance are 5 days early.
    expect(timing(5, 'deadline')).toMatchObject({ label: '方案提交', deadline: shanghaiDate(5), daysLate: -5, late: false, text: `提前5天（整改期限${shanghaiDate(5)}）` });
    expect(timing(7, 'deadline')).toMatchObject({ label: '企业自验', daysLate: -5, late: false });
    expect(timing(8, 'deadline')).toMatchObject({ label: '验收（不通过）', daysLate: -5 });
    expect(timing(8, 'turnaround')).toMatchObject({ label: '验收用时' });
    expect(timing(8, 'turnaround').text).toMatch(/^自企业自验起/);
    // The deadline then lay two days in the past: the second self-acceptance, the acceptance and the delisting are 2 days late.
    expect(timing(9, 'deadline')).toMatchObject({ label: '企业自验', deadline: shanghaiDate(-2), daysLate: 2, late: true, text: `逾期2天（整改期限${shanghaiDate(-2)}）` });
    expect(timing(10, 'deadline')).toMatchObject({ label: '验收通过', daysLate: 2, late: true });
    expect(timing(10, 'turnaround').hours).toBeGreaterThanOrEqual(0);
    expect(timing(11, 'deadline')).toMatchObject({ label: '摘牌销号', daysLate: 2, late: true });
    expect(timing(11, 'turnaround')).toMatchObject({ label: '摘牌核查用时' });
    expect(v.entries[6].timing).toEqual([]);
  });

  it('names the principals in office on the found and closure dates, with personal data masked', async () => {
    const { A, B } = w;
    const r = ok(await w.clients.district.get(`/api/hazards/${hazardId}/responsibility`));
    const people = r.json.people;
    const on = (basis: string, duty: string) => people.filter((x: any) => x.basis === basis && x.duty === duty).map((x: any) => x.name);
    const foundDay = shanghaiDayOf(r.json.hazard.foundAt);
    expect(people.find((x: any) => x.basis === 'found').date).toBe(foundDay);
    expect(people.find((x: any) => x.basis === 'closure')).toMatchObject({ basisLabel: '销号之日', date: shanghaiDate(0) });
    expect(on('found', 'mine_principal')).toEqual([names.old]);
    expect(on('closure', 'mine_principal')).toEqual([names.now]);
    expect(on('found', 'mine_manager')).toEqual([names.manager]);
    expect(on('closure', 'mine_manager')).toEqual([names.manager]);
    expect(on('found', 'parent_principal')).toEqual([names.parent]);
    expect(on('closure', 'parent_principal')).toEqual([names.parent]);
    expect(people.find((x: any) => x.name === names.parent)).toMatchObject({ dutyLabel: '上级公司主要负责人', unitName: `集团公司${A.region.code}` });
    expect(people.find((x: any) => x.name === names.manager)).toMatchObject({ phone: '139****5678', unitName: A.mine.name });
    expect(r.body).not.toContain('13912345678');
    expect(r.body).not.toContain(names.foreign);
    expect(r.body).not.toContain(B.enterprise.name);
    // the raw audit snapshots, IPs and request ids stay in the audit log
    expect(r.body).not.toMatch(/"(before|after|ip|requestId|hmac|canonical)"/);
  });

  it('is read like the hazard: other district or enterprise 404, no hazard.read 403, own enterprise allowed', async () => {
    const { clients: c } = w;
    const url = `/api/hazards/${hazardId}/responsibility`;
    expect((await c.otherDistrict.get(url)).status).toBe(404);
    expect((await c.otherEnt.get(url)).status).toBe(404);
    expect((await c.district.get('/api/hazards/00000000-0000-4000-8000-000000000000/responsibility')).status).toBe(404);
    const auditor = await signIn(s.app, (await createCityUser(s.p, ['audit_admin'])).username);
    expect((await auditor.get(url)).status).toBe(403);
    for (const own of [c.staff, c.entAdmin, c.principal, c.city]) expect((await own.get(url)).status).toBe(200);
  });

  it('for an open hazard without a parent company, names today\'s holders', async () => {
    const { B, clients: c } = w;
    const id = ok(await c.otherEnt.post('/api/hazards', majorReport(B)), 201).json.id;
    const v = ok(await c.otherEnt.get(`/api/hazards/${id}/responsibility`)).json;
    expect(v.entries.map((e: any) => e.action)).toEqual(['create']);
    expect(v.entries[0].timing[0]).toMatchObject({ kind: 'registration', late: false });
    expect(v.people.map((x: any) => [x.basis, x.duty, x.name])).toEqual([
      ['found', 'mine_principal', names.foreign], ['found', 'mine_manager', null],
      ['today', 'mine_principal', names.foreign], ['today', 'mine_manager', null],
    ]);
    expect(v.notes).toContain('该企业未登记上级公司');
  });

  // Last, and on PGlite only: every test file has its own in-memory database there, while PostgreSQL's is shared.
  it.runIf(kind === 'pglite')('marks an audit row altered in the database', async () => {
    await tamper(s.p.database, [`UPDATE audit_events SET actor_username = 'someone' WHERE entity_id = '${hazardId}' AND action = 'delist'`]);
    const v = ok(await w.clients.district.get(`/api/hazards/${hazardId}/responsibility`)).json;
    const delist = v.entries.find((e: any) => e.action === 'delist');
    expect(delist).toMatchObject({ chainOk: false, actor: { username: 'someone' } });
    expect(v.entries.filter((e: any) => !e.chainOk)).toHaveLength(1);
    expect(v.verification).toMatchObject({ ok: false, checked: 12, failures: [{ seq: delist.seq, reason: '内容被篡改（actorUsername）' }] });
  });
});
