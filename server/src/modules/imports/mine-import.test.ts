import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { databaseKinds, startTestServer, type TestServer } from '../../../test/harness';
import { createTenant, signIn, type Client, type Tenant } from '../../../test/factories';
import { MINE_IMPORT_COLUMNS } from './mine-columns';
import { runImport } from '../../../test/uploads';

async function sheet(rows: Record<string, string>[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('矿山');
  ws.addRow(MINE_IMPORT_COLUMNS.map((c) => c.header));
  for (const r of rows) ws.addRow(MINE_IMPORT_COLUMNS.map((c) => r[c.key] ?? null));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const importMines = async (c: Client, buf: Buffer, mode: 'dry-run' | 'commit') => (await runImport(c, 'mines', buf, mode)).json;

describe.each(databaseKinds())('mine import on %s', (kind) => {
  let s: TestServer;
  let A: Tenant;
  let B: Tenant;
  let c: Client;
  beforeAll(async () => {
    s = await startTestServer(kind);
    [A, B] = [await createTenant(s.p), await createTenant(s.p)];
    c = await signIn(s.app, A.users.districtSupervisor.username);
  });
  afterAll(async () => s?.close());

  it('checks every row, then imports a mine and the tailings pond that serves it', async () => {
    const lic = `C${A.region.code.slice(1)}${String(Date.now()).slice(-14)}`.padEnd(23, '0').slice(0, 23);
    const base = { enterpriseCode: A.enterprise.creditCode, region: A.region.code, status: '生产' };
    const bad = await sheet([
      { ...base, name: '未知企业矿', enterpriseCode: '9144030071526726XG', kinds: '地下' },
      { ...base, name: '外区矿', region: B.region.code, kinds: '露天' },
      { ...base, name: '有证尾矿库', kinds: '尾矿库', miningLicenceNo: lic },
      { ...base, name: '坏状态', kinds: '地下', status: '营业' },
    ]);
    const dry = await importMines(c, bad, 'dry-run');
    expect(dry.result.errors.map((e: any) => e.rowNumber)).toEqual([2, 3, 4, 5]);
    const good = await sheet([
      { ...base, name: `尾矿库${A.region.code}`, kinds: '尾矿库', servesMine: `新矿${A.region.code}`, tailingsGrade: '四等', damHeightM: '32', headOver: '否' },
      { ...base, name: `新矿${A.region.code}`, kinds: '地下+露天', miningLicenceNo: lic, lon: String(A.region.center[0]), lat: String(A.region.center[1]), positioningInstalled: '是' },
    ]);
    const done = await importMines(c, good, 'commit');
    expect(done.result, JSON.stringify(done.result)).toMatchObject({ committed: true, created: 2, updated: 0 });
    const list = (await c.get(`/api/mines?q=${encodeURIComponent(A.region.code)}&limit=50`)).json.items;
    const pond = list.find((m: any) => m.name === `尾矿库${A.region.code}`);
    const detail = (await c.get(`/api/mines/${pond.id}`)).json;
    expect(detail.servesMineName).toBe(`新矿${A.region.code}`);
    expect(detail.kinds).toEqual(['tailings_pond']);
    const again = await importMines(c, good, 'dry-run');
    expect(again.result).toMatchObject({ created: 0, updated: 2, errors: [] });
  });
});
