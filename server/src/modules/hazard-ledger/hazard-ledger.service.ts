import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyReply } from 'fastify';
import type { Actor } from '../../platform/access/actor';
import { assertCan } from '../../platform/access/actor';
import type { Platform } from '../../platform/context';
import { AppError, notFound } from '../../platform/errors';
import { DEFAULT_MAX_ROWS_PER_SHEET, writeXlsxStream } from '../../platform/excel/export';
import { writeCsvStream } from '../../platform/excel/export-csv';
import { sendStream, sendXlsx } from '../../platform/http/download';
import { countHazardsUpTo, iterateHazards, SORTS, type HazardFilter } from '../hazards/hazards.repository';
import { findOwnJob } from '../jobs/jobs.repository';
import { startJob } from '../jobs/jobs.runner';
import { LEDGER_COLUMNS, presentLedgerRow, type LedgerRow } from './hazard-ledger.columns';

export type LedgerFormat = 'xlsx' | 'csv';
export type LedgerFilter = Omit<HazardFilter, 'scope'> & { sort?: string };

/**
 * Tunables. Module-level so a test can lower them (vitest isolates modules per test file):
 * streamMaxRows — above this a direct download is refused in favour of a background job;
 * maxRowsPerSheet — where an .xlsx continues on the next sheet.
 */
export const ledgerLimits = { streamMaxRows: 20_000, maxRowsPerSheet: DEFAULT_MAX_ROWS_PER_SHEET };

export const JOB_KIND = 'export:hazard-ledger';
const SHEET = '隐患台账';
const CSV_TYPE = 'text/csv; charset=utf-8';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const exportsDir = (p: Platform) => path.join(p.config.dataDir, 'exports');
const fileName = (format: LedgerFormat) => `${SHEET}-${new Date().toISOString().slice(0, 10)}.${format}`;

function assertMayExport(actor: Actor) {
  assertCan(actor, 'hazard.read');
  assertCan(actor, 'data.export');
}

/** The filter exactly as GET /api/hazards applies it, always inside the caller's scope. */
function filterOf(actor: Actor, f: LedgerFilter): HazardFilter {
  const { sort: _sort, ...rest } = f;
  return { ...rest, scope: actor.scope };
}

async function* ledgerRows(p: Platform, actor: Actor, f: LedgerFilter): AsyncGenerator<LedgerRow> {
  const sort = SORTS[f.sort ?? '-registeredAt'] ?? SORTS['-registeredAt']!;
  for await (const r of iterateHazards(p.database.db, filterOf(actor, f), sort)) yield presentLedgerRow(r);
}

export interface LedgerWriteOptions { maxRowsPerSheet?: number; onProgress?: (rows: number) => void }

/** Writes the ledger to `out` (which it ends). */
export async function writeLedger(p: Platform, actor: Actor, f: LedgerFilter, format: LedgerFormat,
  out: NodeJS.WritableStream, opts: LedgerWriteOptions = {}): Promise<{ rows: number; sheets: number }> {
  assertMayExport(actor);
  const rows = ledgerRows(p, actor, f);
  if (format === 'csv') {
    const r = await writeCsvStream(out, { columns: LEDGER_COLUMNS, rows, onProgress: opts.onProgress });
    return { rows: r.rows, sheets: 0 };
  }
  return writeXlsxStream(out, { sheetName: SHEET, columns: LEDGER_COLUMNS, rows, onProgress: opts.onProgress,
    maxRowsPerSheet: opts.maxRowsPerSheet ?? ledgerLimits.maxRowsPerSheet });
}

/** GET /api/hazards/export: a direct streamed download, for up to `streamMaxRows` rows (decided by a capped count). */
export async function exportLedger(p: Platform, actor: Actor, f: LedgerFilter, format: LedgerFormat, reply: FastifyReply) {
  assertMayExport(actor);
  const max = ledgerLimits.streamMaxRows;
  const n = await countHazardsUpTo(p.database.db, filterOf(actor, f), max);
  if (n > max) throw new AppError('STATE', `符合条件的隐患超过${max}条，请使用后台导出`);
  const write = (out: NodeJS.WritableStream) => writeLedger(p, actor, f, format, out);
  return format === 'csv' ? sendStream(reply, fileName(format), CSV_TYPE, write) : sendXlsx(reply, fileName(format), write);
}

