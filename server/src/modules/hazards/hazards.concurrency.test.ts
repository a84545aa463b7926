import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../../../test/harness';
import { TEST_PASSWORD, createUser, signIn, type Client } from '../../../test/factories';
import { auditCount, hazardWorld, majorReport, plan, shanghaiDate, type HazardWorld } from './hazards.fixtures';

/** Two regulators act on the same hazard at the same moment: one wins, the other gets 409, one audit entry. */
describe.each(databaseKinds())('concurrent hazard decisions on %s', (kind) => {
  let s: TestServer;
  let w: HazardWorld;
  let districtAdmin: Client;
  beforeAll(async () => {
    s = await startTestServer(kind);
    w = await hazardWorld(s.app, s.p);
    districtAdmin = await signIn(s.app, (await createUser(s.p, { agencyId: w.A.agency.id }, ['district_admin'])).username);
  });
  afterAll(async () => s?.close());

  const act = (c: Client, id: string, action: string, body: Record<string, unknown>) => c.post(`/api/hazards/${id}/actions/${action}`, body);

  /** A major hazard waiting for acceptance. */
  async function awaitingAcceptance() {
    const { clients: c } = w;
    const id = (await c.staff.post('/api/hazards', majorReport(w.A))).json.id;
    let h = (await act(c.district, id, 'confirm', { version: 1, deadline: shanghaiDate(30) })).json;
    h = (await act(c.entAdmin, id, 'submit_plan', plan(h.version))).json;
    h = (await act(c.principal, id, 'self_accept', { version: h.version, password: TEST_PASSWORD })).json;
    expect(h.status).toBe('awaiting_acceptance');
    return h;
  }

  for (const [first, second] of [['accept_pass', 'accept_fail'], ['accept_pass', 'accept_pass'], ['accept_fail', 'accept_fail']] as const) {
    it(`${first} ∥ ${second}: exactly one wins`, async () => {
      const h = await awaitingAcceptance();
      const audits = await auditCount(s.p, h.id);
      const body = { version: h.version, reason: '复核不通过' };
      const results = await Promise.all([act(w.clients.district, h.id, first, body), act(districtAdmin, h.id, second, body)]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
      const loser = results.find((r) => r.status === 409)!;
      expect(['STALE', 'STATE']).toContain(loser.json.code);
      expect(await auditCount(s.p, h.id)).toBe(audits + 1);
      const now = (await w.clients.district.get(`/api/hazards/${h.id}`)).json;
      expect(now.version).toBe(h.version + 1);
      expect(now.timeline).toHaveLength(h.timeline.length + 1);
    });
  }

  it('two agencies list the same hazard at once: one listing, and the loser\'s number is not used up', async () => {
    const h = await awaitingAcceptance();
    const body = { version: h.version, deadline: shanghaiDate(20), requirements: '督办', responsibleUnit: '企业' };
    const results = await Promise.all([w.clients.city.post(`/api/hazards/${h.id}/listing`, body), w.clients.district.post(`/api/hazards/${h.id}/listing`, body)]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    const winner = results.find((r) => r.status === 201)!;
    expect(winner.json.listings).toHaveLength(1);
    const counters = await s.p.database.query<{ last_number: number }>('SELECT last_number FROM listing_counters WHERE agency_id IN ($1, $2)',
      [w.A.agency.id, (await s.p.database.query<{ agency_id: string }>('SELECT agency_id FROM users WHERE id = $1', [w.users.city.id]))[0]!.agency_id]);
    expect(counters.map((c) => Number(c.last_number))).toEqual([winner.json.listings[0].number]);
  });
});
