import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExcelColumn, ImportColumn } from './columns';
import { writeXlsxStream } from './export';
import { readSheetRows } from './import';

const columns: ImportColumn[] = [
  { key: 'name', header: '企业名称', required: true },
  { key: 'code', header: '统一社会信用代码', required: true },
  { key: 'founded', header: '成立日期' },
  { key: 'capital', header: '注册资本（万元）' },
];

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'excel-import-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Build a real .xlsx with exceljs, write it to disk and read the bytes back. */
async function xlsx(fill: (ws: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  fill(wb.addWorksheet('数据'));
  const file = join(dir, `${Math.random().toString(36).slice(2)}.xlsx`);
  await wb.xlsx.writeFile(file);
  return readFile(file);
}

describe('readSheetRows', () => {
  it('maps headers by text in any order and ignores unknown columns', async () => {
    const buf = await xlsx((ws) => {
      ws.addRow(['备注', '统一社会信用代码', '成立日期', '企业名称']);
      ws.addRow(['随便写', '91500000MA5U000001', '2020-01-31', ' 重庆甲矿业 ']);
    });
    const res = await readSheetRows(buf, { columns });
    expect(res).toEqual({
      fileErrors: [],
      rows: [
        { rowNumber: 2, values: { name: '重庆甲矿业', code: '91500000MA5U000001', founded: '2020-01-31', capital: null } },
      ],
    });
  });

  it('reports each missing required column once for the file', async () => {
    const buf = await xlsx((ws) => {
      ws.addRow(['成立日期']);
      ws.addRow(['2020-01-31']);
    });
    expect(await readSheetRows(buf, { columns })).toEqual({
      rows: [],
      fileErrors: ['缺少列“企业名称”', '缺少列“统一社会信用代码”'],
    });
  });

  it('tolerates decorated headers and reports duplicated ones', async () => {
    const ok = await xlsx((ws) => {
      ws.addRow(['*企业名称', '统一社会\n信用代码(必填)', '注册资本(万元)']);
      ws.addRow(['甲', 'A', 1]);
    });
    expect((await readSheetRows(ok, { columns })).rows[0].values).toMatchObject({ name: '甲', code: 'A', capital: '1' });
    const dup = await xlsx((ws) => ws.addRow(['企业名称', '统一社会信用代码', '企业名称']));
    expect((await readSheetRows(dup, { columns })).fileErrors).toEqual(['列“企业名称”重复出现']);
  });

  it('skips fully empty rows and keeps the Excel row numbers', async () => {
    const buf = await xlsx((ws) => {
      ws.addRow(['企业名称', '统一社会信用代码']);
      ws.addRow(['甲', 'A']);
      ws.addRow([]);
      ws.addRow(['   ', null]);
      ws.getCell('A5').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } }; // styled, no value
      ws.addRow(['丙', 'C']);
    });
    const res = await readSheetRows(buf, { columns });
    expect(res.rows.map((r) => [r.rowNumber, r.values.name])).toEqual([
      [2, '甲'],
      [6, '丙'],
    ]);
  });

  it('converts dates, float noise, rich text, formulas, hyperlinks and errors to text', async () => {
    const buf = await xlsx((ws) => {
      ws.addRow(['企业名称', '统一社会信用代码', '成立日期', '注册资本（万元）']);
      const cells: ExcelJS.CellValue[][] = [
        [{ richText: [{ text: '重庆' }, { font: { bold: true }, text: '乙矿业' }] }, 'B', new Date(Date.UTC(2024, 5, 30)), 0.1 + 0.2],
        [{ text: '丙公司官网', hyperlink: 'https://example.com' }, 'C', new Date(Date.UTC(2024, 5, 30, 23, 30)), 12.5],
        ['丁', { formula: 'A2&"X"', result: '重庆乙矿业X' }, { formula: 'DATE(2021,1,2)', result: new Date(Date.UTC(2021, 0, 2)) }, { formula: '1/3', result: 1 / 3 }],
        ['戊', "'=1+2", true, { error: '#DIV/0!' }],
      ];
      for (const r of cells) ws.addRow(r);
      ws.getCell('C2').numFmt = 'yyyy"年"m"月"d"日"';
    });
    const res = await readSheetRows(buf, { columns });
    expect(res.rows.map((r) => r.values)).toEqual([
      { name: '重庆乙矿业', code: 'B', founded: '2024-06-30', capital: '0.3' },
      { name: '丙公司官网', code: 'C', founded: '2024-06-30 23:30:00', capital: '12.5' },
      { name: '丁', code: '重庆乙矿业X', founded: '2021-01-02', capital: '0.333333333333333' },
      // Our own export escaping ("'=…") is undone so export → edit → import round-trips.
      { name: '戊', code: '=1+2', founded: 'TRUE', capital: '#DIV/0!' },
    ]);
  });

  it('round-trips a titled export (header found below the title row)', async () => {
    const file = join(dir, 'export.xlsx');
    type R = { name: string; code: string; founded: Date };
    const cols: ExcelColumn<R>[] = [
      { key: 'code', header: '统一社会信用代码', get: (r) => r.code },
      { key: 'name', header: '企业名称', get: (r) => r.name },
      { key: 'founded', header: '成立日期', get: (r) => r.founded },
    ];
    const rows: R[] = [{ name: '-甲-', code: '+86', founded: new Date('2024-01-01T00:00:00+08:00') }];
    await writeXlsxStream(createWriteStream(file), { sheetName: '企业', title: '企业名录', columns: cols, rows });
    const res = await readSheetRows(await readFile(file), { columns });
    expect(res.rows).toEqual([{ rowNumber: 3, values: { name: '-甲-', code: '+86', founded: '2024-01-01', capital: null } }]);
  });

  it('refuses files over maxRows (50,001 rows) with 行数超过上限', { timeout: 180_000 }, async () => {
    const file = join(dir, 'big.xlsx');
    const cols: ExcelColumn<number>[] = [
      { key: 'name', header: '企业名称', get: (i) => `企业${i}` },
      { key: 'code', header: '统一社会信用代码', get: (i) => `CODE${i}` },
    ];
    const ids = Array.from({ length: 50_001 }, (_, i) => i);
    await writeXlsxStream(createWriteStream(file), { sheetName: '企业', columns: cols, rows: ids });
    const buf = await readFile(file);
    const res = await readSheetRows(buf, { columns });
    expect(res.rows).toEqual([]);
    expect(res.fileErrors).toHaveLength(1);
    expect(res.fileErrors[0]).toContain('行数超过上限');
    // Exactly at the limit is fine.
    const atLimit = await readSheetRows(buf, { columns, maxRows: 50_001 });
    expect(atLimit.rows).toHaveLength(50_001);
    expect(atLimit.rows.at(-1)).toEqual({ rowNumber: 50_002, values: { name: '企业50000', code: 'CODE50000', founded: null, capital: null } });
  });

  it('returns limit violations and unreadable files as file errors', async () => {
    const png = Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.alloc(100)]);
    expect(await readSheetRows(png, { columns })).toEqual({ rows: [], fileErrors: ['不是有效的Excel（.xlsx）文件'] });
    const ok = await xlsx((ws) => ws.addRow(['企业名称', '统一社会信用代码']));
    expect((await readSheetRows(ok, { columns, limits: { maxBytes: 100 } })).fileErrors[0]).toMatch(/^文件过大/);
  });
});
