import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { MonthlyReportRow } from '@contracts/monthly-report';
import { databaseKinds, startTestServer, type TestServer } from '../../../test/harness';
import { createCityUser, createTenant, signIn, type Client, type Tenant } from '../../../test/factories';
import { insertMine, insertPrincipal, insertSelfInspection } from '../self-inspections/self-inspections.fixtures';
import { insertApprovedExtension, insertPastHazard, insertPastListing } from './monthly-report.fixtures';

function pdfText(pdf: Buffer): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pdf-')), 'r.pdf');
  fs.writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

const COUNTS = ['openAtStart', 'found', 'closed', 'reopened', 'openAtEnd', 'overdueAtEnd', 'listedAtEnd', 'newlyListed', 'selfInspectionObliged'] as const;
const invariantHolds = (r: MonthlyReportRow) => r.openAtStart + r.found - r.closed + r.reopened === r.openAtEnd;

/**
 * The fixture month is 2025-03 (Beijing time: 03-01 00:00 ≤ t < 04-01 00:00). Two districts, A and B.
 * District A (all major unless noted):
 *  A1 found 02-10, open; deadline 03-20; listed 02-12, never delisted   → open at start/end, overdue, listed at end
 *  A2 found 02-15, closed 03-10; listed 02-16, delisted 03-10           → open at start, closed
 *  A3 found 03-05, open; deadline 03-31 (the last day); listed 03-06, delisted 04-10 → found, open at end, overdue, listed at end, newly listed
 *  A4 found 03-31 23:30, open; deadline 04-01                           → found, open at end, not overdue
 *  A5 found 01-05, closed 02-20, closure revoked 03-12, closed again 04-05 (closed today) → reopened, open at end, overdue (03-25)
 *  A6 found 04-02                                                        → outside the month
 *  A7 general, found 03-03                                               → not a major hazard
 *  A8 found 02-01, closed_at 03-15, no timeline (legacy)                 → open at start, closed
 *  A9 found 03-02, deadline 03-28 extended on 04-03 to 05-01             → found, open at end, overdue (deadline in force then)
 *  A11 found 02-20, closed at exactly 03-01 00:00                        → open at start, closed
 * A: start 4 (A1 A2 A8 A11), found 3 (A3 A4 A9), closed 3 (A2 A8 A11), reopened 1 (A5), end 5 (A1 A3 A4 A5 A9) = 4+3−3+1,
 *    overdue 4 (A1 A3 A5 A9), listed at end 2 (A1 A3), newly listed 1 (A3).
 *    Self-inspection 2025-03: two mines, one on time, one late → obliged 2, completeness 100%, on time 50%.
 * District B:
 *  B1 found 02-25, open; deadline 04-30; listed 03-05, delisted 03-25   → open at start/end, newly listed, not listed at end
 *  B2 found 03-15, closed 03-20                                         → found, closed
 *  B3 found 03-10, reported by the enterprise, no deadline yet          → found, open at end, not overdue
 *  B4 found 03-28, reported; confirmed (认定) only on 04-02 with deadline 03-31 (a test value: no deadline was in force
 *     at the month's end, so it is not overdue then, whatever today's deadline says) → found, open at end, not overdue
 * B: start 1, found 3, closed 1, reopened 0, end 3, overdue 0, listed at end 0, newly listed 1.
 *    Self-inspection: two obliged mines (one on time, one missing) and a closed mine (exempt) → obliged 2, 50%, 50%.
 */
const EXPECTED_A = { openAtStart: 4, found: 3, closed: 3, reopened: 1, openAtEnd: 5, overdueAtEnd: 4, listedAtEnd: 2, newlyListed: 1,
  selfInspectionObliged: 2, selfInspectionCompleteness: 1, selfInspectionOnTimeRate: 0.5 };
const EXPECTED_B = { openAtStart: 1, found: 3, closed: 1, reopened: 0, openAtEnd: 3, overdueAtEnd: 0, listedAtEnd: 0, newlyListed: 1,
  selfInspectionObliged: 2, selfInspectionCompleteness: 0.5, selfInspectionOnTimeRate: 0.5 };

