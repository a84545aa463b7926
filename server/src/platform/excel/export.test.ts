import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExcelColumn } from './columns';
import { writeCsvStream } from './export-csv';
import { writeXlsxStream } from './export';

interface Ent {
  id: number;
  name: string;
  code: string;
  founded: Date | null;
  capital: number;
}

const columns: ExcelColumn<Ent>[] = [
  { key: 'id', header: '序号', get: (r) => r.id },
  { key: 'name', header: '企业名称', width: 30, get: (r) => r.name },
  { key: 'code', header: '统一社会信用代码', get: (r) => r.code },
  { key: 'founded', header: '成立日期', get: (r) => r.founded },
  { key: 'capital', header: '注册资本（万元）', get: (r) => r.capital },
];

function* generate(n: number): Generator<Ent> {
  for (let i = 1; i <= n; i++) {
    const founded = new Date('2020-01-01T00:00:00+08:00');
    yield { id: i, name: `重庆某某矿业有限公司${i}`, code: `91500000MA${i}`, founded, capital: -i };
  }
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'excel-export-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function readBack(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

describe('writeXlsxStream', () => {
  it('splits 25,000 rows into 3 sheets of at most 10,000 rows with headers on each', { timeout: 180_000 }, async () => {
    const file = join(dir, 'split.xlsx');
    const progress: number[] = [];
    const res = await writeXlsxStream(createWriteStream(file), {
      sheetName: '企业名录',
      columns,
      rows: generate(25_000),
      maxRowsPerSheet: 10_000,
      onProgress: (n) => progress.push(n),
    });
    expect(res).toEqual({ rows: 25_000, sheets: 3 });
    expect(progress.at(-1)).toBe(25_000);

    const wb = await readBack(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['企业名录', '企业名录 (2)', '企业名录 (3)']);
    expect(wb.worksheets.map((w) => w.actualRowCount)).toEqual([10_001, 10_001, 5_001]);
    for (const ws of wb.worksheets) {
      // Chinese headers round-trip, header is bold and frozen on every sheet.
      expect(ws.getRow(1).values).toEqual([undefined, ...columns.map((c) => c.header)]);
      expect(ws.getCell('A1').font?.bold).toBe(true);
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    }
    const ws3 = wb.worksheets[2];
    expect(ws3.getCell('A2').value).toBe(20_001);
    expect(ws3.getCell('B5001').value).toBe('重庆某某矿业有限公司25000');
    // Typed values stay typed: negative number, and a date showing Shanghai midnight.
    expect(ws3.getCell('E2').value).toBe(-20_001);
    expect(ws3.getCell('D2').value).toEqual(new Date('2020-01-01T00:00:00Z'));
    expect(ws3.getCell('D2').numFmt).toBe('yyyy-mm-dd');
  });

  it('stores formula-looking text as quoted text, never as a formula', async () => {
    const file = join(dir, 'inject.xlsx');
    const evil = ['=1+2', '+SUM(A1:A9)', '-2+3', '@cmd', '\t=1', '\r=1', '=HYPERLINK("http://evil","点我")'];
    const cols: ExcelColumn<string>[] = [{ key: 'v', header: '内容', get: (r) => r }];
    await writeXlsxStream(createWriteStream(file), { sheetName: 'x', columns: cols, rows: evil });

    const ws = (await readBack(file)).worksheets[0];
    evil.forEach((text, i) => {
      const cell = ws.getCell(i + 2, 1);
      expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      // XML parsers normalise a raw CR to LF; what matters is the leading quote.
      expect(cell.value).toBe(`'${text.replace(/\r/g, '\n')}`);
    });
  });

  it('supports a title row above the header and async row sources', async () => {
    const file = join(dir, 'title.xlsx');
    async function* rows() {
      yield* generate(3);
    }
    const res = await writeXlsxStream(createWriteStream(file), {
      sheetName: '企业',
      title: '重庆市非煤矿山企业名录',
      columns,
      rows: rows(),
    });
    expect(res).toEqual({ rows: 3, sheets: 1 });
    const ws = (await readBack(file)).worksheets[0];
    expect(ws.getCell('A1').value).toBe('重庆市非煤矿山企业名录');
    expect(ws.getCell('B2').value).toBe('企业名称');
    expect(ws.getCell('B5').value).toBe('重庆某某矿业有限公司3');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
  });

  it('writes a header-only sheet for an empty export', async () => {
    const file = join(dir, 'empty.xlsx');
    expect(await writeXlsxStream(createWriteStream(file), { sheetName: 'x', columns, rows: [] })).toEqual({ rows: 0, sheets: 1 });
    expect((await readBack(file)).worksheets[0].actualRowCount).toBe(1);
  });

  it('rejects an impossible maxRowsPerSheet', async () => {
    const opts = { sheetName: 'x', columns, rows: [], maxRowsPerSheet: 1_048_576 };
    await expect(writeXlsxStream(new Writable({ write: (_c, _e, cb) => cb() }), opts)).rejects.toThrow(RangeError);
  });

  it('rejects and destroys the destination when the row source throws', async () => {
    function* failing() {
      yield* generate(1_500);
      throw new Error('数据库连接中断');
    }
    const out = createWriteStream(join(dir, 'failed.xlsx'));
    await expect(writeXlsxStream(out, { sheetName: 'x', columns, rows: failing() })).rejects.toThrow('数据库连接中断');
    expect(out.destroyed).toBe(true);
  });

  it('aborts instead of hanging when the destination fails', async () => {
    const broken = new Writable({ write: (_c, _e, cb) => cb(new Error('客户端已断开')) });
    broken.on('error', () => {});
    await expect(writeXlsxStream(broken, { sheetName: 'x', columns, rows: generate(5_000) })).rejects.toThrow();
  });
});

describe('writeCsvStream', () => {
  it('writes UTF-8 with BOM, CRLF, escaped and quoted fields', async () => {
    const file = join(dir, 'out.csv');
    const rows: Ent[] = [
      { id: 1, name: '=1+2', code: 'a,"b"', founded: new Date('2024-06-30T15:30:00+08:00'), capital: -5 },
      { id: 2, name: '重庆矿业', code: '-5', founded: null, capital: 12.5 },
    ];
    expect(await writeCsvStream(createWriteStream(file), { columns, rows })).toEqual({ rows: 2 });
    const bytes = await readFile(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8').slice(1)).toBe(
      '序号,企业名称,统一社会信用代码,成立日期,注册资本（万元）\r\n' +
        `1,'=1+2,"a,""b""",2024-06-30 15:30:00,-5\r\n` +
        `2,重庆矿业,'-5,,12.5\r\n`,
    );
  });
});
