import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../../../test/harness';
import { createTenant, signIn, type Client, type Tenant } from '../../../test/factories';
import { newIdNumber, newMobile } from './people.fixtures';

const fullWidth = (s: string) => s.replace(/[0-9X]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe.each(databaseKinds())('people on %s', (kind) => {
  let s: TestServer;
  let A: Tenant;
  let B: Tenant;
  let districtA: Client;
  let districtB: Client;
  let entA: Client;
  let entB: Client;
  let staffA: Client;
  const body = (over: Record<string, unknown> = {}) =>
    ({ name: '王矿长', idDocType: 'resident_id', idNumber: newIdNumber(), phone: newMobile(), ownerEnterpriseId: A.enterprise.id, ...over });
  const row = async (id: string) => (await s.p.database.query<any>('SELECT * FROM people WHERE id = $1', [id]))[0];
  const audits = (id: string) => s.p.database.query<any>('SELECT action, before, after, canonical FROM audit_events WHERE entity_id = $1 ORDER BY seq', [id]);

  beforeAll(async () => {
    s = await startTestServer(kind);
    [A, B] = [await createTenant(s.p), await createTenant(s.p)];
    [districtA, districtB, entA, entB, staffA] = await Promise.all([A.users.districtSupervisor, B.users.districtSupervisor,
      A.users.enterpriseAdmin, B.users.enterpriseAdmin, A.users.enterpriseStaff].map((u) => signIn(s.app, u.username)));
  });
  afterAll(async () => s?.close());

  it('responses carry only masked ID numbers and phones (raw JSON of create, read and list)', async () => {
    const idNumber = newIdNumber();
    const phone = newMobile();
    const c = await districtA.post('/api/people', body({ idNumber, phone }));
    expect(c.status, c.body).toBe(201);
    expect(c.json.idNumber).toBe(`${idNumber.slice(0, 6)}********${idNumber.slice(-4)}`);
    expect(c.json.phone).toBe(`${phone.slice(0, 3)}****${phone.slice(-4)}`);
    const reads = [c, await districtA.get(`/api/people/${c.json.id}`), await districtA.get(`/api/people?idNumber=${idNumber}`)];
    expect(reads[2]!.json.items.map((p: any) => p.id)).toEqual([c.json.id]);
    for (const r of reads) {
      expect(r.body).not.toContain(idNumber);
      expect(r.body).not.toContain(phone);
      expect(r.body).not.toMatch(/_enc|bidx|Enc"|Bidx/);
    }
  });

  it('stored encrypted: no plaintext in the ciphertexts, equal values encrypt differently, blind indexes equal', async () => {
    const phone = newMobile();
    const idNumber = newIdNumber();
    const one = (await districtA.post('/api/people', body({ phone, idNumber }))).json;
    const two = (await districtA.post('/api/people', body({ phone }))).json;
    const [r1, r2] = [await row(one.id), await row(two.id)];
    for (const r of [r1, r2]) {
      expect(r.phone_enc).not.toContain(phone);
      expect(r.id_number_enc).not.toContain(idNumber);
      expect(r.phone_masked).not.toBe(phone);
    }
    expect(r1.phone_enc).not.toBe(r2.phone_enc);
    expect(r1.phone_bidx).toBe(r2.phone_bidx);
    const again = await districtA.put(`/api/people/${one.id}`, { ...body({ phone, idNumber }), version: one.version });
    expect(again.status, again.body).toBe(200);
    const r3 = await row(one.id);
    expect(r3.id_number_enc).not.toBe(r1.id_number_enc);
    expect(r3.id_number_bidx).toBe(r1.id_number_bidx);
  });

  it('exact search by ID number (any spelling) and by phone, inside the caller\'s scope only', async () => {
    const idNumber = newIdNumber();
    const phone = newMobile();
    const p = (await districtA.post('/api/people', body({ idNumber, phone }))).json;
    const ids = async (c: Client, query: string) => (await c.get(`/api/people?${query}`)).json.items.map((i: any) => i.id);
    expect(await ids(districtA, `idNumber=${encodeURIComponent(fullWidth(idNumber))}`)).toEqual([p.id]);
    expect(await ids(districtA, `phone=${encodeURIComponent(`+86 ${phone}`)}`)).toEqual([p.id]);
    expect(await ids(entA, `idNumber=${idNumber}`)).toEqual([p.id]);
    expect(await ids(districtB, `idNumber=${idNumber}`)).toEqual([]);
    expect(await ids(districtA, 'idNumber=not-a-number')).toEqual([]);
  });

  it('one identity: a registered document is 409, with details only when the existing person is in scope', async () => {
    const idNumber = newIdNumber();
    const first = (await districtA.post('/api/people', body({ idNumber, name: '赵某某' }))).json;
    const dup = await districtA.post('/api/people', body({ idNumber }));
    expect(dup.status).toBe(409);
    expect(dup.json).toMatchObject({ code: 'CONFLICT', message: '该证件号码已登记', fields: { idNumber: '该证件号码已登记' } });
    expect(dup.json.current.id).toBe(first.id);
    const foreign = await districtB.post('/api/people', body({ idNumber, ownerEnterpriseId: B.enterprise.id }));
    expect(foreign.status).toBe(409);
    expect(foreign.json.current).toBeUndefined();
    expect(foreign.body).not.toContain(first.id);
    expect(foreign.body).not.toContain('赵某某');
    expect(foreign.body).not.toContain(first.idNumber);
  });

  it('reveal: permitted roles get the values, audited without them; enterprise staff 403, other districts 404', async () => {
    const idNumber = newIdNumber();
    const phone = newMobile();
    const p = (await districtA.post('/api/people', body({ idNumber, phone }))).json;
    const r = await districtA.post(`/api/people/${p.id}/reveal`);
    expect(r.status).toBe(200);
    expect(r.json).toEqual({ idNumber, phone });
    expect((await entA.post(`/api/people/${p.id}/reveal`)).json).toEqual({ idNumber, phone });
    expect((await staffA.get(`/api/people/${p.id}`)).status).toBe(200);
    expect((await staffA.post(`/api/people/${p.id}/reveal`)).status).toBe(403);
    expect((await districtB.post(`/api/people/${p.id}/reveal`)).status).toBe(404);
    const events = await audits(p.id);
    expect(events.filter((e) => e.action === 'reveal').map((e) => e.after)).toEqual([{ fields: ['idNumber', 'phone'] }, { fields: ['idNumber', 'phone'] }]);
    const text = JSON.stringify(events);
    expect(text).not.toContain(idNumber);
    expect(text).not.toContain(phone);
  });

  it('enterprise users register people of their own enterprise; agencies must name one in their scope', async () => {
    const own = await entA.post('/api/people', body({ ownerEnterpriseId: undefined }));
    expect(own.status, own.body).toBe(201);
    expect(own.json.ownerEnterpriseId).toBe(A.enterprise.id);
    expect((await entA.post('/api/people', body({ ownerEnterpriseId: B.enterprise.id }))).status).toBe(404);
    const missing = await districtA.post('/api/people', body({ ownerEnterpriseId: null }));
    expect(missing.status).toBe(400);
    expect(missing.json.fields.ownerEnterpriseId).toBeTruthy();
    expect((await districtA.post('/api/people', body({ ownerEnterpriseId: B.enterprise.id }))).status).toBe(404);
    expect((await staffA.post('/api/people', body())).status).toBe(403);
    const bad = await districtA.post('/api/people', body({ idNumber: '110105194912310021' }));
    expect(bad.status).toBe(400);
    expect(bad.json.fields.idNumber).toContain('校验位');
  });

  it('edits: masked values sent back keep what is stored; foreign edits 404 and change nothing; stale 409', async () => {
    const idNumber = newIdNumber();
    const p = (await entA.post('/api/people', body({ idNumber }))).json;
    expect((await districtA.get(`/api/people/${p.id}`)).status).toBe(200);
    for (const c of [districtB, entB]) expect((await c.get(`/api/people/${p.id}`)).status).toBe(404);
    const before = await row(p.id);
    const edit = { name: p.name, idDocType: 'resident_id', idNumber: p.idNumber, phone: p.phone, title: '工程师', ownerEnterpriseId: p.ownerEnterpriseId };
    const count = (await audits(p.id)).length;
    expect((await districtB.put(`/api/people/${p.id}`, { ...edit, version: p.version })).status).toBe(404);
    expect((await audits(p.id)).length).toBe(count);
    const ok = await districtA.put(`/api/people/${p.id}`, { ...edit, version: p.version });
    expect(ok.status, ok.body).toBe(200);
    expect(ok.json).toMatchObject({ title: '工程师', idNumber: p.idNumber, phone: p.phone });
    const after = await row(p.id);
    expect([after.id_number_enc, after.id_number_bidx, after.phone_enc]).toEqual([before.id_number_enc, before.id_number_bidx, before.phone_enc]);
    const [update] = (await audits(p.id)).filter((e) => e.action === 'update');
    expect(update.before.idNumber).toBe(p.idNumber);
    expect(update.after.title).toBe('工程师');
    const stale = await districtA.put(`/api/people/${p.id}`, { ...edit, version: p.version });
    expect(stale.status).toBe(409);
    expect(stale.json.code).toBe('STALE');
  });
});
