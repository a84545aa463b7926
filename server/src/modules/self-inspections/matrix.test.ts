import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { settings } from '../../platform/db/schema';
import { databaseKinds, startTestServer, type TestServer } from '../../../test/harness';
import { createTenant, signIn, type Client, type Tenant } from '../../../test/factories';
import { currentMonth, insertMine, insertPrincipal, insertSelfInspection, monthsAgo } from './self-inspections.fixtures';
import { todayInShanghai } from './self-inspections.calendar';

/**
 * Three months (two past, the current one) × four mines, expected values computed by hand:
 *   A (t.mine)            on time (fixture) | late (submitted now)   | pending
 *   B                     missing           | missing                | submitted (today)
 *   C closed              exempt            | exempt                 | exempt
 *   D obliged from M0     exempt            | exempt                 | pending
 */
describe.each(databaseKinds())('self-inspection matrix and stats on %s', (kind) => {
  let s: TestServer;
  let t: Tenant;
  let other: Tenant;
  let district: Client;
  const [m2, m1, m0] = [monthsAgo(2), monthsAgo(1), currentMonth()];
  const ids: Record<'A' | 'B' | 'C' | 'D', string> = { A: '', B: '', C: '', D: '' };

  beforeAll(async () => {
    s = await startTestServer(kind);
    [t, other] = [await createTenant(s.p), await createTenant(s.p)];
    district = await signIn(s.app, t.users.districtSupervisor.username);
    const admin = await signIn(s.app, t.users.enterpriseAdmin.username);
    const org = { enterpriseId: t.enterprise.id, regionCode: t.region.code };
    const organiserPersonId = await insertPrincipal(s.p, t.enterprise.id);
    ids.A = t.mine.id;
    ids.B = await insertMine(s.p, org);
    ids.C = await insertMine(s.p, org, { status: 'closed' });
    ids.D = await insertMine(s.p, org, { selfInspectionFrom: `${m0}-01` });
    await insertSelfInspection(s.p, { ...org, mineId: ids.A, month: m2, organiserPersonId });
    const submit = (mineId: string, month: string, inspectionDate: string) => admin.post('/api/self-inspections', {
      mineId, month, organiserPersonId, inspectionDate, participants: '安全管理人员', scope: '全矿', result: 'hazards_found' });
    expect((await submit(ids.A, m1, `${m1}-15`)).status).toBe(201);
    expect((await submit(ids.B, m0, todayInShanghai())).status).toBe(201);
    // another district's mine with a record: must not show up anywhere in t's views
    await insertSelfInspection(s.p, { enterpriseId: other.enterprise.id, regionCode: other.region.code, mineId: other.mine.id, month: m2,
      organiserPersonId: await insertPrincipal(s.p, other.enterprise.id) });
  });
  afterAll(async () => s?.close());

  const range = `from=${m2}&to=${m0}`;
  const statuses = (json: any) => Object.fromEntries(json.rows.map((r: any) => [r.mineId, r.cells.map((c: any) => c.status)]));

  it('computes submitted, late, missing, exempt and pending per mine and month', async () => {
    const r = await district.get(`/api/self-inspections/matrix?${range}&enterpriseId=${t.enterprise.id}`);
    expect(r.status, r.body).toBe(200);
    expect(r.json.months).toEqual([m2, m1, m0]);
    expect(statuses(r.json)).toEqual({
      [ids.A]: ['submitted', 'late', 'pending'],
      [ids.B]: ['missing', 'missing', 'submitted'],
      [ids.C]: ['exempt', 'exempt', 'exempt'],
      [ids.D]: ['exempt', 'exempt', 'pending'],
    });
    const a = r.json.rows.find((x: any) => x.mineId === ids.A);
    expect(a.cells.map((c: any) => c.backfilled)).toEqual([false, true, false]);
    expect(a.cells[2].recordId).toBeNull();
  });

  it('gives stats equal to the matrix counts, by division and month', async () => {
    const r = await district.get(`/api/self-inspections/stats?${range}`);
    expect(r.status, r.body).toBe(200);
    expect(r.json.rows.map((x: any) => x.regionCode)).toEqual([t.region.code, t.region.code, t.region.code]);
    const byMonth = Object.fromEntries(r.json.rows.map((x: any) => [x.month, x]));
    expect(byMonth[m2]).toMatchObject({ obliged: 2, submitted: 1, late: 0, missing: 1, pending: 0, exempt: 2, completeness: 0.5, onTimeRate: 0.5 });
    expect(byMonth[m1]).toMatchObject({ obliged: 2, submitted: 0, late: 1, missing: 1, pending: 0, exempt: 2, completeness: 0.5, onTimeRate: 0 });
    expect(byMonth[m0]).toMatchObject({ obliged: 3, submitted: 1, late: 0, missing: 0, pending: 2, exempt: 1 });
    expect(byMonth[m0].completeness).toBeCloseTo(1 / 3);

    const matrix = await district.get(`/api/self-inspections/matrix?${range}`);
    for (const [i, month] of [m2, m1, m0].entries()) {
      const cells = matrix.json.rows.map((row: any) => row.cells[i].status);
      for (const status of ['submitted', 'late', 'missing', 'pending', 'exempt']) {
        expect(byMonth[month][status], `${month} ${status}`).toBe(cells.filter((c: string) => c === status).length);
      }
    }
  });

  it('keeps another district and another enterprise out of the matrix and stats', async () => {
    const otherDistrict = await signIn(s.app, other.users.districtSupervisor.username);
    const otherEnterprise = await signIn(s.app, other.users.enterpriseAdmin.username);
    for (const c of [otherDistrict, otherEnterprise]) {
      const m = await c.get(`/api/self-inspections/matrix?${range}`);
      expect(m.json.rows.map((r: any) => r.mineId)).toEqual([other.mine.id]);
      expect(m.json.rows[0].cells.map((x: any) => x.status)).toEqual(['submitted', 'missing', 'pending']);
      const st = await c.get(`/api/self-inspections/stats?${range}`);
      expect(st.json.rows.map((r: any) => r.regionCode)).toEqual([other.region.code, other.region.code, other.region.code]);
      expect(st.json.rows[0]).toMatchObject({ obliged: 1, submitted: 1, completeness: 1, onTimeRate: 1 });
    }
    const filtered = await otherDistrict.get(`/api/self-inspections/matrix?${range}&regionCode=${t.region.code}`);
    expect(filtered.json.rows).toEqual([]);
  });

  it('moves the due date by the grace-days setting: last month is pending, not missing', async () => {
    await s.p.database.db.insert(settings).values({ key: 'self_inspection_grace_days', value: 31 })
      .onConflictDoUpdate({ target: settings.key, set: { value: 31 } });
    try {
      const r = await district.get(`/api/self-inspections/matrix?from=${m1}&to=${m1}&enterpriseId=${t.enterprise.id}`);
      expect(statuses(r.json)[ids.B]).toEqual(['pending']);
    } finally {
      await s.p.database.db.delete(settings).where(eq(settings.key, 'self_inspection_grace_days'));
    }
  });

  it('refuses a reversed, too long or future range', async () => {
    expect((await district.get(`/api/self-inspections/matrix?from=${m0}&to=${m2}`)).json.fields.to).toMatch(/不能早于/);
    expect((await district.get(`/api/self-inspections/matrix?from=${monthsAgo(30)}&to=${m0}`)).json.fields.to).toMatch(/最多24个月/);
    expect((await district.get(`/api/self-inspections/stats?from=${m0}&to=${monthsAgo(-1)}`)).json.fields.to).toMatch(/不能晚于本月/);
  });
});
