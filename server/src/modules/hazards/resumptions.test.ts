import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../../../test/harness';
import type { Tenant } from '../../../test/factories';
import { calendarYears } from '../../platform/calendar/calendar.repository';
import { addCalendarDays, addWorkingDays, buildCalendar } from '../../platform/calendar/working-days';
import { auditCount, hazardWorld, shanghaiDate, type HazardWorld } from './hazards.fixtures';
import { dueDateOf } from './resumptions.service';

/** A major hazard of t's mine written in the state a test needs (the lifecycle itself is tested elsewhere). */
async function hazardIn(s: TestServer, t: Tenant, status: string, stopProduction = true, grade = 'major') {
  const [row] = await s.p.database.query<{ id: string }>(`
    INSERT INTO hazards (mine_id, enterprise_id, region_code, source, grade, standard_item_code, standard_situation_code,
      description, found_at, found_by, status, deadline, plan_submitted_at, stop_production)
    VALUES ($1, $2, $3, 'enterprise_self_inspection', $4, 'UG-07', 'UG-07.1', '主排水泵房仅2台水泵', now(), '测试', $5, $6, now(), $7)
    RETURNING id`, [t.mine.id, t.enterprise.id, t.region.code, grade, status, shanghaiDate(10), stopProduction]);
  return row!.id;
}

