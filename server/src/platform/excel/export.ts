/**
 * Streaming exports. Rows are committed as they are produced (and the loop
 * is paced, see stream-pace.ts) so memory stays flat for million-row exports.
 * Ends `out` when done; on failure `out` is destroyed and the error rethrown.
 * CSV lives in export-csv.ts.
 */
import type { Stream } from 'node:stream';
import ExcelJS from 'exceljs';
import type { CellInput, ExcelColumn } from './columns';
import { escapeCell, MAX_CELL_CHARS, safeSheetName } from './safe-cell';
import { isMidnight, toShanghaiWallClock } from './shanghai-time';
import { abandon, pacer } from './stream-pace';

/** Excel's hard limit is 1,048,576 rows per sheet; stay comfortably below it. */
export const DEFAULT_MAX_ROWS_PER_SHEET = 1_000_000;
const EXCEL_MAX_ROWS = 1_048_576;
const BATCH = 1000;
const DEFAULT_WIDTH = 16;

export interface XlsxExportOptions<Row> {
  sheetName: string;
  columns: ExcelColumn<Row>[];
  rows: AsyncIterable<Row> | Iterable<Row>;
  /** Optional title row above the header (e.g. "重庆市非煤矿山企业名录 2024-06-01"). */
  title?: string;
  maxRowsPerSheet?: number;
  /** Called every 1,000 rows and at the end with the running total. */
  onProgress?: (rowsWritten: number) => void;
}

export interface ExportResult {
  rows: number;
  sheets: number;
}

/**
 * The archiver PassThrough that buffers this sheet's XML (exceljs 4.4
 * internals: WorksheetWriter._stream is a StreamBuf piping into it). Used only
 * for pacing; if the internals ever change we just lose that refinement.
 */
function zipEntryBuffer(ws: ExcelJS.Worksheet): NodeJS.WritableStream | undefined {
  const pipe = (ws as unknown as { _stream?: { pipes?: unknown[] } })._stream?.pipes?.[0];
  return pipe && typeof (pipe as NodeJS.WritableStream).once === 'function'
    ? (pipe as NodeJS.WritableStream)
    : undefined;
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };

function setCell<Row>(cell: ExcelJS.Cell, col: ExcelColumn<Row>, raw: CellInput): void {
  let v = escapeCell(raw);
  if (v instanceof Date) {
    v = toShanghaiWallClock(v);
    cell.numFmt = col.numFmt ?? (isMidnight(v) ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm:ss');
  } else if (typeof v === 'number' && col.numFmt) {
    cell.numFmt = col.numFmt;
  } else if (typeof v === 'string' && v.length > MAX_CELL_CHARS) {
    v = v.slice(0, MAX_CELL_CHARS); // longer cells make Excel "repair" the whole file
  }
  cell.value = v;
}

export async function writeXlsxStream<Row>(
  out: NodeJS.WritableStream,
  opts: XlsxExportOptions<Row>,
): Promise<ExportResult> {
  const { columns, title } = opts;
  const headerRows = title ? 2 : 1;
  const perSheet = opts.maxRowsPerSheet ?? DEFAULT_MAX_ROWS_PER_SHEET;
  if (!Number.isInteger(perSheet) || perSheet < 1 || perSheet > EXCEL_MAX_ROWS - headerRows) {
    throw new RangeError(`maxRowsPerSheet must be 1..${EXCEL_MAX_ROWS - headerRows}`);
  }
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    // NodeJS.WritableStream is structurally enough for archiver's pipe().
    stream: out as unknown as Stream,
    useStyles: true,
    // Shared strings are kept in memory until the end; inline strings keep memory flat.
    useSharedStrings: false,
  });
  const pace = pacer(out);
  let sheet!: ExcelJS.Worksheet;
  let sheets = 0;
  let inSheet = 0;
  let total = 0;

  const openSheet = () => {
    sheets++;
    const n = columns.length;
    sheet = wb.addWorksheet(safeSheetName(opts.sheetName, sheets), {
      views: [{ state: 'frozen', ySplit: headerRows }],
    });
    sheet.autoFilter = { from: { row: headerRows, column: 1 }, to: { row: headerRows, column: n } };
    sheet.columns = columns.map((c) => ({ key: c.key, width: c.width ?? DEFAULT_WIDTH }));
    if (title) {
      const t = sheet.getRow(1);
      t.getCell(1).value = escapeCell(title);
      t.getCell(1).font = { bold: true, size: 14 };
      if (n > 1) sheet.mergeCells(1, 1, 1, n);
      t.commit();
    }
    const header = sheet.getRow(headerRows);
    columns.forEach((c, i) => {
      const cell = header.getCell(i + 1);
      cell.value = escapeCell(c.header);
      cell.font = { bold: true };
      cell.fill = HEADER_FILL;
    });
    header.commit();
    inSheet = 0;
  };

  try {
    openSheet();
    for await (const row of opts.rows) {
      if (inSheet === perSheet) {
        sheet.commit();
        openSheet();
      }
      const r = sheet.getRow(headerRows + inSheet + 1);
      columns.forEach((c, i) => setCell(r.getCell(i + 1), c, c.get(row)));
      r.commit();
      inSheet++;
      total++;
      if (total % BATCH === 0) {
        opts.onProgress?.(total);
        await pace.pace(zipEntryBuffer(sheet));
      }
    }
    await pace.guard(wb.commit());
  } catch (e) {
    abandon(out);
    throw e;
  } finally {
    pace.dispose();
  }
  if (total % BATCH !== 0 || total === 0) opts.onProgress?.(total);
  return { rows: total, sheets };
}
