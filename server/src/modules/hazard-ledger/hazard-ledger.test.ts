import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { databaseKinds, startTestServer, type TestServer } from '../../../test/harness';
import type { Client } from '../../../test/factories';
import { hazardWorld, majorReport, type HazardWorld } from '../hazards/hazards.fixtures';
import { LEDGER_COLUMNS, shortId } from './hazard-ledger.columns';
import { EXPORT_RETENTION_HOURS, ledgerLimits, purgeOldExports } from './hazard-ledger.service';
import { iterateHazards, SORTS } from '../hazards/hazards.repository';

const FORMULA = '=HYPERLINK("http://evil.example/x","点击查看")';
const HEADERS = ['隐患编号', '区县', '企业', '矿山', '等级', '判定标准条目', '隐患描述', '部位', '来源', '发现时间', '发现人',
  '登记时间', '状态', '整改期限', '是否逾期', '是否挂牌', '督办文号', '销号时间'];

async function workbook(raw: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(raw as never);
  return wb;
}
const rowValues = (ws: ExcelJS.Worksheet, n: number) => (ws.getRow(n).values as unknown[]).slice(1);

async function waitJob(c: Client, id: string) {
  for (let i = 0; i < 400; i++) {
    const job = await c.get(`/api/jobs/${id}`);
    if (job.json.status === 'succeeded' || job.json.status === 'failed') return job;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('export job did not finish');
}

describe.each(databaseKinds())('hazard ledger export on %s', (kind) => {
  let s: TestServer;
  let w: HazardWorld;
  const idsA: string[] = [];
  const idsB: string[] = [];

  beforeAll(async () => {
    s = await startTestServer(kind);
    w = await hazardWorld(s.app, s.p);
    const report = async (c: Client, body: Record<string, unknown>) => {
      const r = await c.post('/api/hazards', body);
      expect(r.status, r.body).toBe(201);
      return r.json.id as string;
    };
    idsA.push(await report(w.clients.entAdmin, majorReport(w.A)));
    idsA.push(await report(w.clients.entAdmin, majorReport(w.A, { description: FORMULA })));
    for (let i = 0; i < 3; i++) {
      idsA.push(await report(w.clients.entAdmin, majorReport(w.A, { grade: 'general', description: `一般隐患${i}（${w.A.region.code}）`,
        deadline: null })));
    }
    idsB.push(await report(w.clients.otherEnt, majorReport(w.B)));
    idsB.push(await report(w.clients.otherEnt, majorReport(w.B, { description: `+B区公式${w.B.region.code}` })));
  });
  afterAll(async () => s?.close());

  it('streams the xlsx ledger of the caller\'s scope only: Chinese headers, formula text escaped', async () => {
    const res = await w.clients.district.get('/api/hazards/export?format=xlsx');
    expect(res.status, res.body).toBe(200);
    expect(res.headers['content-type']).toMatch(/spreadsheetml/);
    expect(res.headers['content-disposition']).toMatch(/^attachment;/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    const wb = await workbook(res.raw);
    expect(wb.worksheets).toHaveLength(1);
    const ws = wb.worksheets[0]!;
    expect(rowValues(ws, 1)).toEqual(HEADERS);
    expect(ws.rowCount).toBe(1 + idsA.length);
    const codes = new Set<string>();
    for (let r = 2; r <= ws.rowCount; r++) codes.add(String(ws.getRow(r).getCell(1).value));
    expect(codes).toEqual(new Set(idsA.map(shortId)));
    for (const id of idsB) expect(codes.has(shortId(id))).toBe(false);
    // the formula-looking description: stored as text with the escaping quote, never a formula
    const descCol = HEADERS.indexOf('隐患描述') + 1;
    const cells = Array.from({ length: ws.rowCount - 1 }, (_, i) => ws.getRow(i + 2).getCell(descCol));
    const formulaCell = cells.find((c) => String(c.value).includes('HYPERLINK'))!;
    expect(formulaCell.type).toBe(ExcelJS.ValueType.String);
    expect(formulaCell.formula).toBeUndefined();
    expect(formulaCell.value).toBe(`'${FORMULA}`);
    expect(res.raw.toString('latin1')).not.toContain('<f>');
    // labels and typed dates
    const row = ws.getRow(2);
    expect(String(row.getCell(2).value)).toBe(`测试区${w.A.region.code}`);
    expect(['重大事故隐患', '一般隐患']).toContain(row.getCell(5).value);
    expect(row.getCell(10).value).toBeInstanceOf(Date);
    expect(row.getCell(15).value).toBe('否');
  });

  it('the other district and an enterprise see only their own rows; filters apply', async () => {
    const other = await w.clients.otherDistrict.get('/api/hazards/export?format=csv');
    expect(other.status).toBe(200);
    expect(other.body).toContain(w.B.region.code);
    expect(other.body).not.toContain(w.A.region.code);
    const ent = await w.clients.entAdmin.get('/api/hazards/export?format=csv&grade=general');
    const lines = ent.raw.toString('utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines).toHaveLength(1 + 3);
    expect(lines.slice(1).every((l) => l.includes('一般隐患'))).toBe(true);
  });

  it('csv: UTF-8 with BOM, Chinese headers, own rows, formula escaped', async () => {
    const res = await w.clients.district.get('/api/hazards/export?format=csv');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect([...res.raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = res.raw.toString('utf8').slice(1);
    const lines = text.trim().split('\r\n');
    expect(lines[0]).toBe(HEADERS.join(','));
    expect(lines).toHaveLength(1 + idsA.length);
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example/x"",""点击查看"")"`);
    for (const id of idsB) expect(text).not.toContain(shortId(id));
  });

  it('needs data.export: enterprise staff (hazard.read only) is refused', async () => {
    const staff = await (await import('../../../test/factories')).signIn(s.app, w.users.staff.username);
    expect((await staff.get('/api/hazards/export')).status).toBe(403);
    expect((await staff.post('/api/hazards/export-jobs', {})).status).toBe(403);
  });

  it('refuses a direct download above the row limit, pointing to the background export', async () => {
    const saved = ledgerLimits.streamMaxRows;
    ledgerLimits.streamMaxRows = 2;
    try {
      const res = await w.clients.district.get('/api/hazards/export');
      expect(res.status).toBe(409);
      expect(res.json.message).toMatch(/后台导出/);
      expect((await w.clients.district.get('/api/hazards/export?grade=major')).status).toBe(200);
    } finally {
      ledgerLimits.streamMaxRows = saved;
    }
  });

  it('background job: splits sheets at the per-sheet limit, records rows/sheets/file, file is owner-only', async () => {
    const saved = ledgerLimits.maxRowsPerSheet;
    ledgerLimits.maxRowsPerSheet = 2;
    let started;
    try {
      started = await w.clients.district.post('/api/hazards/export-jobs', { format: 'xlsx' });
    } finally {
      ledgerLimits.maxRowsPerSheet = saved;
    }
    expect(started.status, started.body).toBe(202);
    const job = await waitJob(w.clients.district, started.json.id);
    expect(job.json.status, job.json.error).toBe('succeeded');
    expect(job.json.result).toMatchObject({ rows: idsA.length, sheets: 3, file: `${started.json.id}.xlsx`, format: 'xlsx' });
    expect(job.json.progress).toBe(idsA.length);
    expect(fs.existsSync(path.join(s.p.config.dataDir, 'exports', `${started.json.id}.xlsx`))).toBe(true);

    const file = await w.clients.district.get(`/api/hazards/export-jobs/${started.json.id}/file`);
    expect(file.status).toBe(200);
    expect(file.headers['content-disposition']).toMatch(/^attachment;/);
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    const wb = await workbook(file.raw);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['隐患台账', '隐患台账 (2)', '隐患台账 (3)']);
    const codes: string[] = [];
    for (const ws of wb.worksheets) {
      expect(rowValues(ws, 1)).toEqual(HEADERS);
      for (let r = 2; r <= ws.rowCount; r++) codes.push(String(ws.getRow(r).getCell(1).value));
    }
    expect(codes.sort()).toEqual(idsA.map(shortId).sort());

    // anyone but the owner: 404, including a user of the same district
    expect((await w.clients.otherDistrict.get(`/api/hazards/export-jobs/${started.json.id}/file`)).status).toBe(404);
    expect((await w.clients.city.get(`/api/hazards/export-jobs/${started.json.id}/file`)).status).toBe(404);
    expect((await w.clients.otherDistrict.get(`/api/jobs/${started.json.id}`)).status).toBe(404);
    // kept for the retention period, then purged; the download then says it expired
    const exported = path.join(s.p.config.dataDir, 'exports', `${started.json.id}.xlsx`);
    expect(await purgeOldExports(s.p)).toBe(0);
    const old = (Date.now() - (EXPORT_RETENTION_HOURS + 1) * 3600_000) / 1000;
    fs.utimesSync(exported, old, old);
    expect(await purgeOldExports(s.p)).toBeGreaterThanOrEqual(1);
    expect(fs.existsSync(exported)).toBe(false);
    const gone = await w.clients.district.get(`/api/hazards/export-jobs/${started.json.id}/file`);
    expect(gone.status).toBe(404);
    expect(gone.json.message).toContain('已过期');
  });

  it('background csv job with filters in the body', async () => {
    const started = await w.clients.otherDistrict.post('/api/hazards/export-jobs', { format: 'csv', grade: 'major', open: true });
    expect(started.status, started.body).toBe(202);
    const job = await waitJob(w.clients.otherDistrict, started.json.id);
    expect(job.json.result).toMatchObject({ rows: idsB.length, sheets: 0, format: 'csv' });
    const file = await w.clients.otherDistrict.get(`/api/hazards/export-jobs/${started.json.id}/file`);
    expect(file.status).toBe(200);
    expect([...file.raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = file.raw.toString('utf8');
    expect(text).toContain(`'+B区公式${w.B.region.code}`);
    expect(text).not.toContain(w.A.region.code);
    expect((await w.clients.district.get(`/api/hazards/export-jobs/${started.json.id}/file`)).status).toBe(404);
  });

  it('keyset pages (2 rows each) visit every row once, in the list\'s order', async () => {
    const scope = { kind: 'district' as const, regionCode: w.A.region.code };
    for (const sort of ['-registeredAt', 'registeredAt']) {
      const seen: string[] = [];
      for await (const r of iterateHazards(s.p.database.db, { scope }, SORTS[sort]!, 2)) seen.push(r.h.id);
      const list = await w.clients.district.get(`/api/hazards?limit=200&sort=${sort}`);
      expect(seen).toEqual(list.json.items.map((i: { id: string }) => i.id));
      expect(new Set(seen)).toEqual(new Set(idsA));
    }
  });

  it('column spec matches the ledger headers', () => {
    expect(LEDGER_COLUMNS.map((c) => c.header)).toEqual(HEADERS);
  });
});
