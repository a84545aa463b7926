import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../../../test/harness';
import type { Client } from '../../../test/factories';
import { auditCount, hazardWorld, majorReport, shanghaiDate, type HazardWorld } from './hazards.fixtures';

describe.each(databaseKinds())('hazard rules on %s', (kind) => {
  let s: TestServer;
  let w: HazardWorld;
  beforeAll(async () => {
    s = await startTestServer(kind);
    w = await hazardWorld(s.app, s.p);
  });
  afterAll(async () => s?.close());

  const act = (c: Client, id: string, action: string, body: Record<string, unknown>) => c.post(`/api/hazards/${id}/actions/${action}`, body);
  const stored = async (id: string) => (await w.clients.district.get(`/api/hazards/${id}`)).json;

  it('a major hazard names an item of the mine\'s kind, and its situation when the item has them (400 otherwise)', async () => {
    const { clients: c, A } = w;
    for (const [over, field] of [
      [{ standardItemCode: 'OP-01', standardSituationCode: null }, 'standardItemCode'],
      [{ standardItemCode: 'XX-99', standardSituationCode: null }, 'standardItemCode'],
      [{ standardItemCode: null }, 'standardItemCode'],
      [{ standardSituationCode: null }, 'standardSituationCode'],
      [{ standardSituationCode: 'UG-01.1' }, 'standardSituationCode'],
      [{ source: 'regulator_inspection' }, 'source'],
      [{ foundAt: new Date(Date.now() + 86_400_000).toISOString() }, 'foundAt'],
    ] as const) {
      const res = await c.staff.post('/api/hazards', majorReport(A, over));
      expect(res.status, JSON.stringify(over)).toBe(400);
      expect(Object.keys(res.json.fields ?? {}), JSON.stringify(over)).toContain(field);
    }
    expect((await c.staff.post('/api/hazards', majorReport(A, { standardItemCode: 'UG-06', standardSituationCode: null }))).status).toBe(201);
    expect((await c.otherEnt.post('/api/hazards', majorReport(A))).status).toBe(404);
  });

  it('regulator-found hazards start in rectification with a deadline; enterprise reports start as reported', async () => {
    const { clients: c, A } = w;
    expect((await c.district.post('/api/hazards', majorReport(A))).json.fields).toHaveProperty('deadline');
    expect((await c.district.post('/api/hazards', majorReport(A, { deadline: shanghaiDate(-1) }))).status).toBe(400);
    for (const client of [c.district, c.city]) {
      const found = await client.post('/api/hazards', majorReport(A, { deadline: shanghaiDate(7) }));
      expect(found.status, found.body).toBe(201);
      expect(found.json).toMatchObject({ status: 'in_rectification', source: 'regulator_inspection', deadline: shanghaiDate(7) });
    }
    expect((await c.otherDistrict.post('/api/hazards', majorReport(A, { deadline: shanghaiDate(7) }))).status).toBe(404);
  });

  it('reject_as_general keeps the record as a general hazard, which the enterprise then closes itself', async () => {
    const { clients: c, A } = w;
    const id = (await c.staff.post('/api/hazards', majorReport(A))).json.id;
    expect((await act(c.district, id, 'reject_as_general', { version: 1 })).json.fields).toHaveProperty('reason');
    const rejected = await act(c.district, id, 'reject_as_general', { version: 1, reason: '不符合UG-07情形，按一般隐患整改' });
    expect(rejected.json).toMatchObject({ grade: 'general', status: 'in_rectification', rejectionReason: '不符合UG-07情形，按一般隐患整改' });
    expect(rejected.json.allowedActions).toEqual([]); // the district has nothing left to do here
    expect((await act(c.principal, id, 'self_accept', { version: 2, password: 'x' })).status).toBe(409);
    const entView = (await c.entAdmin.get(`/api/hazards/${id}`)).json;
    expect(entView.allowedActions).toEqual(['submit_plan', 'progress', 'close_general']);
    const closed = await act(c.entAdmin, id, 'close_general', { version: 2, note: '已更换破损管路' });
    expect(closed.json.status).toBe('closed');
    expect(await auditCount(s.p, id)).toBe(3);
  });

  it('a general hazard: reported → plan → closed by the enterprise; regulators do not accept it', async () => {
    const { clients: c, A } = w;
    const id = (await c.staff.post('/api/hazards', majorReport(A, { grade: 'general', standardItemCode: null, standardSituationCode: null }))).json.id;
    expect((await act(c.district, id, 'confirm', { version: 1, deadline: shanghaiDate(3) })).status).toBe(409);
    expect((await act(c.staff, id, 'submit_plan', { version: 1, measures: '清理' })).status).toBe(403);
    expect((await act(c.entAdmin, id, 'close_general', { version: 1, note: '完成' })).status).toBe(409);
    expect((await act(c.entAdmin, id, 'submit_plan', { version: 1, measures: '清理巷道浮石' })).json.status).toBe('in_rectification');
    expect((await act(c.entAdmin, id, 'close_general', { version: 2, note: '完成' })).json.status).toBe('closed');
  });

  it('confirm may reclassify to another item of the mine\'s kinds; a wrong item changes nothing', async () => {
    const { clients: c, A } = w;
    const id = (await c.staff.post('/api/hazards', majorReport(A))).json.id;
    const before = await stored(id);
    const wrong = await act(c.district, id, 'confirm', { version: 1, deadline: shanghaiDate(10), standardItemCode: 'TP-01' });
    expect(wrong.status).toBe(400);
    expect(await stored(id)).toEqual(before);
    expect((await act(c.city, id, 'confirm', { version: 1, deadline: shanghaiDate(10) })).status).toBe(403);
    const ok = await act(c.district, id, 'confirm', { version: 1, deadline: shanghaiDate(10), standardItemCode: 'UG-06' });
    expect(ok.json).toMatchObject({ status: 'in_rectification', standardItemCode: 'UG-06', standardSituationCode: null, deadline: shanghaiDate(10) });
    const stale = await act(c.entAdmin, id, 'progress', { version: 1, note: '进展' });
    expect(stale.status).toBe(409);
    expect(stale.json).toMatchObject({ code: 'STALE', current: { id, version: 2 } });
  });
});