async function buildFixture(s: TestServer, A: Tenant, B: Tenant) {
  const h = (t: Tenant, v: Parameters<typeof insertPastHazard>[2]) => insertPastHazard(s.p, t, v);
  const A1 = await h(A, { found: '2025-02-10', status: 'in_rectification', deadline: '2025-03-20', events: [['2025-02-10T10:00:00', null, 'in_rectification']] });
  await insertPastListing(s.p, A, A1, '2025-02-12', null);
  const A2 = await h(A, { found: '2025-02-15', status: 'closed', deadline: '2025-03-31', closedAt: '2025-03-10T10:00:00',
    events: [['2025-02-15T09:00:00', null, 'in_rectification'], ['2025-03-10T09:00:00', 'in_rectification', 'awaiting_delisting'], ['2025-03-10T10:00:00', 'awaiting_delisting', 'closed', 'delist']] });
  await insertPastListing(s.p, A, A2, '2025-02-16', '2025-03-10T10:00:00');
  const A3 = await h(A, { found: '2025-03-05', status: 'in_rectification', deadline: '2025-03-31', events: [['2025-03-05T11:00:00', null, 'in_rectification']] });
  await insertPastListing(s.p, A, A3, '2025-03-06', '2025-04-10');
  await h(A, { found: '2025-03-31T23:30:00', status: 'in_rectification', deadline: '2025-04-01', events: [['2025-03-31T23:40:00', null, 'in_rectification']] });
  await h(A, { found: '2025-01-05', status: 'closed', deadline: '2025-03-25', closedAt: '2025-04-05T10:00:00', events: [
    ['2025-01-05T10:00:00', null, 'in_rectification'], ['2025-02-20T10:00:00', 'in_rectification', 'closed'],
    ['2025-03-12T10:00:00', 'closed', 'in_rectification', 'revoke_closure'], ['2025-04-05T10:00:00', 'in_rectification', 'closed']] });
  await h(A, { found: '2025-04-02', status: 'in_rectification', deadline: '2025-04-03', events: [['2025-04-02T10:00:00', null, 'in_rectification']] });
  await h(A, { found: '2025-03-03', grade: 'general', status: 'in_rectification', deadline: '2025-03-04', events: [['2025-03-03T10:00:00', null, 'in_rectification']] });
  await h(A, { found: '2025-02-01', status: 'closed', deadline: '2025-03-01', closedAt: '2025-03-15T10:00:00' });
  const A9 = await h(A, { found: '2025-03-02', status: 'in_rectification', deadline: '2025-05-01', events: [
    ['2025-03-02T10:00:00', null, 'in_rectification'], ['2025-04-03T10:00:00', 'in_rectification', 'in_rectification', 'extension_approve']] });
  await insertApprovedExtension(s.p, A9, '2025-03-28', '2025-05-01', '2025-04-03T10:00:00');
  await h(A, { found: '2025-02-20', status: 'closed', deadline: '2025-03-10', closedAt: '2025-03-01T00:00:00',
    events: [['2025-02-20T10:00:00', null, 'in_rectification'], ['2025-03-01T00:00:00', 'in_rectification', 'closed']] });

  const B1 = await h(B, { found: '2025-02-25', status: 'in_rectification', deadline: '2025-04-30', events: [['2025-02-25T10:00:00', null, 'in_rectification']] });
  await insertPastListing(s.p, B, B1, '2025-03-05', '2025-03-25');
  await h(B, { found: '2025-03-15', status: 'closed', deadline: '2025-03-30', closedAt: '2025-03-20T10:00:00',
    events: [['2025-03-15T10:00:00', null, 'in_rectification'], ['2025-03-20T10:00:00', 'in_rectification', 'closed']] });
  await h(B, { found: '2025-03-10', status: 'reported', events: [['2025-03-10T10:00:00', null, 'reported']] });
  await h(B, { found: '2025-03-28', status: 'in_rectification', deadline: '2025-03-31', events: [
    ['2025-03-28T10:00:00', null, 'reported'], ['2025-04-02T10:00:00', 'reported', 'in_rectification', 'confirm']] });

  const si = async (t: Tenant, mineId: string, late: boolean) => insertSelfInspection(s.p, { mineId, enterpriseId: t.enterprise.id,
    regionCode: t.region.code, month: '2025-03', organiserPersonId: await insertPrincipal(s.p, t.enterprise.id), late });
  const orgA = { enterpriseId: A.enterprise.id, regionCode: A.region.code };
  const orgB = { enterpriseId: B.enterprise.id, regionCode: B.region.code };
  await si(A, A.mine.id, false);
  await si(A, await insertMine(s.p, orgA), true);
  await si(B, B.mine.id, false);
  await insertMine(s.p, orgB);
  await insertMine(s.p, orgB, { status: 'closed' });
}

