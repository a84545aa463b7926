import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db/client';
import { databaseKinds, startTestServer, type TestServer } from '../../../test/harness';
import { createTenant, createUser, signIn, TEST_PASSWORD, type Client, type Tenant } from '../../../test/factories';
import { auditEvents, settings } from '../../platform/db/schema';
import { insertPerson, insertPosition } from '../people/people.fixtures';
import { currentMonth, insertMine, insertPrincipal, monthsAgo } from './self-inspections.fixtures';
import { todayInShanghai } from './self-inspections.calendar';

describe.each(databaseKinds())('monthly self-inspections on %s', (kind) => {
  let s: TestServer;
  let t: Tenant;
  let admin: Client;
  let principalId: string;
  let engineerId: string;
  beforeAll(async () => {
    s = await startTestServer(kind);
    t = await createTenant(s.p);
    admin = await signIn(s.app, t.users.enterpriseAdmin.username);
    principalId = await insertPrincipal(s.p, t.enterprise.id, t.users.enterpriseAdmin.id);
    engineerId = await insertPerson(s.p, { name: '总工程师', ownerEnterpriseId: t.enterprise.id });
    await insertPosition(s.p, { personId: engineerId, enterpriseId: t.enterprise.id, mineId: t.mine.id, position: 'chief_engineer', startDate: '2020-01-01' });
  });
  afterAll(async () => s?.close());

  const newMine = () => insertMine(s.p, { enterpriseId: t.enterprise.id, regionCode: t.region.code });
  const body = (mineId: string, over: object = {}) => ({
    mineId, month: currentMonth(), organiserPersonId: principalId, inspectionDate: todayInShanghai(),
    participants: '主要负责人、安全副矿长、技术人员', scope: '全矿井下作业地点与尾矿设施', result: 'hazards_found', ...over,
  });

  it('flags an organiser who held neither counted post on the inspection date, and follows the setting', async () => {
    const byEngineer = await admin.post('/api/self-inspections', body(await newMine(), { organiserPersonId: engineerId }));
    expect(byEngineer.status, byEngineer.body).toBe(201);
    expect(byEngineer.json.organiserRoleOk).toBe(false);
    expect(byEngineer.json.warnings.join()).toMatch(/未担任主要负责人或矿长/);

    const byPrincipal = await admin.post('/api/self-inspections', body(await newMine()));
    expect(byPrincipal.json.organiserRoleOk).toBe(true);

    const managerMine = await newMine();
    await insertPosition(s.p, { personId: engineerId, enterpriseId: t.enterprise.id, mineId: managerMine, position: 'mine_manager',
      startDate: '2020-01-01', endDate: '2020-12-31' });
    const formerManager = await admin.post('/api/self-inspections', body(managerMine, { organiserPersonId: engineerId }));
    expect(formerManager.json.organiserRoleOk).toBe(false);

    await s.p.database.db.insert(settings).values({ key: 'self_inspection_organiser_positions', value: ['mine_manager'] })
      .onConflictDoUpdate({ target: settings.key, set: { value: ['mine_manager'] } });
    try {
      const principalNotCounted = await admin.post('/api/self-inspections', body(await newMine()));
      expect(principalNotCounted.json.organiserRoleOk).toBe(false);
    } finally {
      await s.p.database.db.delete(settings).where(eq(settings.key, 'self_inspection_organiser_positions'));
    }
  });

  it('signs "no major hazard" only with the organiser\'s own account and password', async () => {
    const mineId = await newMine();
    const unsigned = await admin.post('/api/self-inspections', body(mineId, { result: 'no_major_hazard' }));
    expect(unsigned.status).toBe(400);
    expect(unsigned.json.fields.password).toMatch(/签字/);
    const wrong = await admin.post('/api/self-inspections', body(mineId, { result: 'no_major_hazard', password: 'not-my-password' }));
    expect(wrong.status).toBe(400);
    expect(wrong.json.fields.password).toMatch(/密码错误/);
    const notOrganiser = await admin.post('/api/self-inspections', body(mineId, { result: 'no_major_hazard', organiserPersonId: engineerId, password: TEST_PASSWORD }));
    expect(notOrganiser.status).toBe(400);
    expect(notOrganiser.json.fields.password).toMatch(/未关联该组织人/);

    const ok = await admin.post('/api/self-inspections', body(mineId, { result: 'no_major_hazard', password: TEST_PASSWORD }));
    expect(ok.status, ok.body).toBe(201);
    expect(ok.json.signedByUserId).toBe(t.users.enterpriseAdmin.id);
    expect(ok.json.signedAt).not.toBeNull();
    expect(ok.json).not.toHaveProperty('password');
    const edit = await admin.put(`/api/self-inspections/${ok.json.id}`, { ...body(mineId), version: ok.json.version });
    expect(edit.status).toBe(409);
    expect(edit.json.message).toMatch(/已签字/);
  });

  it('refuses a second record for the month (409), a future month (400) and a date outside the month (400)', async () => {
    const mineId = await newMine();
    expect((await admin.post('/api/self-inspections', body(mineId))).status).toBe(201);
    const dup = await admin.post('/api/self-inspections', body(mineId));
    expect(dup.status).toBe(409);
    expect(dup.json.fields.month).toMatch(/已有月度自查记录/);
    const future = await admin.post('/api/self-inspections', body(mineId, { month: monthsAgo(-1), inspectionDate: `${monthsAgo(-1)}-01` }));
    expect(future.status).toBe(400);
    expect(future.json.fields.month).toMatch(/不能晚于本月/);
    const outside = await admin.post('/api/self-inspections', body(mineId, { month: monthsAgo(1) }));
    expect(outside.status).toBe(400);
    expect(outside.json.fields.inspectionDate).toMatch(/应在自查月份/);
    const hazard = await admin.post('/api/self-inspections', body(await newMine(), { hazardIds: ['00000000-0000-4000-8000-000000000001'] }));
    expect(hazard.status).toBe(400);
    expect(hazard.json.fields.hazardIds).toMatch(/不存在或不属于该矿山/);
  });

  it('links hazards of the same mine only', async () => {
    const mineId = await newMine();
    // Written with plain SQL, as the module checks them: this module does not depend on the hazards module.
    const hazard = async (mine: string) => (await queryRows<{ id: string }>(s.p.database.db, sql`
      INSERT INTO hazards (mine_id, enterprise_id, region_code, source, grade, description, found_at, found_by, status)
      VALUES (${mine}, ${t.enterprise.id}, ${t.region.code}, 'enterprise_self_inspection', 'major', '测试隐患', now(), '自查', 'registered')
      RETURNING id::text AS id`))[0]!.id;
    const [own, foreign] = [await hazard(mineId), await hazard(t.mine.id)];
    const refused = await admin.post('/api/self-inspections', body(mineId, { hazardIds: [own, foreign] }));
    expect(refused.status).toBe(400);
    expect(refused.json.fields.hazardIds).toContain(foreign);
    expect(refused.json.fields.hazardIds).not.toContain(own);
    const linked = await admin.post('/api/self-inspections', body(mineId, { hazardIds: [own] }));
    expect(linked.status, linked.body).toBe(201);
    expect(linked.json.hazardIds).toEqual([own]);
  });

  it('accepts a past month after its due date as backfilled and late, and edits it until signed', async () => {
    const month = monthsAgo(3);
    const r = await admin.post('/api/self-inspections', body(await newMine(), { month, inspectionDate: `${month}-10` }));
    expect(r.status, r.body).toBe(201);
    expect(r.json).toMatchObject({ late: true, backfilled: true, month });
    const edited = await admin.put(`/api/self-inspections/${r.json.id}`, { ...body(r.json.mineId, { inspectionDate: `${month}-12` }), version: r.json.version });
    expect(edited.status, edited.body).toBe(200);
    expect(edited.json).toMatchObject({ inspectionDate: `${month}-12`, version: r.json.version + 1, late: true, backfilled: true });
    const stale = await admin.put(`/api/self-inspections/${r.json.id}`, { ...body(r.json.mineId, { inspectionDate: `${month}-12` }), version: r.json.version });
    expect(stale.status).toBe(409);
    expect(stale.json.code).toBe('STALE');
    const audit = await s.p.database.db.select({ action: auditEvents.action, after: auditEvents.after }).from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'self_inspection'), eq(auditEvents.entityId, r.json.id))).orderBy(auditEvents.seq);
    expect(audit.map((a) => a.action)).toEqual(['create', 'update']);
    expect(audit[1]!.after).toMatchObject({ inspectionDate: `${month}-12`, version: r.json.version + 1 });
  });

  it('refuses in order: another tenant 404, a role without submit 403', async () => {
    const mineId = await newMine();
    const created = await admin.post('/api/self-inspections', body(mineId));
    const other = await createTenant(s.p);
    const otherAdmin = await signIn(s.app, other.users.enterpriseAdmin.username);
    expect((await otherAdmin.get(`/api/self-inspections/${created.json.id}`)).status).toBe(404);
    expect((await otherAdmin.post('/api/self-inspections', body(await newMine()))).status).toBe(404);
    const staff = await signIn(s.app, t.users.enterpriseStaff.username);
    expect((await staff.get(`/api/self-inspections/${created.json.id}`)).status).toBe(200);
    expect((await staff.post('/api/self-inspections', body(await newMine()))).status).toBe(403);
    const district = await signIn(s.app, t.users.districtSupervisor.username);
    expect((await district.put(`/api/self-inspections/${created.json.id}`, { ...body(mineId), version: 1 })).status).toBe(403);
    const viewer = await createUser(s.p, { enterpriseId: t.enterprise.id }, ['enterprise_staff']);
    const list = await (await signIn(s.app, viewer.username)).get(`/api/self-inspections?mineId=${mineId}`);
    expect(list.json.items.map((i: { id: string }) => i.id)).toEqual([created.json.id]);
  });

  it('pages the list newest month first with a keyset cursor', async () => {
    const mineId = await newMine();
    const months = [monthsAgo(2), monthsAgo(1), currentMonth()];
    for (const month of months) {
      const inspectionDate = month === currentMonth() ? todayInShanghai() : `${month}-05`;
      expect((await admin.post('/api/self-inspections', body(mineId, { month, inspectionDate }))).status).toBe(201);
    }
    const seen: string[] = [];
    let url = `/api/self-inspections?mineId=${mineId}&limit=2`;
    for (;;) {
      const r = await admin.get(url);
      expect(r.json.total).toBe(3);
      seen.push(...r.json.items.map((i: { month: string }) => i.month));
      if (!r.json.nextCursor) break;
      url = `/api/self-inspections?mineId=${mineId}&limit=2&cursor=${r.json.nextCursor}`;
    }
    expect(seen).toEqual([...months].reverse());
  });
});
