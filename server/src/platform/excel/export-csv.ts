/**
 * Streaming CSV export (UTF-8 with BOM, CRLF, RFC 4180 quoting, formula
 * escaping). Ends `out` when done; on failure `out` is destroyed and the error rethrown.
 */
import { finished } from 'node:stream/promises';
import type { CellInput, ExcelColumn } from './columns';
import { csvField } from './safe-cell';
import { formatWallClock, toShanghaiWallClock } from './shanghai-time';
import { abandon, pacer, waitForDrain } from './stream-pace';

const BATCH = 1000;

export interface CsvExportOptions<Row> {
  columns: ExcelColumn<Row>[];
  rows: AsyncIterable<Row> | Iterable<Row>;
  onProgress?: (rowsWritten: number) => void;
}

/** CSV has no date type: dates become Shanghai wall-clock text like the xlsx display. */
function csvValue(v: CellInput): CellInput {
  if (v instanceof Date && !Number.isNaN(v.getTime())) return formatWallClock(toShanghaiWallClock(v));
  return v;
}

export async function writeCsvStream<Row>(
  out: NodeJS.WritableStream,
  opts: CsvExportOptions<Row>,
): Promise<{ rows: number }> {
  const { columns } = opts;
  const line = (cells: CellInput[]) => cells.map((v) => csvField(csvValue(v))).join(',') + '\r\n';
  // BOM: without it Excel opens UTF-8 CSV as GBK on Chinese Windows and garbles the text.
  let chunk = '\uFEFF' + line(columns.map((c) => c.header));
  let total = 0;
  const pace = pacer(out);
  const flush = async () => {
    const data = chunk;
    chunk = '';
    if (!out.write(data)) await waitForDrain(out);
  };
  try {
    for await (const row of opts.rows) {
      chunk += line(columns.map((c) => c.get(row)));
      total++;
      if (total % BATCH === 0) {
        await flush();
        opts.onProgress?.(total);
        await pace.pace();
      }
    }
    await flush();
    out.end();
    await finished(out);
  } catch (e) {
    abandon(out);
    throw e;
  } finally {
    pace.dispose();
  }
  if (total % BATCH !== 0 || total === 0) opts.onProgress?.(total);
  return { rows: total };
}
