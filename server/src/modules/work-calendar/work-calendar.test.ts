import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../../../test/harness';
import { createCityUser, createTenant, signIn, type Client } from '../../../test/factories';
import { calendarYears } from '../../platform/calendar/calendar.repository';
import { addWorkingDays, buildCalendar } from '../../platform/calendar/working-days';

const auditOf = async (s: TestServer, year: number) =>
  (await s.p.database.query<{ action: string }>(`SELECT action FROM audit_events WHERE entity_type = 'work_calendar_year' AND entity_id = $1 ORDER BY seq`, [String(year)]))
    .map((e) => e.action);

describe.each(databaseKinds())('work calendar on %s', (kind) => {
  let s: TestServer;
  let admin: Client;
  let cityAdmin: Client;
  let enterprise: Client;
  beforeAll(async () => {
    s = await startTestServer(kind);
    admin = await signIn(s.app, (await createCityUser(s.p, ['city_admin'])).username);
    cityAdmin = await signIn(s.app, (await createCityUser(s.p, ['system_admin'])).username); // 三员: not business rules
    enterprise = await signIn(s.app, (await createTenant(s.p)).users.enterpriseStaff.username);
  });
  afterAll(async () => s?.close());

  it('lists the official years to any signed-in user (2025 and 2026 from reference data)', async () => {
    const res = await enterprise.get('/api/work-calendar');
    expect(res.status).toBe(200);
    const y2026 = res.json.years.find((y: any) => y.year === 2026);
    expect(y2026.offDays).toContain('2026-02-15');
    expect(y2026.workDays).toContain('2026-02-14');
    expect(y2026.source).toContain('State Council');
  });

  it('only the system administrator edits a year; the body is validated; each accepted edit is audited once', async () => {
    const year = 2099; // never a real schedule: safe on the shared PostgreSQL test database
    const body = { offDays: ['2099-01-01', '2099-01-02'], workDays: ['2099-01-03'], source: '测试安排' };
    const before = await auditOf(s, year);
    expect((await enterprise.put(`/api/work-calendar/${year}`, body)).status).toBe(403);
    expect((await cityAdmin.put(`/api/work-calendar/${year}`, body)).status).toBe(403);
    expect((await admin.put(`/api/work-calendar/${year}`, { ...body, offDays: ['2098-12-31'] })).status).toBe(400);
    expect((await admin.put(`/api/work-calendar/${year}`, { ...body, workDays: ['2099-01-05'] })).json.fields.workDays).toContain('周六或周日');
    expect((await admin.put(`/api/work-calendar/${year}`, { ...body, offDays: ['2099-02-30'] })).status).toBe(400);
    expect((await admin.put(`/api/work-calendar/${year}`, { ...body, workDays: ['2099-01-03', '2099-01-03'] })).status).toBe(400);
    expect((await admin.put(`/api/work-calendar/${year}`, { ...body, source: '' })).status).toBe(400);
    expect(await auditOf(s, year)).toEqual(before);
    const ok = await admin.put(`/api/work-calendar/${year}`, body);
    expect(ok.status, ok.body).toBe(200);
    expect(ok.json).toMatchObject({ year, offDays: body.offDays, workDays: body.workDays, source: '测试安排' });
    expect((await auditOf(s, year)).length).toBe(before.length + 1);
  });

  it('adding next year fills the due dates of pending working-day resumptions that were waiting for it', async () => {
    if (kind !== 'pglite') return; // adds 2027 globally: only on the per-file database
    const t = await createTenant(s.p);
    const [h] = await s.p.database.query<{ id: string }>(`INSERT INTO hazards (mine_id, enterprise_id, region_code, source, grade, description,
      found_at, found_by, status, stop_production) VALUES ($1, $2, $3, 'enterprise_self_inspection', 'major', '测试', now(), '测试', 'closed', true) RETURNING id`,
    [t.mine.id, t.enterprise.id, t.region.code]);
    const [r] = await s.p.database.query<{ id: string }>(`INSERT INTO hazard_resumptions (hazard_id, mine_id, enterprise_id, region_code, note,
      applied_on, day_basis, days, due_date) VALUES ($1, $2, $3, $4, '申请复产', '2026-12-25', 'working', 10, NULL) RETURNING id`,
    [h!.id, t.mine.id, t.enterprise.id, t.region.code]);
    const res = await admin.put('/api/work-calendar/2027', { offDays: ['2027-01-01'], workDays: [], source: '测试：2027年安排' });
    expect(res.status, res.body).toBe(200);
    const expected = addWorkingDays('2026-12-25', 10, buildCalendar(await calendarYears(s.p.database.db)));
    expect(expected).toEqual({ ok: true, date: '2027-01-11' });
    const [row] = await s.p.database.query<{ due: string }>(`SELECT to_char(due_date, 'YYYY-MM-DD') AS due FROM hazard_resumptions WHERE id = $1`, [r!.id]);
    expect(row!.due).toBe('2027-01-11');
  });
});