describe.each(databaseKinds())('monthly dynamic-clearing report on %s', (kind) => {
  let s: TestServer;
  let A: Tenant;
  let B: Tenant;
  let city: Client;
  let districtA: Client;
  let districtB: Client;
  let enterpriseA: Client;
  beforeAll(async () => {
    s = await startTestServer(kind);
    A = await createTenant(s.p);
    B = await createTenant(s.p);
    await buildFixture(s, A, B);
    city = await signIn(s.app, (await createCityUser(s.p, ['city_supervisor'])).username);
    districtA = await signIn(s.app, A.users.districtSupervisor.username);
    districtB = await signIn(s.app, B.users.districtSupervisor.username);
    enterpriseA = await signIn(s.app, A.users.enterpriseAdmin.username);
  });
  afterAll(async () => s?.close());

  it('computes every figure of each district by hand, from history, and the city total as the sum of all rows', async () => {
    const res = await city.get('/api/monthly-report?month=2025-03');
    expect(res.status, res.body).toBe(200);
    const r = res.json;
    expect(r.periodStart).toBe('2025-02-28T16:00:00.000Z');
    expect(r.periodEnd).toBe('2025-03-31T16:00:00.000Z');
    const rowA = r.rows.find((x: MonthlyReportRow) => x.regionCode === A.region.code);
    const rowB = r.rows.find((x: MonthlyReportRow) => x.regionCode === B.region.code);
    expect(rowA).toMatchObject({ regionName: `测试区${A.region.code}`, ...EXPECTED_A });
    expect(rowB).toMatchObject({ regionName: `测试区${B.region.code}`, ...EXPECTED_B });
    expect(r.total.regionName).toBe('全市合计');
    for (const k of COUNTS) expect(r.total[k], k).toBe(r.rows.reduce((n: number, x: MonthlyReportRow) => n + x[k], 0));
  });

  it('keeps the invariant: open at start + found − closed + reopened = open at end, and months chain', async () => {
    const march = (await city.get('/api/monthly-report?month=2025-03')).json;
    const april = (await city.get('/api/monthly-report?month=2025-04')).json;
    for (const report of [march, april]) {
      for (const row of [...report.rows, report.total]) expect(invariantHolds(row), JSON.stringify(row)).toBe(true);
    }
    for (const t of [A, B]) {
      const m = march.rows.find((x: MonthlyReportRow) => x.regionCode === t.region.code);
      const a = april.rows.find((x: MonthlyReportRow) => x.regionCode === t.region.code);
      expect(a.openAtStart).toBe(m.openAtEnd);
    }
    // April in A: A5 closed again (04-05) and A6 found (04-02); A4's deadline (04-01) has passed by the end.
    expect(april.rows.find((x: MonthlyReportRow) => x.regionCode === A.region.code)).toMatchObject({ openAtStart: 5, found: 1, closed: 1, reopened: 0, openAtEnd: 5 });
  });

  it('shows a district its own row only, never the city total nor another district, and refuses enterprises', async () => {
    const a = (await districtA.get('/api/monthly-report?month=2025-03')).json;
    expect(a.rows).toHaveLength(1);
    expect(a.rows[0]).toMatchObject({ regionCode: A.region.code, ...EXPECTED_A });
    expect(a.total).toBeNull();
    const b = (await districtB.get('/api/monthly-report?month=2025-03')).json;
    expect(b.rows.map((x: MonthlyReportRow) => x.regionCode)).toEqual([B.region.code]);
    expect(b.rows[0]).toMatchObject(EXPECTED_B);
    expect(JSON.stringify(b)).not.toContain(A.region.code);
    for (const url of ['/api/monthly-report?month=2025-03', '/api/monthly-report.pdf?month=2025-03', '/api/monthly-report.xlsx?month=2025-03']) {
      expect((await enterpriseA.get(url)).status, url).toBe(403);
    }
    expect((await districtA.get('/api/monthly-report?month=2999-01')).status).toBe(400);
    expect((await districtA.get('/api/monthly-report?month=2025-13')).status).toBe(400);
  });

  it('prints the A4 landscape PDF with the title, the row, the definitions and 制表单位', async () => {
    const res = await districtA.get('/api/monthly-report.pdf?month=2025-03');
    expect(res.status, res.body.slice(0, 200)).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(/^attachment;/);
    const raw = pdfText(res.raw);
    const text = raw.replace(/\s+/g, '');
    for (const expected of ['非煤矿山重大事故隐患动态清零月报（2025年3月）', `测试区${A.region.code}`, '月初未销号', '月末逾期', '自查按时率',
      '指标口径', '恒等式', `制表单位：${A.agency.name}`, '制表日期']) expect(text, expected).toContain(expected);
    const line = raw.split('\n').find((l) => l.includes(`测试区${A.region.code}`))!;
    expect(line.trim().split(/\s+/).slice(1)).toEqual(['4', '3', '3', '1', '5', '4', '2', '1', '100.0%', '50.0%']);
    expect(text).not.toContain(B.region.code);
  });

  it('exports the same table and a definitions sheet to Excel', async () => {
    const res = await city.get('/api/monthly-report.xlsx?month=2025-03');
    expect(res.status, res.body.slice(0, 200)).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.raw as never);
    const sheet = wb.getWorksheet('月报')!;
    expect(sheet.getCell(1, 1).value).toBe('非煤矿山重大事故隐患动态清零月报（2025年3月）');
    expect(sheet.getRow(2).values).toEqual([undefined, '区县', '月初未销号', '本月新增', '本月销号', '撤销销号重开', '月末未销号', '月末逾期',
      '月末挂牌督办', '本月新挂牌', '自查完成率', '自查按时率']);
    const rows: unknown[][] = [];
    sheet.eachRow((row, n) => { if (n > 2) rows.push((row.values as unknown[]).slice(1)); });
    expect(rows.find((v) => v[0] === `测试区${A.region.code}`)).toEqual([`测试区${A.region.code}`, 4, 3, 3, 1, 5, 4, 2, 1, 1, 0.5]);
    expect(rows.find((v) => v[0] === `测试区${B.region.code}`)).toEqual([`测试区${B.region.code}`, 1, 3, 1, 0, 3, 0, 0, 1, 0.5, 0.5]);
    expect(rows.some((v) => v[0] === '全市合计')).toBe(true);
    const defs = wb.getWorksheet('指标口径')!;
    expect(defs.rowCount).toBe(12);
    expect(String(defs.getCell(6, 2).value)).toContain('恒等式');
  });
});
