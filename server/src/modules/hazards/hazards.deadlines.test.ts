import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../../../test/harness';
import { auditCount, hazardWorld, majorReport, shanghaiDate, type HazardWorld } from './hazards.fixtures';

const cases = databaseKinds().flatMap((kind) => (['UTC', 'Asia/Shanghai'] as const).map((tz) => [kind, tz] as const));

/** Deadlines, extensions, overdue (a query in Asia/Shanghai days, whatever the process TZ), lateness, list filters. */
describe.each(cases)('hazard deadlines on %s, TZ=%s', (kind, tz) => {
  let s: TestServer;
  let w: HazardWorld;
  const savedTz = process.env.TZ;
  beforeAll(async () => {
    process.env.TZ = tz;
    s = await startTestServer(kind);
    w = await hazardWorld(s.app, s.p);
  });
  afterAll(async () => {
    process.env.TZ = savedTz;
    await s?.close();
  });
  const found = async (over: Record<string, unknown> = {}) =>
    (await w.clients.district.post('/api/hazards', majorReport(w.A, { deadline: shanghaiDate(0), ...over }))).json;

  it('overdue means deadline before today in Shanghai and not closed; the deadline day itself is not overdue', async () => {
    const today = await found();
    const yesterday = await found();
    await s.p.database.query('UPDATE hazards SET deadline = $1 WHERE id = $2', [shanghaiDate(-1), yesterday.id]);
    const overdue = (await w.clients.district.get(`/api/hazards?mineId=${w.A.mine.id}&overdue=true&limit=200`)).json.items.map((i: any) => i.id);
    expect(overdue).toContain(yesterday.id);
    expect(overdue).not.toContain(today.id);
    expect((await w.clients.district.get(`/api/hazards/${yesterday.id}`)).json.overdue).toBe(true);
    expect((await w.clients.district.get(`/api/hazards/${today.id}`)).json.overdue).toBe(false);
    await s.p.database.query(`UPDATE hazards SET status = 'closed' WHERE id = $1`, [yesterday.id]);
    expect((await w.clients.district.get(`/api/hazards/${yesterday.id}`)).json.overdue).toBe(false);
  });

  it('extension: the enterprise asks with a reason, the district decides; a listed hazard\'s listing agency decides', async () => {
    const { clients: c } = w;
    const h = await found({ deadline: shanghaiDate(5) });
    expect((await c.entAdmin.post(`/api/hazards/${h.id}/extensions`, { requestedDeadline: shanghaiDate(20), reason: ' ' })).status).toBe(400);
    expect((await c.entAdmin.post(`/api/hazards/${h.id}/extensions`, { requestedDeadline: shanghaiDate(4), reason: '设备到货延迟' })).status).toBe(400);
    expect((await c.staff.post(`/api/hazards/${h.id}/extensions`, { requestedDeadline: shanghaiDate(20), reason: '设备到货延迟' })).status).toBe(403);
    const asked = await c.entAdmin.post(`/api/hazards/${h.id}/extensions`, { requestedDeadline: shanghaiDate(20), reason: '设备到货延迟' });
    expect(asked.status, asked.body).toBe(201);
    expect((await c.entAdmin.post(`/api/hazards/${h.id}/extensions`, { requestedDeadline: shanghaiDate(25), reason: '再延' })).status).toBe(409);
    const extId = asked.json.extensions[0].id;
    expect((await c.otherDistrict.post(`/api/hazard-extensions/${extId}/decide`, { approve: true })).status).toBe(404);
    expect((await c.entAdmin.post(`/api/hazard-extensions/${extId}/decide`, { approve: true })).status).toBe(403);
    const approved = await c.district.post(`/api/hazard-extensions/${extId}/decide`, { approve: true, note: '同意' });
    expect(approved.json).toMatchObject({ deadline: shanghaiDate(20), extensions: [{ status: 'approved', previousDeadline: shanghaiDate(5) }] });
    expect((await c.district.post(`/api/hazard-extensions/${extId}/decide`, { approve: false })).status).toBe(409);
    expect(await auditCount(s.p, h.id)).toBe(3);

    const listed = await c.city.post(`/api/hazards/${h.id}/listing`, { version: approved.json.version, deadline: shanghaiDate(20), requirements: '督办', responsibleUnit: '企业' });
    const again = (await c.entAdmin.post(`/api/hazards/${h.id}/extensions`, { requestedDeadline: shanghaiDate(40), reason: '雨季施工' })).json;
    const pending = again.extensions.find((x: any) => x.status === 'pending').id;
    expect((await c.district.post(`/api/hazard-extensions/${pending}/decide`, { approve: true })).status).toBe(403);
    const byCity = await c.city.post(`/api/hazard-extensions/${pending}/decide`, { approve: true });
    expect(byCity.json.deadline).toBe(shanghaiDate(40));
    expect(byCity.json.listings[0]).toMatchObject({ id: listed.json.listings[0].id, deadline: shanghaiDate(40) });
  });

  it('registration lateness: registered more than the limit (default 24 h, unconfirmed) after it was found', async () => {
    const late = (await w.clients.staff.post('/api/hazards', majorReport(w.A, { foundAt: new Date(Date.now() - 30 * 3600_000).toISOString() }))).json;
    expect(late.registration).toMatchObject({ limitHours: 24, late: true });
    expect(late.registration.delayHours).toBeGreaterThan(29.9);
    expect(late.registration.note).toContain('待确认');
    if (kind !== 'pglite') return; // the setting is global: change it only on the per-file database
    await s.p.database.query(`INSERT INTO settings (key, value) VALUES ('hazard.registration_limit_hours', '48'::jsonb)`);
    expect((await w.clients.staff.get(`/api/hazards/${late.id}`)).json.registration).toMatchObject({ limitHours: 48, late: false });
    await s.p.database.query(`DELETE FROM settings WHERE key = 'hazard.registration_limit_hours'`);
  });

  it('list filters and keyset paging', async () => {
    const { clients: c, B } = w;
    const mine = (await c.otherEnt.post('/api/hazards', majorReport(B, { description: '尾部独特描述词甲' }))).json;
    await c.otherEnt.post('/api/hazards', majorReport(B, { grade: 'general', standardItemCode: null, standardSituationCode: null }));
    const all = (await c.otherDistrict.get(`/api/hazards?mineId=${B.mine.id}`)).json;
    expect(all.total).toBe(2);
    expect((await c.otherDistrict.get(`/api/hazards?mineId=${B.mine.id}&grade=general`)).json.total).toBe(1);
    expect((await c.otherDistrict.get(`/api/hazards?q=${encodeURIComponent('独特描述词甲')}`)).json.items.map((i: any) => i.id)).toEqual([mine.id]);
    expect((await c.otherDistrict.get(`/api/hazards?mineId=${B.mine.id}&status=reported&listed=false`)).json.total).toBe(2);
    const p1 = (await c.otherDistrict.get(`/api/hazards?mineId=${B.mine.id}&limit=1`)).json;
    const p2 = (await c.otherDistrict.get(`/api/hazards?mineId=${B.mine.id}&limit=1&cursor=${p1.nextCursor}`)).json;
    expect([...p1.items, ...p2.items].map((i: any) => i.id).sort()).toEqual(all.items.map((i: any) => i.id).sort());
    expect(p2.nextCursor).toBeNull();
    for (const filter of ['overdue=false', 'overdue=true', 'listed=false', 'open=true', 'open=false']) {
      const items = (await c.otherDistrict.get(`/api/hazards?${filter}&limit=200`)).json.items;
      expect(items.every((i: any) => i.regionCode === B.region.code), filter).toBe(true); // filters never widen the scope
    }
    expect((await c.district.get(`/api/hazards?overdue=false&limit=200`)).json.items.map((i: any) => i.id)).not.toContain(mine.id);
  });
});