export interface LedgerJobResult { rows: number; sheets: number; file: string; format: LedgerFormat; totalRows: number }

/** POST /api/hazards/export-jobs: any size, in the background; the file lands in DATA_DIR/exports/<jobId>.<ext>. */
export async function startLedgerJob(p: Platform, actor: Actor, f: LedgerFilter, format: LedgerFormat) {
  assertMayExport(actor);
  const dir = exportsDir(p);
  const maxRowsPerSheet = ledgerLimits.maxRowsPerSheet;
  let jobId = '';
  const job = await startJob(p, JOB_KIND, actor.userId, { filter: f, format }, async (report): Promise<LedgerJobResult> => {
    const total = await countHazardsUpTo(p.database.db, filterOf(actor, f));
    report.progress(0, total);
    await fs.promises.mkdir(dir, { recursive: true });
    const file = `${jobId}.${format}`;
    const final = path.join(dir, file);
    const part = `${final}.part`;
    const out = fs.createWriteStream(part);
    try {
      const r = await writeLedger(p, actor, f, format, out, { maxRowsPerSheet, onProgress: (n) => report.progress(n, total) });
      await new Promise<void>((resolve, reject) => {
        if (out.closed) resolve();
        else out.once('close', () => resolve()).once('error', reject);
      });
      await fs.promises.rename(part, final);
      return { ...r, file, format, totalRows: r.rows };
    } catch (err) {
      await fs.promises.rm(part, { force: true });
      throw err;
    }
  });
  jobId = job.id; // the work starts on setImmediate, after this assignment
  return job;
}

/** GET /api/hazards/export-jobs/:id/file: the finished file, to the job's owner only (anyone else: 404). */
export async function sendLedgerFile(p: Platform, actor: Actor, id: string, reply: FastifyReply) {
  assertMayExport(actor);
  const job = await findOwnJob(p.database.db, id, actor.userId);
  if (!job || job.kind !== JOB_KIND) throw notFound('导出任务');
  if (job.status !== 'succeeded') throw new AppError('STATE', '导出尚未完成');
  const result = job.result as Partial<LedgerJobResult> | null;
  const format: LedgerFormat = result?.format === 'csv' ? 'csv' : 'xlsx';
  const file = path.join(exportsDir(p), `${job.id}.${format}`);
  const stat = await fs.promises.stat(file).catch(() => null);
  if (!stat?.isFile()) throw new AppError('NOT_FOUND', `导出文件已过期（保留${EXPORT_RETENTION_HOURS}小时）或不存在，请重新导出`);
  reply.header('content-length', stat.size);
  return sendStream(reply, fileName(format), format === 'csv' ? CSV_TYPE : XLSX_TYPE,
    (out) => pipeline(fs.createReadStream(file), out));
}

/** Finished export files are kept this long, then removed by purgeOldExports (hourly from main.ts). */
export const EXPORT_RETENTION_HOURS = 24;

/** Removes export files (and abandoned .part files) older than the retention; returns how many were removed. */
export async function purgeOldExports(p: Platform, now = Date.now()): Promise<number> {
  const dir = exportsDir(p);
  const names = await fs.promises.readdir(dir).catch(() => [] as string[]);
  let removed = 0;
  for (const name of names) {
    const file = path.join(dir, name);
    const stat = await fs.promises.stat(file).catch(() => null);
    if (stat?.isFile() && now - stat.mtimeMs > EXPORT_RETENTION_HOURS * 3600_000) {
      await fs.promises.rm(file, { force: true });
      removed++;
    }
  }
  return removed;
}
