import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { databaseKinds, startTestServer, type TestServer } from '../../../test/harness';
import { createTenant, newCreditCode, signIn, type Client, type Tenant } from '../../../test/factories';
import { queryRows } from '../../platform/db/client';
import { ENTERPRISE_COLUMNS } from '../enterprises/enterprises.columns';
import { multipart, runImport } from '../../../test/uploads';

async function xlsx(rows: (string | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('企业');
  ws.addRow(ENTERPRISE_COLUMNS.map((c) => c.header));
  rows.forEach((r) => ws.addRow(r));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe.each(databaseKinds())('enterprise import on %s', (kind) => {
  let s: TestServer;
  let A: Tenant;
  let B: Tenant;
  let c: Client;
  beforeAll(async () => {
    s = await startTestServer(kind);
    A = await createTenant(s.p);
    B = await createTenant(s.p);
    c = await signIn(s.app, A.users.districtSupervisor.username);
  });
  afterAll(async () => s?.close());

  const count = async () => Number((await queryRows<{ n: string }>(s.p.database.db, sql`SELECT count(*)::text AS n FROM enterprises`))[0]!.n);

  it('reports every row error in one go and writes nothing', async () => {
    const parent = newCreditCode();
    const fresh = newCreditCode();
    const buf = await xlsx([
      [`导入母公司${A.region.code}`, parent, A.region.code, null, null, null, null, null],
      [`导入子公司${A.region.code}`, fresh, `测试区${A.region.code}`, null, parent, null, null, '13800001111'],
      ['校验位错误', '9144030071526726XA', A.region.code, null, null, null, null, null],
      [`重复行`, fresh, A.region.code, null, null, null, null, null],
      ['外区企业', B.enterprise.creditCode, B.region.code, null, null, null, null, null],
      ['电话错误', newCreditCode(), A.region.code, null, null, null, null, '12345'],
      ['=cmd|calc', newCreditCode(), '不存在的区县', null, null, null, null, null],
    ]);
    const before = await count();
    const dry = await runImport(c, 'enterprises', buf, 'dry-run');
    expect(dry.json.status, dry.body).toBe('succeeded');
    const rows = dry.json.result.errors.map((e: any) => e.rowNumber);
    expect([...new Set(rows)]).toEqual([4, 5, 6, 7, 8]);
    expect(dry.json.result.validRows).toBe(2);
    expect(dry.json.result.errors.find((e: any) => e.rowNumber === 4).field).toBe('统一社会信用代码');
    expect(dry.json.result.errors.find((e: any) => e.rowNumber === 5).message).toMatch(/与第3行重复/);
    expect(dry.json.result.errors.find((e: any) => e.rowNumber === 6).message).toMatch(/管辖范围/);
    const commit = await runImport(c, 'enterprises', buf, 'commit');
    expect(commit.json.result.committed).toBe(false);
    expect(await count()).toBe(before);
  });

  it('commits a valid file in one transaction: creates, updates by credit code, links the parent, audits each row', async () => {
    const parent = newCreditCode();
    const child = newCreditCode();
    const buf = await xlsx([
      [`新子公司${A.region.code}`, child, A.region.code, '城口县某路1号', parent, '张三', '李四', '13800001111'],
      [`新母公司${A.region.code}`, parent, A.region.code, null, null, null, null, null],
      [`${A.enterprise.name}（更名）`, A.enterprise.creditCode, A.region.code, null, null, null, null, null],
    ]);
    const dry = await runImport(c, 'enterprises', buf, 'dry-run');
    expect(dry.json.result).toMatchObject({ totalRows: 3, validRows: 3, errors: [], created: 2, updated: 1 });
    const done = await runImport(c, 'enterprises', buf, 'commit');
    expect(done.json.result).toMatchObject({ committed: true, created: 2, updated: 1 });
    const list = await c.get(`/api/enterprises?q=${encodeURIComponent(`新子公司${A.region.code}`)}`);
    expect(list.json.items[0].parentName).toBe(`新母公司${A.region.code}`);
    expect(list.json.items[0].contactPhone).toBe('138****1111');
    expect((await c.get(`/api/enterprises/${A.enterprise.id}`)).json.name).toBe(`${A.enterprise.name}（更名）`);
    const audits = await queryRows<{ n: string }>(s.p.database.db, sql`SELECT count(*)::text AS n FROM audit_events WHERE action IN ('import_create','import_update') AND request_id IS NOT NULL AND after::text LIKE ${`%${A.region.code}%`}`);
    expect(Number(audits[0]!.n)).toBe(3);
  });

  it('refuses files that are not real xlsx, and shows a job only to its owner', async () => {
    const notXlsx = await runImport(c, 'enterprises', Buffer.from('\x89PNG\r\n\x1a\n' + 'x'.repeat(100)), 'dry-run');
    expect(notXlsx.json.result.validRows).toBe(0);
    expect(notXlsx.json.result.errors[0].message).toMatch(/Excel|xlsx/);
    const wrongExt = await runImport(c, 'enterprises', await xlsx([]), 'dry-run', 'a.csv');
    expect(wrongExt.status).toBe(415);
    const { payload, contentType } = multipart(await xlsx([]));
    const started = await c.request('POST', '/api/import/enterprises', payload, { 'content-type': contentType });
    const other = await signIn(s.app, B.users.districtSupervisor.username);
    expect((await other.get(`/api/jobs/${started.json.id}`)).status).toBe(404);
    const ent = await signIn(s.app, A.users.enterpriseAdmin.username);
    expect((await ent.request('POST', '/api/import/enterprises', payload, { 'content-type': contentType })).status).toBe(403);
  });
});
