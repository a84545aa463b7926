import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../../../test/harness';
import { TEST_PASSWORD, createTenant, newCreditCode, signIn, type Client, type Tenant } from '../../../test/factories';
import { auditCount, hazardWorld, majorReport, plan, shanghaiDate, type HazardWorld } from './hazards.fixtures';
import { scanUnlicensed } from './closure.service';

/** 屡改屡犯 / 同类反复 / 弄虚作假 flags, 撤销销号, and 提请关闭建议 — on both databases. */
describe.each(databaseKinds())('recurrence, falsification and closure proposals on %s', (kind) => {
  let s: TestServer;
  let w: HazardWorld;
  beforeAll(async () => {
    s = await startTestServer(kind);
    w = await hazardWorld(s.app, s.p);
  });
  afterAll(async () => s?.close());

  const act = (c: Client, id: string, action: string, body: Record<string, unknown>) => c.post(`/api/hazards/${id}/actions/${action}`, body);
  const q = (sql: string, params: unknown[] = []) => s.p.database.query<Record<string, any>>(sql, params);
  const found = (t: Tenant, over: Record<string, unknown> = {}) => majorReport(t, { deadline: shanghaiDate(20), ...over });

  /** regulator-found → plan → 企业自验 → 验收通过: closed */
  async function closeFound(id: string) {
    let h = (await w.clients.district.get(`/api/hazards/${id}`)).json;
    h = (await act(w.clients.entAdmin, id, 'submit_plan', plan(h.version))).json;
    h = (await act(w.clients.principal, id, 'self_accept', { version: h.version, password: TEST_PASSWORD })).json;
    const r = await act(w.clients.district, id, 'accept_pass', { version: h.version });
    expect(r.status, r.body).toBe(200);
    expect(r.json.status).toBe('closed');
    return r.json;
  }

  it('links a hazard found again after 销号, flags recurrence, and names the principals on each date', async () => {
    const { A, clients: c } = w;
    const person = async (name: string) => (await q(`INSERT INTO people (name) VALUES ($1) RETURNING id`, [name]))[0]!.id as string;
    const [parent] = await q(`INSERT INTO enterprises (name, credit_code) VALUES ('上级集团有限公司', $1) RETURNING id`, [newCreditCode()]);
    await q(`UPDATE enterprises SET parent_id = $1 WHERE id = $2`, [parent!.id, A.enterprise.id]);
    const hold = async (name: string, enterpriseId: string, mineId: string | null, position: string, from: string, to: string | null) =>
      q(`INSERT INTO positions (person_id, enterprise_id, mine_id, position, start_date, end_date) VALUES ($1, $2, $3, $4, $5, $6)`,
        [await person(name), enterpriseId, mineId, position, from, to]);
    await hold('王矿长', A.enterprise.id, A.mine.id, 'mine_manager', '2020-01-01', null);
    await hold('李前任', A.enterprise.id, null, 'principal', '2019-01-01', '2020-12-31'); // left before: not named
    await hold('赵总', A.enterprise.id, null, 'principal', '2021-01-01', null);
    await hold('钱董', parent!.id, null, 'principal', '2020-01-01', null);
    await hold('孙安全', A.enterprise.id, A.mine.id, 'safety_deputy', '2020-01-01', null); // not a principal post

    const first = (await c.district.post('/api/hazards', found(A))).json;
    expect(first.flags).toEqual([]);
    const closed = await closeFound(first.id);
    expect(closed.recurrenceOf).toBeNull();

    const again = await c.district.post('/api/hazards', found(A, { description: '主排水泵房再次只有2台水泵' }));
    expect(again.status, again.body).toBe(201);
    expect(again.json.recurrenceOf).toMatchObject({ id: first.id });
    const kinds = again.json.flags.map((f: any) => f.kind).sort();
    expect(kinds).toEqual(['recurring', 'repeated_after_rectification']);
    for (const f of again.json.flags) {
      expect(f.relatedHazardId).toBe(first.id);
      expect(f.minePrincipals.map((p: any) => p.name).sort()).toEqual(expect.arrayContaining(['王矿长', '赵总']));
      expect(f.minePrincipals.map((p: any) => p.name)).not.toContain('李前任');
      expect(f.minePrincipals.map((p: any) => p.name)).not.toContain('孙安全');
      expect(new Set(f.parentPrincipals.map((p: any) => p.name))).toEqual(new Set(['钱董']));
      expect(f.minePrincipals[0]).toMatchObject({ date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    }
    // one audit event per flag, and the hazard itself still has exactly its create event
    const [flagAudits] = await q(`SELECT count(*)::int AS n FROM audit_events WHERE entity_type = 'hazard_flag' AND entity_id = ANY($1::text[])`,
      [again.json.flags.map((f: any) => f.id)]);
    expect(flagAudits!.n).toBe(2);
    expect(await auditCount(s.p, again.json.id)).toBe(1);

    // the flag ledger is scoped: the district and the enterprise see them, another district does not
    const mine = (await c.district.get(`/api/hazard-flags?mineId=${A.mine.id}`)).json;
    expect(mine.items.map((i: any) => i.hazardId)).toEqual([again.json.id, again.json.id]);
    expect((await c.entAdmin.get(`/api/hazard-flags?mineId=${A.mine.id}`)).json.total).toBe(2);
    expect((await c.otherDistrict.get(`/api/hazard-flags?mineId=${A.mine.id}`)).json.total).toBe(0);
    expect((await c.district.get(`/api/hazard-flags?kind=recurring&mineId=${A.mine.id}`)).json.total).toBe(1);
  });

  it('accepts an explicit 复发自 link only to a closed hazard of the same mine', async () => {
    const { A, B, clients: c } = w;
    const open = (await c.district.post('/api/hazards', found(A))).json;
    const notClosed = await c.staff.post('/api/hazards', majorReport(A, { recurrenceOfId: open.id }));
    expect(notClosed.status).toBe(400);
    expect(notClosed.json.fields.recurrenceOfId).toBe('复发自须为同一矿山已销号的隐患');
    const otherMine = (await w.clients.otherEnt.post('/api/hazards', majorReport(B))).json;
    const foreign = await c.staff.post('/api/hazards', majorReport(A, { recurrenceOfId: otherMine.id }));
    expect(foreign.status).toBe(400);

    const closed = await closeFound(open.id);
    const general = await c.staff.post('/api/hazards', { ...majorReport(A, { grade: 'general', standardItemCode: null, standardSituationCode: null }), recurrenceOfId: closed.id });
    expect(general.status, general.body).toBe(201);
    expect(general.json.recurrenceOf.id).toBe(closed.id);
    expect(general.json.flags.map((f: any) => f.kind)).toEqual(['repeated_after_rectification']);
  });

  it('counts recurrence within the configured window only', async () => {
    const C = await createTenant(s.p);
    const district = await signIn(s.app, C.users.districtSupervisor.username);
    const longAgo = new Date(Date.now() - 400 * 86_400_000).toISOString();
    const old = await district.post('/api/hazards', found(C, { foundAt: longAgo }));
    expect(old.status, old.body).toBe(201);
    const now = (await district.post('/api/hazards', found(C))).json;
    expect(now.flags).toEqual([]); // 400 days apart, window 12 months; the earlier one is not closed
    await q(`INSERT INTO settings (key, value) VALUES ('hazard.recurrence_window_months', '14'::jsonb)
             ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`);
    try {
      const later = (await district.post('/api/hazards', found(C))).json;
      expect(later.flags).toHaveLength(1);
      expect(later.flags[0]).toMatchObject({ kind: 'recurring', relatedHazardId: now.id });
      expect(later.flags[0].detail).toContain('14个月内第3次');
    } finally {
      await q(`DELETE FROM settings WHERE key = 'hazard.recurrence_window_months'`);
    }
  });

  it('flags suspected falsification on an on-site finding, and only a district regulator revokes a 销号', async () => {
    const { A, clients: c } = w;
    const created = (await c.district.post('/api/hazards', found(A, { standardItemCode: 'UG-07', description: '造假测试' }))).json;
    let h = (await act(c.entAdmin, created.id, 'submit_plan', plan(created.version))).json;
    h = (await act(c.principal, created.id, 'self_accept', { version: h.version, password: TEST_PASSWORD })).json;
    const misuse = await act(c.entAdmin, created.id, 'progress', { version: h.version, note: '进展', onsiteNotRectified: true });
    expect(misuse.status).toBe(409); // the state forbids progress before any field is looked at
    const failed = await act(c.district, created.id, 'accept_fail', { version: h.version, reason: '现场水泵仍为2台', onsiteNotRectified: true });
    expect(failed.status, failed.body).toBe(200);
    expect(failed.json.status).toBe('in_rectification');
    const fal = failed.json.flags.filter((f: any) => f.kind === 'suspected_falsification');
    expect(fal).toHaveLength(1);
    expect(fal[0].detail).toContain('现场水泵仍为2台');
    const wrongField = await act(c.entAdmin, created.id, 'progress', { version: failed.json.version, note: '进展', onsiteNotRectified: true });
    expect(wrongField.status).toBe(400);
    expect(wrongField.json.fields.onsiteNotRectified).toBeDefined();

    h = (await act(c.principal, created.id, 'self_accept', { version: failed.json.version, password: TEST_PASSWORD })).json;
    const closed = (await act(c.district, created.id, 'accept_pass', { version: h.version })).json;
    expect(closed.status).toBe('closed');
    const before = await auditCount(s.p, created.id);

    // refusal order: another district 404 → enterprise 403 → (state) 409
    expect((await act(c.otherDistrict, created.id, 'revoke_closure', { version: closed.version, reason: '复查' })).status).toBe(404);
    expect((await act(c.entAdmin, created.id, 'revoke_closure', { version: closed.version, reason: '复查' })).status).toBe(403);
    expect((await act(c.city, created.id, 'revoke_closure', { version: closed.version, reason: '复查' })).status).toBe(403);
    expect((await act(c.district, created.id, 'revoke_closure', { version: closed.version })).status).toBe(400); // reason required
    expect(await auditCount(s.p, created.id)).toBe(before);

    const reopened = await act(c.district, created.id, 'revoke_closure', { version: closed.version, reason: '复查发现未整改', onsiteNotRectified: true });
    expect(reopened.status, reopened.body).toBe(200);
    expect(reopened.json).toMatchObject({ status: 'in_rectification', reopenedCount: 1, closedAt: null, returnReason: '复查发现未整改' });
    expect(reopened.json.flags.filter((f: any) => f.kind === 'suspected_falsification')).toHaveLength(2);
    expect(reopened.json.timeline.at(-1)).toMatchObject({ action: 'revoke_closure', fromStatus: 'closed', toStatus: 'in_rectification' });
    expect(await auditCount(s.p, created.id)).toBe(before + 1);
    expect((await act(c.district, created.id, 'revoke_closure', { version: reopened.json.version, reason: '再次' })).status).toBe(409);
  });

  it('proposes closing a producing mine with major hazards found on two separate days within 3 months, for review', async () => {
    const D = await createTenant(s.p);
    const district = await signIn(s.app, D.users.districtSupervisor.username);
    const staff = await signIn(s.app, D.users.enterpriseStaff.username);
    const at = (daysAgo: number, hour: number) => `${shanghaiDate(-daysAgo)}T${String(hour).padStart(2, '0')}:00:00+08:00`;
    const proposals = async () => q(`SELECT * FROM closure_proposals WHERE mine_id = $1 ORDER BY raised_at`, [D.mine.id]);

    await district.post('/api/hazards', found(D, { foundAt: at(10, 9) }));
    await district.post('/api/hazards', found(D, { foundAt: at(10, 15) }));
    expect(await proposals()).toHaveLength(0); // one occasion (the same day)

    // an enterprise report counts only once the district confirms it
    const reported = (await staff.post('/api/hazards', majorReport(D, { foundAt: at(5, 10) }))).json;
    expect(await proposals()).toHaveLength(0);
    const confirmed = await act(district, reported.id, 'confirm', { version: reported.version, deadline: shanghaiDate(30) });
    expect(confirmed.status, confirmed.body).toBe(200);
    const [p1] = await proposals();
    expect(p1).toMatchObject({ reason: 'repeated_major_hazards', status: 'open' });
    expect(p1!.evidence.occasions.map((o: any) => o.day)).toEqual([shanghaiDate(-10), shanghaiDate(-5)]);
    expect(p1!.evidence.occasions[0].hazardIds).toHaveLength(2);
    const [raised] = await q(`SELECT count(*)::int AS n FROM audit_events WHERE entity_type = 'closure_proposal' AND entity_id = $1`, [p1!.id]);
    expect(raised!.n).toBe(1);

    await district.post('/api/hazards', found(D, { foundAt: at(1, 10) }));
    expect(await proposals()).toHaveLength(1); // at most one open proposal per mine and reason

    // regulators only, within scope
    const list = (await district.get(`/api/closure-proposals?mineId=${D.mine.id}`)).json;
    expect(list.items.map((i: any) => i.id)).toEqual([p1!.id]);
    expect(list.items[0].summary).toContain('仍处于生产状态');
    expect((await staff.get('/api/closure-proposals')).status).toBe(403);
    expect((await w.clients.otherDistrict.get(`/api/closure-proposals/${p1!.id}`)).status).toBe(404);
    expect((await w.clients.otherDistrict.post(`/api/closure-proposals/${p1!.id}/decide`, { version: 1, adopt: true, note: '同意' })).status).toBe(404);
    expect((await staff.post(`/api/closure-proposals/${p1!.id}/decide`, { version: 1, adopt: true, note: '同意' })).status).toBe(403);

    const decided = await district.post(`/api/closure-proposals/${p1!.id}/decide`, { version: 1, adopt: true, note: '提请区县政府予以关闭' });
    expect(decided.status, decided.body).toBe(200);
    expect(decided.json).toMatchObject({ status: 'adopted', decisionNote: '提请区县政府予以关闭', version: 2 });
    expect(decided.json.decidedByName).toBeTruthy();
    expect((await district.post(`/api/closure-proposals/${p1!.id}/decide`, { version: 2, adopt: false, note: '撤回' })).status).toBe(409);

    // a mine that is not producing gets no proposal
    const E = await createTenant(s.p);
    await q(`UPDATE mines SET status = 'suspended_rectification' WHERE id = $1`, [E.mine.id]);
    const districtE = await signIn(s.app, E.users.districtSupervisor.username);
    await districtE.post('/api/hazards', found(E, { foundAt: at(20, 10) }));
    await districtE.post('/api/hazards', found(E, { foundAt: at(2, 10) }));
    expect(await q(`SELECT id FROM closure_proposals WHERE mine_id = $1`, [E.mine.id])).toHaveLength(0);
  });

  it('proposes closing producing mines without valid licences, once per mine', async () => {
    const F = await createTenant(s.p);
    const G = await createTenant(s.p);
    // G: a tailings pond with a valid safety licence and no mining licence (ponds need none) — not proposed
    await q(`UPDATE mines SET kinds = ARRAY['tailings_pond'], safety_licence_no = '(渝)FM安许证字〔2024〕0001', safety_licence_to = $2 WHERE id = $1`,
      [G.mine.id, shanghaiDate(300)]);
    await q(`UPDATE mines SET safety_licence_no = '(渝)FM安许证字〔2020〕0002', safety_licence_to = $2,
             mining_licence_no = $4, mining_licence_to = $3 WHERE id = $1`,
    [F.mine.id, shanghaiDate(-1), shanghaiDate(100), `C50000020110311${String(Date.now()).slice(-8)}`]); // unique across runs on a shared database
    const ctx = { requestId: 'test-scan', ip: '127.0.0.1', actor: null };
    await scanUnlicensed(s.p, ctx);
    const f = await q(`SELECT * FROM closure_proposals WHERE mine_id = $1`, [F.mine.id]);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ reason: 'unlicensed_production', status: 'open' });
    expect(f[0]!.summary).toContain(`安全生产许可证已于${shanghaiDate(-1)}到期`);
    expect(f[0]!.summary).not.toContain('采矿许可证');
    expect(await q(`SELECT id FROM closure_proposals WHERE mine_id = $1`, [G.mine.id])).toHaveLength(0);
    await scanUnlicensed(s.p, ctx);
    expect(await q(`SELECT id FROM closure_proposals WHERE mine_id = $1`, [F.mine.id])).toHaveLength(1);
  });
});
