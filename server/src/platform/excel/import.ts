/**
 * Reads the first worksheet of an uploaded .xlsx into header-keyed string
 * values. Size/zip-bomb checks run first (xlsx-limits.ts); problems with the
 * file as a whole come back as `fileErrors` (never thrown) so routes can put
 * them in the same import report as row errors.
 */
import ExcelJS from 'exceljs';
import { cellToText } from './cell-text';
import type { ImportColumn } from './columns';
import { ExcelLimitError, LIMIT_MESSAGES } from './limit-error';
import { checkXlsx, type XlsxLimits } from './xlsx-limits';

export const DEFAULT_MAX_IMPORT_ROWS = 50_000;
/** The header may sit below a title row; look this far down for it. */
const HEADER_SCAN_ROWS = 10;

export interface SheetRow {
  /** The row number the user sees in Excel, for error messages. */
  rowNumber: number;
  values: Record<string, string | null>;
}

export interface ReadSheetResult {
  rows: SheetRow[];
  fileErrors: string[];
}

export interface ReadSheetOptions {
  columns: ImportColumn[];
  maxRows?: number;
  limits?: Partial<XlsxLimits>;
}

/**
 * Header matching ignores spaces/line breaks, a leading or trailing "*",
 * full-width vs half-width brackets and a "(必填)" suffix — all things users
 * and other templates commonly add to header text.
 */
export function normalizeHeader(s: string): string {
  return s
    .replace(/[\s\u3000]+/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/\(必填\)$/, '')
    .replace(/^[*＊]+|[*＊]+$/g, '');
}

const fail = (...fileErrors: string[]): ReadSheetResult => ({ rows: [], fileErrors });

interface HeaderMap {
  headerRow: number;
  /** column key → 1-based column index in the sheet */
  index: Map<string, number>;
  errors: string[];
}

function mapHeaders(ws: ExcelJS.Worksheet, columns: ImportColumn[]): HeaderMap {
  const byHeader = new Map(columns.map((c) => [normalizeHeader(c.header), c]));
  let best: HeaderMap = { headerRow: 1, index: new Map(), errors: [] };
  for (let r = 1; r <= Math.min(HEADER_SCAN_ROWS, ws.rowCount); r++) {
    const index = new Map<string, number>();
    const errors: string[] = [];
    ws.findRow(r)?.eachCell((cell, col) => {
      const text = cellToText(cell.value);
      const column = text === null ? undefined : byHeader.get(normalizeHeader(text));
      if (!column) return; // unknown headers are ignored
      if (index.has(column.key)) errors.push(`列“${column.header}”重复出现`);
      else index.set(column.key, col);
    });
    if (index.size > best.index.size) best = { headerRow: r, index, errors };
  }
  for (const c of columns) {
    if (c.required && !best.index.has(c.key)) best.errors.push(`缺少列“${c.header}”`);
  }
  return best;
}

export async function readSheetRows(buf: Buffer, opts: ReadSheetOptions): Promise<ReadSheetResult> {
  const maxRows = opts.maxRows ?? DEFAULT_MAX_IMPORT_ROWS;
  try {
    await checkXlsx(buf, opts.limits);
  } catch (e) {
    if (e instanceof ExcelLimitError) return fail(e.message);
    throw e;
  }
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs types declare their own Buffer (an ArrayBuffer); a Node Buffer is what it actually reads.
    await wb.xlsx.load(buf as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  } catch {
    return fail(LIMIT_MESSAGES.invalid);
  }
  const ws = wb.worksheets[0];
  if (!ws) return fail('文件中没有工作表');

  const { headerRow, index, errors } = mapHeaders(ws, opts.columns);
  if (errors.length) return fail(...errors);

  const rows: SheetRow[] = [];
  for (let r = headerRow + 1; r <= ws.rowCount; r++) {
    const row = ws.findRow(r);
    if (!row) continue;
    const values: Record<string, string | null> = {};
    let empty = true;
    for (const c of opts.columns) {
      const col = index.get(c.key);
      const v = col === undefined ? null : cellToText(row.findCell(col)?.value);
      values[c.key] = v;
      if (v !== null) empty = false;
    }
    if (empty) continue; // blank or formatting-only rows, common at the end of sheets
    if (rows.length === maxRows) return fail(`行数超过上限（最多 ${maxRows} 行），请分批导入`);
    rows.push({ rowNumber: r, values });
  }
  return { rows, fileErrors: [] };
}
