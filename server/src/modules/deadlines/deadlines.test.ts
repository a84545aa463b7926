import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, openTestDatabase, serverOn, startTestServer, type TestServer } from '../../../test/harness';
import { createCityUser, createTenant, createUser, type Tenant } from '../../../test/factories';
import type { Platform } from '../../platform/context';
import { sendJob, startScheduler, stopScheduler } from '../../platform/scheduler/scheduler';
import { DEADLINE_SCAN, DEADLINE_SCAN_REQUEST, deadlineJobs, requestDeadlineScan } from './deadlines.jobs';
import { runDeadlineScan } from './deadlines.service';

const TODAY = `(now() AT TIME ZONE 'Asia/Shanghai')::date`;

/** A hazard written directly (the API refuses past deadlines), its deadline `offset` days from Shanghai today. */
async function hazardDue(p: Platform, t: Tenant, grade: 'major' | 'general', offset: number, status = 'in_rectification'): Promise<string> {
  const [row] = await p.database.query<{ id: string }>(`
    INSERT INTO hazards (mine_id, enterprise_id, region_code, source, grade, description, found_at, found_by, status, deadline)
    VALUES ($1, $2, $3, 'enterprise_self_inspection', $4, $5, now() - interval '30 days', '安全科', $6, ${TODAY} + $7::int)
    RETURNING id`, [t.mine.id, t.enterprise.id, t.region.code, grade, `期限测试隐患（${offset}天）`, status, offset]);
  return row!.id;
}

/** "item:user:stage" for every notification about these items. */
async function received(p: Platform, itemIds: string[]): Promise<string[]> {
  const rows = await p.database.query<{ k: string }>(
    `SELECT item_id || ':' || user_id || ':' || stage AS k FROM notifications WHERE item_id = ANY($1::text[]) ORDER BY 1`, [itemIds]);
  return rows.map((r) => r.k);
}

const onlyRegions = (...ts: Tenant[]) => ({ regionCodes: ts.map((t) => t.region.code) });

