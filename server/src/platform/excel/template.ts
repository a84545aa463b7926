/**
 * Import templates. The data sheet holds only the header row — no example
 * row that users forget to delete — and examples/format notes live in a
 * second sheet "填写说明", which the importer never reads (it reads only the
 * first worksheet).
 */
import type { Stream } from 'node:stream';
import { finished } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import type { ExcelColumn } from './columns';
import { escapeCell, safeSheetName } from './safe-cell';

/** A template needs no getter, so plain specs work; any ExcelColumn<Row> fits too. */
export type TemplateColumn = Pick<ExcelColumn<unknown>, 'key' | 'header' | 'width' | 'example' | 'note' | 'required'>;

export interface TemplateOptions {
  sheetName: string;
  columns: TemplateColumn[];
  /** Extra lines shown above the column table in 填写说明. */
  instructions?: string[];
}

export const INSTRUCTIONS_SHEET = '填写说明';
const BOLD = { bold: true } as const;
const RED_BOLD = { bold: true, color: { argb: 'FFC00000' } } as const;
const GREY_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };

/** Writes the template to `out` and ends it. */
export async function buildTemplate(out: NodeJS.WritableStream, opts: TemplateOptions): Promise<void> {
  const { columns } = opts;
  const dataName = safeSheetName(opts.sheetName);
  const wb = new ExcelJS.Workbook();

  const data = wb.addWorksheet(dataName, { views: [{ state: 'frozen', ySplit: 1 }] });
  // Text format ('@') for every column: otherwise Excel turns 18-digit 统一社会信用代码/
  // 身份证号 into 1.1E+17 and drops leading zeros of codes and phone numbers.
  // The importer accepts dates typed as text (YYYY-MM-DD) just as well.
  data.columns = columns.map((c) => ({ key: c.key, width: c.width ?? Math.max(14, c.header.length * 2 + 4), style: { numFmt: '@' } }));
  const header = data.getRow(1);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    // Header text stays exactly c.header because import matches on it; required is shown by colour + note.
    cell.value = escapeCell(c.header);
    cell.font = c.required ? RED_BOLD : BOLD;
    cell.fill = GREY_FILL;
    const note = [c.required ? '必填' : '', c.note ?? ''].filter(Boolean).join('。');
    if (note) cell.note = note;
  });

  const help = wb.addWorksheet(INSTRUCTIONS_SHEET);
  help.columns = [{ width: 24 }, { width: 10 }, { width: 50 }, { width: 28 }];
  const lines = [
    `1. 请在“${dataName}”工作表中从第 2 行开始逐行填写，不要修改表头文字。`,
    '2. 红色表头为必填列；列的顺序可以调整，无法识别的列会被忽略。',
    '3. 日期请填写为 YYYY-MM-DD（例如 2024-06-30）。',
    '4. 本工作表仅供参考，导入时不会读取，示例数据无需删除。',
    ...(opts.instructions ?? []),
  ];
  help.addRow([INSTRUCTIONS_SHEET]).font = { bold: true, size: 14 };
  for (const line of lines) help.addRow([escapeCell(line)]);
  help.addRow([]);
  const tableHeader = help.addRow(['列名', '是否必填', '格式/说明', '示例']);
  tableHeader.eachCell((cell) => {
    cell.font = BOLD;
    cell.fill = GREY_FILL;
  });
  for (const c of columns) {
    const row = help.addRow([c.header, c.required ? '是' : '否', c.note, c.example].map(escapeCell));
    row.getCell(3).alignment = { wrapText: true, vertical: 'top' };
    // Examples are text so "0023" or "2024-06-30" display exactly as written.
    row.getCell(4).numFmt = '@';
  }

  // exceljs ends `out` itself but resolves before it has flushed; wait for that.
  await wb.xlsx.write(out as unknown as Stream);
  await finished(out);
}
