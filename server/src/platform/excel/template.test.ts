import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSheetRows } from './import';
import { buildTemplate, INSTRUCTIONS_SHEET, type TemplateColumn } from './template';

const columns: TemplateColumn[] = [
  { key: 'name', header: '企业名称', required: true, example: '重庆某某矿业有限公司', note: '与营业执照一致' },
  { key: 'code', header: '统一社会信用代码', required: true, example: '91500000MA5U000000', note: '18位' },
  { key: 'founded', header: '成立日期', example: '2020-01-31', note: 'YYYY-MM-DD' },
  { key: 'phone', header: '联系电话' },
];

let dir: string;
let file: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'excel-template-'));
  file = join(dir, 'template.xlsx');
  await buildTemplate(createWriteStream(file), {
    sheetName: '企业导入',
    columns,
    instructions: ['5. 同一统一社会信用代码重复导入时将更新原有记录。'],
  });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('buildTemplate', () => {
  it('puts only the header row in the data sheet, first, frozen and text-formatted', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['企业导入', INSTRUCTIONS_SHEET]);
    const ws = wb.worksheets[0];
    expect(ws.actualRowCount).toBe(1);
    expect(ws.getRow(1).values).toEqual([undefined, '企业名称', '统一社会信用代码', '成立日期', '联系电话']);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    // Required headers are red; optional ones are not.
    expect(ws.getCell('A1').font?.color?.argb).toBe('FFC00000');
    expect(ws.getCell('C1').font?.color).toBeUndefined();
    expect(ws.getCell('B1').note).toBe('必填。18位');
    expect(ws.getColumn(2).numFmt).toBe('@');
  });

  it('lists every column with required flag, note and example in 填写说明', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const help = wb.getWorksheet(INSTRUCTIONS_SHEET)!;
    const rows: unknown[][] = [];
    help.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    expect(rows.flat()).toContain('5. 同一统一社会信用代码重复导入时将更新原有记录。');
    const table = rows.slice(rows.findIndex((r) => r[0] === '列名'));
    expect(table).toEqual([
      ['列名', '是否必填', '格式/说明', '示例'],
      ['企业名称', '是', '与营业执照一致', '重庆某某矿业有限公司'],
      ['统一社会信用代码', '是', '18位', '91500000MA5U000000'],
      ['成立日期', '否', 'YYYY-MM-DD', '2020-01-31'],
      ['联系电话', '否'],
    ]);
  });

  it('is accepted by the importer: no file errors and no rows', async () => {
    const result = await readSheetRows(await readFile(file), { columns });
    expect(result).toEqual({ rows: [], fileErrors: [] });
  });
});