async function waitFor<T>(probe: () => Promise<T | undefined>, ms = 30_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe.each(databaseKinds())('deadline scan (%s)', (kind) => {
  let s: TestServer;
  beforeAll(async () => { s = await startTestServer(kind); });
  afterAll(async () => { await s.close(); });

  it('notifies the enterprise, the district for major hazards only, the city after escalation; once', async () => {
    const p = s.p;
    const [A, B] = [await createTenant(p), await createTenant(p)];
    const ent = A.users.enterpriseAdmin.id; // holds enterprise_admin and enterprise_principal
    const principal = (await createUser(p, { enterpriseId: A.enterprise.id }, ['enterprise_principal'])).id;
    const district = A.users.districtSupervisor.id;
    const districtAdmin = (await createUser(p, { agencyId: A.agency.id }, ['district_admin'])).id;
    const city = (await createCityUser(p, ['city_supervisor'])).id;
    const h = {
      soon3: await hazardDue(p, A, 'major', 3), // due soon (the limit of 3 days)
      soon4: await hazardDue(p, A, 'major', 4), // not yet
      today: await hazardDue(p, A, 'major', 0), // the deadline day itself: due soon, not overdue
      majorLate1: await hazardDue(p, A, 'major', -1),
      generalLate1: await hazardDue(p, A, 'general', -1),
      majorLate7: await hazardDue(p, A, 'major', -7), // overdue by 7: not yet escalated
      majorLate8: await hazardDue(p, A, 'major', -8), // overdue by more than 7: the city too
      generalLate8: await hazardDue(p, A, 'general', -8),
      closed: await hazardDue(p, A, 'major', -10, 'closed'),
    };
    const first = await runDeadlineScan(p, onlyRegions(A, B));
    expect(first.created).toBeGreaterThan(0);
    const lead = (id: string, stage: string) => [`${id}:${ent}:${stage}`, `${id}:${principal}:${stage}`];
    const dist = (id: string) => [`${id}:${district}:overdue`, `${id}:${districtAdmin}:overdue`];
    const expected = [
      ...lead(h.soon3, 'due_soon'), ...lead(h.today, 'due_soon'),
      ...lead(h.majorLate1, 'overdue'), ...dist(h.majorLate1),
      ...lead(h.generalLate1, 'overdue'),
      ...lead(h.majorLate7, 'overdue'), ...dist(h.majorLate7),
      ...lead(h.majorLate8, 'overdue'), ...dist(h.majorLate8),
      ...lead(h.generalLate8, 'overdue'),
    ];
    const got = await received(p, Object.values(h));
    // city users of other test files may exist on a shared database: check the city separately, for ours
    expect(got.filter((k) => !k.endsWith(':escalated')).sort()).toEqual(expected.sort());
    const escalated = got.filter((k) => k.endsWith(':escalated'));
    expect(escalated).toContain(`${h.majorLate8}:${city}:escalated`);
    expect(escalated).toContain(`${h.generalLate8}:${city}:escalated`);
    expect(new Set(escalated.map((k) => k.split(':')[0]))).toEqual(new Set([h.majorLate8, h.generalLate8]));
    // nobody in tenant B, nor enterprise staff, heard anything about A
    expect(got.some((k) => k.includes(B.users.districtSupervisor.id) || k.includes(A.users.enterpriseStaff.id))).toBe(false);

    const [row] = await p.database.query<{ title: string; body: string; link: string; period: string; kind: string }>(
      `SELECT title, body, link, period, kind FROM notifications WHERE item_id = $1 AND user_id = $2`, [h.majorLate1, district]);
    expect(row).toMatchObject({ kind: 'hazard_deadline', link: `/hazards/${h.majorLate1}` });
    expect(row!.title).toContain('已逾期');
    expect(row!.body).toContain('已逾期1天');

    // again: nothing new for these items
    await runDeadlineScan(p, onlyRegions(A, B));
    expect(await received(p, Object.values(h))).toEqual(got);

    // a new deadline is a new period: notified again
    await p.database.query(`UPDATE hazards SET deadline = ${TODAY} + 1 WHERE id = $1`, [h.majorLate1]);
    const again = await runDeadlineScan(p, onlyRegions(A));
    expect(again.byProducer.hazards).toBe(2);
  });

  it('listings, resumption verifications, monthly self-inspections', async () => {
    const p = s.p;
    const A = await createTenant(p);
    const ent = A.users.enterpriseAdmin.id;
    const district = A.users.districtSupervisor.id;
    const hz = await hazardDue(p, A, 'major', 10);
    const [listing] = await p.database.query<{ id: string }>(`
      INSERT INTO hazard_listings (hazard_id, agency_id, year, number, doc_no, deadline, requirements, responsible_unit)
      VALUES ($1, $2, 2026, 1, $3, ${TODAY} - 2, '按期整改', '企业') RETURNING id`, [hz, A.agency.id, `督办${A.region.code}`]);
    const [resumption] = await p.database.query<{ id: string }>(`
      INSERT INTO hazard_resumptions (hazard_id, mine_id, enterprise_id, region_code, note, applied_on, day_basis, days, due_date)
      VALUES ($1, $2, $3, $4, '申请复产', ${TODAY} - 8, 'calendar', 10, ${TODAY} + 2) RETURNING id`,
    [hz, A.mine.id, A.enterprise.id, A.region.code]);
    // the mine is obliged from two months back: the last three months are scanned, the earlier one is exempt
    await p.database.query(`UPDATE mines SET self_inspection_from = date_trunc('month', ${TODAY} - interval '2 month')::date WHERE id = $1`, [A.mine.id]);
    await runDeadlineScan(p, onlyRegions(A));
    expect(await received(p, [listing!.id, resumption!.id, A.mine.id])).toEqual([
      `${listing!.id}:${ent}:overdue`, `${listing!.id}:${district}:overdue`, // the listing agency is A's district here
      `${resumption!.id}:${district}:due_soon`,
      `${A.mine.id}:${ent}:missing`, `${A.mine.id}:${ent}:missing`,
    ].sort());
    const periods = (await p.database.query<{ period: string }>(`SELECT period FROM notifications WHERE item_id = $1 ORDER BY period`, [A.mine.id])).map((r) => r.period);
    const [prev] = await p.database.query<{ m1: string; m2: string }>(
      `SELECT to_char(${TODAY} - interval '2 month', 'YYYY-MM') AS m2, to_char(${TODAY} - interval '1 month', 'YYYY-MM') AS m1`);
    expect(periods).toEqual([prev!.m2, prev!.m1]);
  });

  it('certificates: expiring soon, expired (recently), review due → the employer enterprise\'s admins', async () => {
    const p = s.p;
    const A = await createTenant(p);
    await createUser(p, { enterpriseId: A.enterprise.id }, ['enterprise_principal']); // not an admin: not told
    const [type] = await p.database.query<{ id: string }>(`
      INSERT INTO certificate_types (code, name, category, valid_years, review_years, extended_review_years, effective_from, source)
      VALUES ($1, '测试作业', '测试', 6, 3, 6, '2010-01-01', '测试') RETURNING id`, [`T-${A.region.code}`]);
    const [person] = await p.database.query<{ id: string }>(`INSERT INTO people (name, owner_enterprise_id) VALUES ('张测试', $1) RETURNING id`, [A.enterprise.id]);
    const cert = async (issue: string, expiry: string, status = 'active') => (await p.database.query<{ id: string }>(`
      INSERT INTO certificates (person_id, enterprise_id, region_code, type_id, number, issuing_authority, issue_date, expiry_date, status)
      VALUES ($1, $2, $3, $4, $5, '测试发证机关', ${issue}, ${expiry}, $6) RETURNING id`,
    [person!.id, A.enterprise.id, A.region.code, type!.id, `N${Math.random()}`, status]))[0]!.id;
    const c = {
      expiring: await cert(`${TODAY} - 100`, `${TODAY} + 30`),
      reviewSoon: await cert(`(${TODAY} - interval '3 years')::date + 10`, `${TODAY} + 1000`),
      expired: await cert(`${TODAY} - 400`, `${TODAY} - 1`),
      longExpired: await cert(`${TODAY} - 2000`, `${TODAY} - 100`),
      revoked: await cert(`${TODAY} - 100`, `${TODAY} + 30`, 'revoked'),
    };
    await runDeadlineScan(p, onlyRegions(A));
    const admin = A.users.enterpriseAdmin.id;
    expect(await received(p, Object.values(c))).toEqual(
      [`${c.expiring}:${admin}:expiring_soon`, `${c.reviewSoon}:${admin}:review_due_soon`, `${c.expired}:${admin}:expired`].sort());
  });

  it('pg-boss starts, schedules deadline-scan at 01:00 Asia/Shanghai, and runs a scan sent to the on-demand queue', async () => {
    const p = s.p;
    const A = await createTenant(p);
    const hz = await hazardDue(p, A, 'general', -2);
    const boss = await startScheduler(p, deadlineJobs, { pollingIntervalSeconds: 0.5 });
    try {
      const schedules = await boss.getSchedules();
      expect(schedules.find((x) => x.name === DEADLINE_SCAN)).toMatchObject({ cron: '0 1 * * *', timezone: 'Asia/Shanghai' });
      expect(await boss.getQueue(DEADLINE_SCAN_REQUEST)).toMatchObject({ policy: 'short' });
      expect(await sendJob(p, DEADLINE_SCAN_REQUEST, onlyRegions(A))).toBeTruthy();
      const got = await waitFor(async () => {
        const r = await received(p, [hz]);
        return r.length ? r : undefined;
      });
      expect(got).toEqual([`${hz}:${A.users.enterpriseAdmin.id}:overdue`]);
    } finally {
      await stopScheduler(p);
    }
    expect(await sendJob(p, DEADLINE_SCAN_REQUEST, {})).toBeNull(); // stopped: a no-op
  }, 60_000);
});

describe('requestDeadlineScan (pglite: its own database, so an unnarrowed scan disturbs no other file)', () => {
  it('is a no-op without a scheduler and runs a scan with one', async () => {
    const s = await startTestServer('pglite');
    try {
      const A = await createTenant(s.p);
      const hz = await hazardDue(s.p, A, 'major', -1);
      requestDeadlineScan(s.p); // no scheduler: nothing happens, nothing throws
      await new Promise((r) => setTimeout(r, 300));
      expect(await received(s.p, [hz])).toEqual([]);
      await startScheduler(s.p, deadlineJobs, { pollingIntervalSeconds: 0.5 });
      requestDeadlineScan(s.p);
      requestDeadlineScan(s.p); // a burst coalesces (policy short); either way each notification exists once
      const got = await waitFor(async () => ((await received(s.p, [hz])).length === 2 ? received(s.p, [hz]) : undefined));
      expect(got.sort()).toEqual([`${hz}:${A.users.enterpriseAdmin.id}:overdue`, `${hz}:${A.users.districtSupervisor.id}:overdue`].sort());
    } finally {
      await stopScheduler(s.p);
      await s.close();
    }
  }, 60_000);
});

describe.runIf(databaseKinds().includes('postgres'))('deadline scan on two app processes (postgres)', () => {
  it('runs concurrently from two platforms and creates each notification once', async () => {
    const [d1, d2] = [await openTestDatabase('postgres'), await openTestDatabase('postgres')];
    const [s1, s2] = [await serverOn(d1, 'postgres'), await serverOn(d2, 'postgres')];
    try {
      const tenants = [await createTenant(s1.p), await createTenant(s1.p)];
      const ids: string[] = [];
      for (const t of tenants) {
        for (const [g, off] of [['major', -9], ['major', -1], ['general', 0], ['major', 2]] as const) ids.push(await hazardDue(s1.p, t, g, off));
      }
      const filter = onlyRegions(...tenants);
      const results = await Promise.all([1, 2, 3].flatMap(() => [runDeadlineScan(s1.p, filter), runDeadlineScan(s2.p, filter)]));
      const [dup] = await d1.query<{ n: string }>(`SELECT count(*)::text AS n FROM (
        SELECT 1 FROM notifications WHERE item_id = ANY($1::text[]) GROUP BY user_id, item_type, item_id, stage, period HAVING count(*) > 1) d`, [ids]);
      expect(dup!.n).toBe('0');
      const total = (await received(s1.p, ids)).length;
      const hazardsCreated = results.reduce((n, r) => n + r.byProducer.hazards!, 0);
      expect(hazardsCreated).toBe(total); // every notification created by exactly one of the six runs
      expect(total).toBeGreaterThanOrEqual(tenants.length * 6);
    } finally {
      await s1.close(); await s2.close();
      await d1.close(); await d2.close();
    }
  }, 60_000);
});
