import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { databaseKinds, startTestServer, type TestServer } from '../harness';
import { createTenant, newCreditCode, signIn, type Client, type Tenant } from '../factories';
import { queryRows } from '../../src/platform/db/client';

const PHONE = '13987654321';

async function xlsxText(raw: Buffer): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(raw as never);
  const out: string[] = [];
  wb.eachSheet((ws) => ws.eachRow((r) => r.eachCell((c) => { out.push(String(c.value ?? '')); })));
  return out.join('\n');
}

describe.each(databaseKinds())('personal data and input on %s', (kind) => {
  let s: TestServer;
  let t: Tenant;
  let c: Client;
  const ids: string[] = [];
  beforeAll(async () => {
    s = await startTestServer(kind);
    t = await createTenant(s.p);
    c = await signIn(s.app, t.users.districtSupervisor.username);
    for (const name of ['甲矿业有限公司', '乙矿业有限公司']) {
      const r = await c.post('/api/enterprises', { name: `${name}${t.region.code}`, creditCode: newCreditCode(), regionCode: t.region.code, contactPhone: PHONE });
      expect(r.status, r.body).toBe(201);
      ids.push(r.json.id);
    }
  });
  afterAll(async () => s?.close());

  it('masks phone numbers in raw JSON, in Excel exports and in audit rows', async () => {
    const detail = await c.get(`/api/enterprises/${ids[0]}`);
    expect(detail.body).not.toContain(PHONE);
    expect(detail.json.contactPhone).toBe('139****4321');
    const list = await c.get(`/api/enterprises?q=${t.region.code}`);
    expect(list.body).not.toContain(PHONE);
    const xlsx = await c.get(`/api/enterprises/export?q=${t.region.code}`);
    expect(xlsx.headers['content-disposition']).toMatch(/^attachment/);
    expect(xlsx.headers['x-content-type-options']).toBe('nosniff');
    const text = await xlsxText(xlsx.raw);
    expect(text).toContain('139****4321');
    expect(text).not.toContain(PHONE);
    const audit = await queryRows<{ row: string }>(s.p.database.db, sql`SELECT row_to_json(a)::text AS row FROM audit_events a WHERE entity_id IN ${ids}`);
    expect(audit.length).toBe(2);
    for (const a of audit) expect(a.row).not.toContain(PHONE);
  });

  it('stores ciphertext that differs for equal inputs, with one blind index', async () => {
    const rows = await queryRows<{ enc: string; bidx: string; row: string }>(s.p.database.db,
      sql`SELECT contact_phone_enc AS enc, contact_phone_bidx AS bidx, row_to_json(e)::text AS row FROM enterprises e WHERE id::text IN ${ids}`);
    expect(rows.length).toBe(2);
    for (const r of rows) {
      expect(r.row).not.toContain(PHONE);
      expect(r.enc).toMatch(/^v1\./);
    }
    expect(rows[0]!.enc).not.toBe(rows[1]!.enc);
    expect(rows[0]!.bidx).toBe(rows[1]!.bidx);
    expect(s.p.cipher.decrypt(rows[0]!.enc)).toBe(PHONE);
  });

  it('names the field in Chinese for a wrong credit code and keeps nothing', async () => {
    const bad = await c.post('/api/enterprises', { name: '校验位错误公司', creditCode: '9144030071526726XA', regionCode: t.region.code });
    expect(bad.status).toBe(400);
    expect(bad.json.fields.creditCode).toMatch(/统一社会信用代码/);
    const found = await c.get(`/api/enterprises?q=${encodeURIComponent('校验位错误公司')}`);
    expect(found.json.total).toBe(0);
  });

  it('refuses control characters and unpaired surrogates, stores everything else as typed', async () => {
    for (const name of ['坏\u0000名', '坏\u007f名', '坏\ud800名']) {
      const r = await c.post('/api/enterprises', { name, creditCode: newCreditCode(), regionCode: t.region.code });
      expect(r.status).toBe(400);
      expect(r.json.fields.name).toMatch(/企业名称/);
    }
    const odd = `=HYPERLINK("http://x")<script>alert(1)</script>'; DROP TABLE users;-- 😀\t${t.region.code}`;
    const ok = await c.post('/api/enterprises', { name: odd, creditCode: newCreditCode(), regionCode: t.region.code });
    expect(ok.status, ok.body).toBe(201);
    expect(ok.json.name).toBe(odd);
    const xlsx = await c.get(`/api/enterprises/export?q=${encodeURIComponent('HYPERLINK')}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.raw as never);
    const cell = wb.worksheets[0]!.getRow(2).getCell(1);
    expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
    expect(String(cell.value).startsWith("'=")).toBe(true);
  });

  it('keeps the stored phone when an edit form sends the masked value back', async () => {
    const cur = (await c.get(`/api/enterprises/${ids[0]}`)).json;
    const r = await c.put(`/api/enterprises/${ids[0]}`, { name: cur.name, creditCode: cur.creditCode, regionCode: cur.regionCode,
      contactPhone: cur.contactPhone, address: '新地址', version: cur.version });
    expect(r.status, r.body).toBe(200);
    const [row] = await queryRows<{ enc: string }>(s.p.database.db, sql`SELECT contact_phone_enc AS enc FROM enterprises WHERE id = ${ids[0]}`);
    expect(s.p.cipher.decrypt(row!.enc)).toBe(PHONE);
  });

  it('answers a stale edit with 409 and the current record, losing no update', async () => {
    const cur = (await c.get(`/api/enterprises/${ids[1]}`)).json;
    const body = { name: cur.name, creditCode: cur.creditCode, regionCode: cur.regionCode, version: cur.version };
    expect((await c.put(`/api/enterprises/${ids[1]}`, { ...body, address: '第一人的地址' })).status).toBe(200);
    const second = await c.put(`/api/enterprises/${ids[1]}`, { ...body, address: '第二人的地址' });
    expect(second.status).toBe(409);
    expect(second.json.code).toBe('STALE');
    expect(second.json.current.address).toBe('第一人的地址');
  });
});