describe.each(databaseKinds())('复产申请 on %s', (kind) => {
  let s: TestServer;
  let w: HazardWorld;
  beforeAll(async () => {
    s = await startTestServer(kind);
    w = await hazardWorld(s.app, s.p);
  });
  afterAll(async () => s?.close());
  const apply = (who: keyof HazardWorld['clients'], hazardId: string) =>
    w.clients[who].post(`/api/hazards/${hazardId}/resumptions`, { note: '停产整改完成，申请复产' });

  it('refuses in order: other enterprise 404, regulator or staff 403, wrong state 409, second pending 409; audits only acceptance', async () => {
    const h = await hazardIn(s, w.A, 'awaiting_delisting');
    expect((await apply('otherEnt', h)).status).toBe(404);
    expect((await apply('district', h)).status).toBe(403);
    expect((await apply('staff', h)).status).toBe(403);
    expect((await w.clients.entAdmin.post(`/api/hazards/${h}/resumptions`, { note: ' ' })).status).toBe(400);
    for (const other of [await hazardIn(s, w.A, 'closed', false), await hazardIn(s, w.A, 'in_rectification'),
      await hazardIn(s, w.A, 'awaiting_acceptance'), await hazardIn(s, w.A, 'closed', true, 'general')]) {
      const res = await apply('entAdmin', other);
      expect(res.status, res.body).toBe(409);
      expect(await auditCount(s.p, other)).toBe(0);
    }
    expect(await auditCount(s.p, h)).toBe(0);
    const ok = await apply('entAdmin', h);
    expect(ok.status, ok.body).toBe(201);
    expect(ok.json).toMatchObject({ hazardId: h, status: 'pending', appliedOn: shanghaiDate(0), overdue: false });
    const again = await apply('principal', h);
    expect(again.status).toBe(409);
    expect(again.json.message).toContain('待核查');
    expect(await auditCount(s.p, h)).toBe(1);
    const detail = (await w.clients.entAdmin.get(`/api/hazards/${h}`)).json;
    expect(detail.resumptions.map((r: any) => r.id)).toEqual([ok.json.id]);
    expect(detail.canApplyResumption).toBe(false);
  });

  it('the database refuses a second pending application even past the service check', async () => {
    const h = await hazardIn(s, w.A, 'closed');
    expect((await apply('entAdmin', h)).status).toBe(201);
    await expect(s.p.database.query(`INSERT INTO hazard_resumptions (hazard_id, mine_id, enterprise_id, region_code, note, applied_on, day_basis, days)
      VALUES ($1, $2, $3, $4, 'x', '2026-01-05', 'calendar', 10)`, [h, w.A.mine.id, w.A.enterprise.id, w.A.region.code])).rejects.toThrow();
  });

  it('two simultaneous applications: one accepted, the other 409, one audit event', async () => {
    const h = await hazardIn(s, w.A, 'awaiting_delisting');
    const statuses = (await Promise.all([apply('entAdmin', h), apply('principal', h)])).map((r) => r.status).sort();
    expect(statuses).toEqual([201, 409]);
    expect(await auditCount(s.p, h)).toBe(1);
  });

  it('due date: applied date (Shanghai) + 10 calendar days by default, labelled unconfirmed', async () => {
    const h = await hazardIn(s, w.A, 'closed');
    expect((await w.clients.entAdmin.get(`/api/hazards/${h}`)).json.canApplyResumption).toBe(true);
    const r = (await apply('entAdmin', h)).json;
    expect(r).toMatchObject({ dayBasis: 'calendar', days: 10, dueDate: addCalendarDays(r.appliedOn, 10), dueDateNote: null });
    expect(r.ruleNote).toContain('待核对');
  });

  it('due date on working days follows the official calendar, or is null with the reason when a year is missing', async () => {
    if (kind !== 'pglite') return; // settings are global: change them only on the per-file database
    const setting = (key: string, value: unknown) => s.p.database.query(
      `INSERT INTO settings (key, value) VALUES ($1, $2::jsonb) ON CONFLICT (key) DO UPDATE SET value = excluded.value`, [key, JSON.stringify(value)]);
    try {
      await setting('hazard.resumption_day_basis', 'working');
      const cal = buildCalendar(await calendarYears(s.p.database.db));
      for (const days of [10, 90]) {
        await setting('hazard.resumption_days', days);
        const r = (await apply('entAdmin', await hazardIn(s, w.A, 'closed'))).json;
        const expected = addWorkingDays(r.appliedOn, days, cal);
        expect(r).toMatchObject({ dayBasis: 'working', days, dueDate: expected.ok ? expected.date : null });
        if (!expected.ok) expect(r.dueDateNote).toContain(`${expected.year}年`);
      }
    } finally {
      await s.p.database.query(`DELETE FROM settings WHERE key IN ('hazard.resumption_days', 'hazard.resumption_day_basis')`);
    }
    // Fixed dates: National Day 2025 with its make-up Saturday; a count into 2027 (no schedule) has no due date.
    const cal = buildCalendar(await calendarYears(s.p.database.db));
    expect(dueDateOf('2025-09-26', 10, 'working', cal)).toBe('2025-10-16');
    expect(dueDateOf('2025-09-26', 10, 'calendar', cal)).toBe('2025-10-06');
    expect(dueDateOf('2026-12-25', 10, 'working', cal)).toBeNull();
  });

  it('overdue is pending past the due date in Shanghai; the due date itself is not overdue; decided ones never are', async () => {
    const ids: Record<string, string> = {};
    for (const [name, due, status] of [['past', -1, 'pending'], ['today', 0, 'pending'], ['decided', -5, 'approved']] as const) {
      const h = await hazardIn(s, w.A, 'closed');
      const [row] = await s.p.database.query<{ id: string }>(`INSERT INTO hazard_resumptions (hazard_id, mine_id, enterprise_id, region_code,
        note, applied_on, day_basis, days, due_date, status) VALUES ($1, $2, $3, $4, '申请复产', $5, 'calendar', 10, $6, $7) RETURNING id`,
      [h, w.A.mine.id, w.A.enterprise.id, w.A.region.code, addCalendarDays(shanghaiDate(due), -10), shanghaiDate(due), status]);
      ids[name] = row!.id;
    }
    const list = async (q: string) => (await w.clients.district.get(`/api/hazard-resumptions?limit=200&${q}`)).json.items.map((i: any) => i.id);
    const overdue = await list('overdue=true');
    expect(overdue).toContain(ids.past);
    expect(overdue).not.toContain(ids.today);
    expect(overdue).not.toContain(ids.decided);
    const notOverdue = await list('overdue=false&status=pending');
    expect(notOverdue).toContain(ids.today);
    expect(notOverdue).not.toContain(ids.past);
    expect(await list('status=approved')).toEqual([ids.decided]);
    expect(await list(`regionCode=${w.B.region.code}`)).toEqual([]);
    expect(await (async () => (await w.clients.otherDistrict.get('/api/hazard-resumptions?limit=200')).json.items.length)()).toBe(0);
  });

  it('the district decides an unlisted hazard: verified on site with a date, or rejected with a reason; one audit event each', async () => {
    const h = await hazardIn(s, w.A, 'closed');
    const r = (await apply('entAdmin', h)).json;
    const decide = (who: keyof HazardWorld['clients'], body: unknown) => w.clients[who].post(`/api/hazard-resumptions/${r.id}/decide`, body);
    expect((await decide('otherDistrict', { approve: true, verifiedOn: shanghaiDate(0) })).status).toBe(404);
    expect((await decide('otherEnt', { approve: true, verifiedOn: shanghaiDate(0) })).status).toBe(404);
    expect((await decide('entAdmin', { approve: true, verifiedOn: shanghaiDate(0) })).status).toBe(403);
    expect((await decide('city', { approve: true, verifiedOn: shanghaiDate(0) })).status).toBe(403);
    expect((await decide('district', { approve: true })).status).toBe(400);
    expect((await decide('district', { approve: true, verifiedOn: shanghaiDate(1) })).status).toBe(400);
    expect((await decide('district', { approve: false })).status).toBe(400);
    expect(await auditCount(s.p, h)).toBe(1);
    expect((await w.clients.district.get(`/api/hazards/${h}`)).json.resumptions[0].canDecide).toBe(true);
    const rejected = await decide('district', { approve: false, note: '排水系统未恢复' });
    expect(rejected.status, rejected.body).toBe(200);
    expect(rejected.json).toMatchObject({ status: 'rejected', decisionNote: '排水系统未恢复', verifiedOn: null, canDecide: false });
    expect((await decide('district', { approve: true, verifiedOn: shanghaiDate(0) })).status).toBe(409);
    expect(await auditCount(s.p, h)).toBe(2);

    const second = (await apply('entAdmin', h)).json;
    const ok = await w.clients.district.post(`/api/hazard-resumptions/${second.id}/decide`, { approve: true, verifiedOn: shanghaiDate(0), note: '现场核查合格' });
    expect(ok.json).toMatchObject({ status: 'approved', verifiedOn: shanghaiDate(0) });
    expect(await auditCount(s.p, h)).toBe(4);
    expect((await apply('entAdmin', h)).status).toBe(409); // already approved
    const events = await s.p.database.query<{ action: string }>('SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY seq', [h]);
    expect(events.map((e) => e.action)).toEqual(['resumption_apply', 'resumption_reject', 'resumption_apply', 'resumption_approve']);
  });

  it('a listed hazard\'s listing agency decides, not the district', async () => {
    const h = await hazardIn(s, w.A, 'awaiting_delisting');
    const number = 100_000 + Math.floor(Math.random() * 800_000);
    await s.p.database.query(`INSERT INTO hazard_listings (hazard_id, agency_id, year, number, doc_no, deadline, requirements, responsible_unit, status)
      VALUES ($1, $2, 2026, $3, $4, $5, '督办', '企业', 'awaiting_delisting')`, [h, w.users.city.agencyId, number, `渝矿督〔2026〕${number}号`, shanghaiDate(10)]);
    const r = (await apply('entAdmin', h)).json;
    expect((await w.clients.district.post(`/api/hazard-resumptions/${r.id}/decide`, { approve: true, verifiedOn: shanghaiDate(0) })).status).toBe(403);
    const byCity = await w.clients.city.post(`/api/hazard-resumptions/${r.id}/decide`, { approve: true, verifiedOn: shanghaiDate(0) });
    expect(byCity.status, byCity.body).toBe(200);
    expect(await auditCount(s.p, h)).toBe(2);
  });
});
