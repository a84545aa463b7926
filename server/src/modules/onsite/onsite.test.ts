import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { databaseKinds, startTestServer, type TestServer } from '../../../test/harness';
import { createTenant, createUser, signIn, type Client, type Tenant } from '../../../test/factories';
import { auditEvents, settings } from '../../platform/db/schema';
import { expectedWorkingDays, insertLeader, insertOnsiteDay, insertOnsiteMine } from './onsite.fixtures';

// 2026-02: 春节 15–23 Feb off, Saturdays 14 and 28 Feb are 调休上班 — 16 working days.
const FEB_WORKING = ['02', '03', '04', '05', '06', '09', '10', '11', '12', '13', '14', '24', '25', '26', '27', '28'].map((d) => `2026-02-${d}`);

describe.each(databaseKinds())('leaders on site on %s', (kind) => {
  let s: TestServer;
  let t: Tenant;
  let admin: Client;
  let district: Client;
  const org = () => ({ enterpriseId: t.enterprise.id, regionCode: t.region.code });
  const declare = (mineId: string, personId: string, role: string, days: (string | object)[]) => admin.post(`/api/mines/${mineId}/onsite/days`, {
    personId, role, days: days.map((d) => (typeof d === 'string' ? { day: d, location: 'surface' } : d)),
  });
  /** A fresh mine with its own actual controller and chief engineer posted at the mine. */
  async function mineWithLeaders(over: object = {}) {
    const mineId = await insertOnsiteMine(s.p, org(), over);
    return {
      mineId,
      controller: await insertLeader(s.p, org(), 'actual_controller', mineId),
      engineer: await insertLeader(s.p, org(), 'chief_engineer', mineId),
    };
  }
  const month = async (mineId: string, m = '2026-02') => {
    const r = await admin.get(`/api/mines/${mineId}/onsite?month=${m}`);
    expect(r.status, r.body).toBe(200);
    return r.json;
  };
  const leader = (view: any, role: string) => view.leaders.find((l: any) => l.role === role);

  beforeAll(async () => {
    s = await startTestServer(kind);
    t = await createTenant(s.p);
    admin = await signIn(s.app, t.users.enterpriseAdmin.username);
    district = await signIn(s.app, t.users.districtSupervisor.username);
  });
  afterAll(async () => s?.close());

  it('reports the official working days of every month of 2025 and 2026 as counted from holidays.json', async () => {
    const expected = expectedWorkingDays();
    expect(expected.size).toBe(24);
    for (const [m, n] of expected) {
      const r = await district.get(`/api/onsite-compliance?month=${m}`);
      expect(r.status, r.body).toBe(200);
      expect(r.json.workingDays, m).toBe(n);
    }
    expect(expected.get('2026-02')).toBe(FEB_WORKING.length);
    expect((await month(t.mine.id)).workingDays).toBe(16);
  });

  it('counts exactly 10 / 15 as met and 9 / 14 as short, in a month with a holiday and a make-up Saturday', async () => {
    const met = await mineWithLeaders();
    const short = await mineWithLeaders();
    // Controller: 10 working days + a day in 春节 (not counted).
    expect((await declare(met.mineId, met.controller, 'actual_controller', [...FEB_WORKING.slice(0, 10), '2026-02-16'])).status).toBe(201);
    // Engineer: 15 working days including Saturday 14 Feb (调休上班) + a holiday.
    expect((await declare(met.mineId, met.engineer, 'chief_engineer', [...FEB_WORKING.slice(0, 15), '2026-02-17'])).status).toBe(201);
    // 9 + an ordinary Sunday + a holiday; 14 (with the make-up Saturday) + a holiday.
    expect((await declare(short.mineId, short.controller, 'actual_controller', [...FEB_WORKING.slice(0, 9), '2026-02-08', '2026-02-16'])).status).toBe(201);
    expect((await declare(short.mineId, short.engineer, 'chief_engineer', [...FEB_WORKING.slice(0, 14), '2026-02-17'])).status).toBe(201);

    const a = await month(met.mineId);
    expect(leader(a, 'actual_controller')).toMatchObject({ counted: 10, required: 10, shortfall: 0 });
    expect(leader(a, 'chief_engineer')).toMatchObject({ counted: 15, required: 15, shortfall: 0 });
    expect(a.compliant).toBe(true);
    const engineerDays = leader(a, 'chief_engineer').days;
    expect(engineerDays.find((d: any) => d.day === '2026-02-14').counted).toBe(true);
    expect(engineerDays.find((d: any) => d.day === '2026-02-17').counted).toBe(false);
    expect(a.calendar.find((d: any) => d.day === '2026-02-14')).toMatchObject({ working: true, makeUp: true, holiday: false });
    expect(a.calendar.find((d: any) => d.day === '2026-02-16')).toMatchObject({ working: false, holiday: true });

    const b = await month(short.mineId);
    expect(leader(b, 'actual_controller')).toMatchObject({ counted: 9, shortfall: 1 });
    expect(leader(b, 'chief_engineer')).toMatchObject({ counted: 14, shortfall: 1 });
    expect(b.compliant).toBe(false);

    const list = await district.get('/api/onsite-compliance?month=2026-02');
    const ids = list.json.rows.map((r: any) => r.mineId);
    expect(ids).toContain(short.mineId);
    expect(ids).not.toContain(met.mineId);
    expect(list.json.rows.find((r: any) => r.mineId === short.mineId)).toMatchObject({ controllerDays: 9, engineerDays: 14, compliant: false });
    const all = await district.get('/api/onsite-compliance?month=2026-02&all=true');
    expect(all.json.rows.find((r: any) => r.mineId === met.mineId)).toMatchObject({ controllerDays: 10, engineerDays: 15, compliant: true });
    expect(all.json.districts).toEqual([expect.objectContaining({ regionCode: t.region.code, mines: all.json.rows.length })]);
  });

  it('applies the minimum hours only to days with both times', async () => {
    const m = await mineWithLeaders();
    const res = await declare(m.mineId, m.engineer, 'chief_engineer', [
      { day: '2026-03-02', location: 'surface', arrival: '08:00', departure: '12:00' },
      { day: '2026-03-03', location: 'surface', arrival: '08:00', departure: '17:00' },
      { day: '2026-03-04', location: 'surface' },
    ]);
    expect(res.status, res.body).toBe(201);
    expect(leader(await month(m.mineId, '2026-03'), 'chief_engineer').counted).toBe(3); // default 0: any presence
    await s.p.database.db.insert(settings).values({ key: 'onsite.min_hours', value: 8 })
      .onConflictDoUpdate({ target: settings.key, set: { value: 8 } });
    try {
      const view = await month(m.mineId, '2026-03');
      expect(view.minHours).toBe(8);
      const l = leader(view, 'chief_engineer');
      expect(l.counted).toBe(2);
      expect(l.days.find((d: any) => d.day === '2026-03-02').counted).toBe(false);
    } finally {
      await s.p.database.db.delete(settings).where(eq(settings.key, 'onsite.min_hours'));
    }
    const backwards = await declare(m.mineId, m.engineer, 'chief_engineer', [{ day: '2026-03-05', location: 'surface', arrival: '17:00', departure: '08:00' }]);
    expect(backwards.status).toBe(400);
    expect(backwards.json.fields['days.0.departure']).toMatch(/晚于到岗/);
  });

  it('flags the same person on site at two mines on one day', async () => {
    const m = await mineWithLeaders();
    const other = await createTenant(s.p);
    const otherMine = await insertOnsiteMine(s.p, { enterpriseId: other.enterprise.id, regionCode: other.region.code });
    await declare(m.mineId, m.engineer, 'chief_engineer', ['2026-03-09', '2026-03-10']);
    await insertOnsiteDay(s.p, { enterpriseId: other.enterprise.id, regionCode: other.region.code, mineId: otherMine, personId: m.engineer }, '2026-03-10');
    const days = leader(await month(m.mineId, '2026-03'), 'chief_engineer').days;
    expect(days.find((d: any) => d.day === '2026-03-10').flags).toEqual(['two_mines']);
    expect(days.find((d: any) => d.day === '2026-03-09').flags).toEqual([]);
  });

  it('flags underground days missing from positioning data, only where a positioning system is installed', async () => {
    const m = await mineWithLeaders({ positioningInstalled: true });
    const plain = await mineWithLeaders();
    const ug = (day: string) => ({ day, location: 'underground' });
    await declare(m.mineId, m.engineer, 'chief_engineer', [ug('2026-03-11'), ug('2026-03-12'), '2026-03-13', ug('2026-03-16')]);
    await declare(plain.mineId, plain.engineer, 'chief_engineer', [ug('2026-03-11')]);
    await insertOnsiteDay(s.p, { ...org(), mineId: m.mineId, personId: m.engineer }, '2026-03-12', { source: 'positioning', location: 'underground' });
    // the system reported the 11th (the controller was underground) but not the engineer; the 16th has no data at all
    await insertOnsiteDay(s.p, { ...org(), mineId: m.mineId, personId: m.controller }, '2026-03-11', { source: 'positioning', location: 'underground' });
    const days = leader(await month(m.mineId, '2026-03'), 'chief_engineer').days.filter((d: any) => d.source === 'declared');
    expect(Object.fromEntries(days.map((d: any) => [d.day, d.flags]))).toEqual({
      '2026-03-11': ['underground_not_in_positioning'], '2026-03-12': [], '2026-03-13': [], '2026-03-16': [],
    });
    expect(leader(await month(plain.mineId, '2026-03'), 'chief_engineer').days[0].flags).toEqual([]);
    const row = (await district.get('/api/onsite-compliance?month=2026-03&all=true')).json.rows.find((r: any) => r.mineId === m.mineId);
    expect(row.flags).toBe(1);
  });

  it('refuses a person without the post (400 on personId), a duplicate day (409); deletes a declared day with an audit event', async () => {
    const m = await mineWithLeaders();
    const notHeld = await declare(m.mineId, m.controller, 'chief_engineer', ['2026-04-01']);
    expect(notHeld.status).toBe(400);
    expect(notHeld.json.fields.personId).toMatch(/未担任/);
    const former = await insertLeader(s.p, org(), 'chief_engineer', m.mineId, { startDate: '2020-01-01', endDate: '2026-03-31' });
    const ended = await declare(m.mineId, former, 'chief_engineer', ['2026-03-31', '2026-04-01']);
    expect(ended.status).toBe(400);
    expect(ended.json.fields.personId).toMatch(/2026-04-01/);

    const created = await declare(m.mineId, m.engineer, 'chief_engineer', ['2026-04-01', '2026-04-02']);
    expect(created.status, created.body).toBe(201);
    expect(created.json).toHaveLength(2);
    const dup = await declare(m.mineId, m.engineer, 'chief_engineer', ['2026-04-02', '2026-04-03']);
    expect(dup.status).toBe(409);
    expect(dup.json.message).toMatch(/2026-04-02/);

    const id = created.json[0].id;
    const created2 = await s.p.database.db.select().from(auditEvents).where(and(eq(auditEvents.entityType, 'onsite_day'), eq(auditEvents.entityId, id)));
    expect(created2.map((e) => e.action)).toEqual(['create']);
    const del = await admin.request('DELETE', `/api/onsite-days/${id}`);
    expect(del.status, del.body).toBe(204);
    const events = await s.p.database.db.select().from(auditEvents).where(and(eq(auditEvents.entityType, 'onsite_day'), eq(auditEvents.entityId, id)));
    expect(events.map((e) => e.action).sort()).toEqual(['create', 'delete']);
    expect((await admin.request('DELETE', `/api/onsite-days/${id}`)).status).toBe(404);
    const positioned = await insertOnsiteDay(s.p, { ...org(), mineId: m.mineId, personId: m.engineer }, '2026-04-06', { source: 'positioning' });
    expect((await admin.request('DELETE', `/api/onsite-days/${positioned}`)).status).toBe(409);
  });

  it('keeps to scope and roles: other district and enterprise 404, staff 403, regulators spot-check', async () => {
    const m = await mineWithLeaders();
    const other = await createTenant(s.p);
    const otherDistrict = await signIn(s.app, other.users.districtSupervisor.username);
    const otherEnterprise = await signIn(s.app, other.users.enterpriseAdmin.username);
    expect((await otherDistrict.get(`/api/mines/${m.mineId}/onsite?month=2026-02`)).status).toBe(404);
    expect((await otherEnterprise.get(`/api/mines/${m.mineId}/onsite?month=2026-02`)).status).toBe(404);
    expect((await otherEnterprise.post(`/api/mines/${m.mineId}/onsite/days`, { personId: m.engineer, role: 'chief_engineer',
      days: [{ day: '2026-02-02', location: 'surface' }] })).status).toBe(404);
    const check = { month: '2026-02', checkedOn: '2026-03-05', checkerName: '城口县抽查组', result: 'inconsistent', note: '考勤与填报不符' };
    expect((await otherDistrict.post(`/api/mines/${m.mineId}/onsite/spot-checks`, check)).status).toBe(404);

    const staff = await signIn(s.app, t.users.enterpriseStaff.username);
    expect((await staff.get(`/api/mines/${m.mineId}/onsite?month=2026-02`)).status).toBe(200);
    expect((await staff.post(`/api/mines/${m.mineId}/onsite/days`, { personId: m.engineer, role: 'chief_engineer',
      days: [{ day: '2026-02-02', location: 'surface' }] })).status).toBe(403);
    expect((await district.post(`/api/mines/${m.mineId}/onsite/days`, { personId: m.engineer, role: 'chief_engineer',
      days: [{ day: '2026-02-02', location: 'surface' }] })).status).toBe(403);
    expect((await admin.post(`/api/mines/${m.mineId}/onsite/spot-checks`, check)).status).toBe(403);

    const ok = await district.post(`/api/mines/${m.mineId}/onsite/spot-checks`, check);
    expect(ok.status, ok.body).toBe(201);
    const districtAdmin = await createUser(s.p, { agencyId: t.agency.id }, ['district_admin']);
    expect((await (await signIn(s.app, districtAdmin.username)).post(`/api/mines/${m.mineId}/onsite/spot-checks`, check)).status).toBe(201);
    const view = await month(m.mineId);
    expect(view.spotChecks).toHaveLength(2);
    expect(view.spotChecks[0]).toMatchObject({ result: 'inconsistent', checkerName: '城口县抽查组' });
    expect((await district.get('/api/onsite-compliance?month=2026-02&all=true')).json.rows.find((r: any) => r.mineId === m.mineId).spotChecks).toBe(2);
  });

  it('says the schedule is missing for a year without one instead of a number', async () => {
    const m = await mineWithLeaders();
    await insertOnsiteDay(s.p, { ...org(), mineId: m.mineId, personId: m.engineer }, '2027-03-01');
    const view = await month(m.mineId, '2027-03');
    expect(view.scheduleMissing).toBe('该年度法定节假日安排尚未录入（2027年）');
    expect(view.workingDays).toBeNull();
    expect(view.compliant).toBeNull();
    expect(leader(view, 'chief_engineer')).toMatchObject({ counted: null, shortfall: null });
    expect(leader(view, 'chief_engineer').days[0].counted).toBeNull();
    const list = await district.get('/api/onsite-compliance?month=2027-03');
    expect(list.json).toMatchObject({ scheduleMissing: '该年度法定节假日安排尚未录入（2027年）', workingDays: null, rows: [] });
  });
});
