import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../../../test/harness';
import { TEST_PASSWORD, createCityUser, signIn, type Client } from '../../../test/factories';
import { auditCount, hazardWorld, majorReport, plan, shanghaiDate, type HazardWorld } from './hazards.fixtures';

/** The journey: report → confirm → list → plan → self-accept → fail → again → pass → delist → closed. */
describe.each(databaseKinds())('major hazard journey on %s', (kind) => {
  let s: TestServer;
  let w: HazardWorld;
  let city: Client;
  beforeAll(async () => {
    s = await startTestServer(kind);
    w = await hazardWorld(s.app, s.p);
    city = await signIn(s.app, (await createCityUser(s.p, ['city_supervisor'])).username); // a fresh agency: its numbering starts at 1
  });
  afterAll(async () => s?.close());

  const openMajor = async (c: Client) => (await c.get('/api/hazards?grade=major&open=true')).json.total;
  const act = async (c: Client, id: string, action: string, body: Record<string, unknown>) => c.post(`/api/hazards/${id}/actions/${action}`, body);

  it('closes the loop, numbers listings without gaps, and returns the district count to zero', async () => {
    const { clients: c, A, B } = w;
    const year = shanghaiDate().slice(0, 4);
    expect(await openMajor(c.district)).toBe(0);

    const std = await c.staff.get(`/api/hazard-standard?mineId=${A.mine.id}&q=${encodeURIComponent('排水')}`);
    expect(std.json.note).toBe('条目为判定标准的摘要，以原文为准');
    expect(std.json.items.map((i: any) => i.code)).toContain('UG-07');
    expect(std.json.items.every((i: any) => i.mineType === 'underground')).toBe(true);

    const reported = await c.staff.post('/api/hazards', majorReport(A));
    expect(reported.status, reported.body).toBe(201);
    const id = reported.json.id;
    expect(reported.json).toMatchObject({ status: 'reported', grade: 'major', standardItemCode: 'UG-07', source: 'enterprise_self_inspection' });
    expect(reported.json.standardVersion).toContain('矿安〔2022〕88号');
    expect(reported.json.registration).toMatchObject({ limitHours: 24, late: false });
    expect(await openMajor(c.district)).toBe(1);

    let h = (await act(c.district, id, 'confirm', { version: 1, deadline: shanghaiDate(30) })).json;
    expect(h.status).toBe('in_rectification');

    const listed = await city.post(`/api/hazards/${id}/listing`, { version: h.version, deadline: shanghaiDate(30), requirements: '30日内完成整改', responsibleUnit: A.enterprise.name });
    expect(listed.status, listed.body).toBe(201);
    expect(listed.json.listings[0]).toMatchObject({ number: 1, docNo: `渝矿督〔${year}〕1号`, status: 'active' });
    expect(listed.json.listingDocNo).toBe(`渝矿督〔${year}〕1号`);

    // A second hazard (another district): a listing that fails mid-transaction (stale version) takes no number.
    const other = (await w.clients.otherEnt.post('/api/hazards', majorReport(B))).json;
    const otherDistrict = await signIn(s.app, B.users.districtSupervisor.username);
    const confirmed = (await act(otherDistrict, other.id, 'confirm', { version: 1, deadline: shanghaiDate(10) })).json;
    const stale = await city.post(`/api/hazards/${other.id}/listing`, { version: 1, deadline: shanghaiDate(10), requirements: '督办', responsibleUnit: '企业' });
    expect(stale.status).toBe(409);
    expect(stale.json.code).toBe('STALE');
    const second = await city.post(`/api/hazards/${other.id}/listing`, { version: confirmed.version, deadline: shanghaiDate(10), requirements: '督办', responsibleUnit: '企业' });
    expect(second.json.listings[0].number).toBe(2);
    expect((await city.post(`/api/hazards/${other.id}/listing`, { version: second.json.version, deadline: shanghaiDate(10), requirements: '督办', responsibleUnit: '企业' })).status).toBe(409);

    h = (await act(c.entAdmin, id, 'submit_plan', plan(listed.json.version))).json;
    expect(h.plan.measures).toBe('新增一台同型号水泵并联调');
    const wrong = await act(c.principal, id, 'self_accept', { version: h.version, password: 'not-the-password' });
    expect(wrong.status).toBe(400);
    expect(wrong.json.fields.password).toBe('密码不正确');
    h = (await act(c.principal, id, 'self_accept', { version: h.version, password: TEST_PASSWORD })).json;
    expect(h.status).toBe('awaiting_acceptance');

    expect((await act(c.district, id, 'accept_fail', { version: h.version })).status).toBe(400); // reason required
    h = (await act(c.district, id, 'accept_fail', { version: h.version, reason: '备用泵未联调' })).json;
    expect(h).toMatchObject({ status: 'in_rectification', returnReason: '备用泵未联调' });

    h = (await act(c.entAdmin, id, 'submit_plan', plan(h.version))).json;
    h = (await act(c.principal, id, 'self_accept', { version: h.version, password: TEST_PASSWORD })).json;
    h = (await act(c.district, id, 'accept_pass', { version: h.version })).json;
    expect(h.status).toBe('awaiting_delisting');
    expect(h.listings[0].status).toBe('awaiting_delisting');

    const listingId = h.listings[0].id;
    expect((await c.district.post(`/api/hazard-listings/${listingId}/delist`, { verificationNote: '现场核查' })).status).toBe(403);
    expect((await c.otherDistrict.post(`/api/hazard-listings/${listingId}/delist`, { verificationNote: '现场核查' })).status).toBe(404);
    const closed = await city.post(`/api/hazard-listings/${listingId}/delist`, { verificationNote: '现场核查，三台水泵运行正常' });
    expect(closed.status, closed.body).toBe(200);
    expect(closed.json).toMatchObject({ status: 'closed' });
    expect(closed.json.listings[0]).toMatchObject({ status: 'delisted', verificationNote: '现场核查，三台水泵运行正常' });
    expect(closed.json.closedAt).not.toBeNull();
    expect(await openMajor(c.district)).toBe(0);

    const actions = closed.json.timeline.map((e: any) => e.action);
    expect(actions).toEqual(['create', 'confirm', 'list', 'submit_plan', 'self_accept', 'accept_fail', 'submit_plan', 'self_accept', 'accept_pass', 'delist']);
    expect(closed.json.timeline.map((e: any) => e.seq)).toEqual(actions.map((_: string, i: number) => i + 1));
    expect(await auditCount(s.p, id)).toBe(actions.length);
  });
});
