import type { Actor } from '../../platform/access/actor';
import { writeTx, type Platform, type RequestCtx } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { readSheetRows } from '../../platform/excel/import';
import { validateRows, type ImportReport } from '../../platform/excel/validate';
import { startJob } from '../jobs/jobs.runner';
import { assertMayImport, type ImportKind } from './import-kind';
import { enterpriseImport } from './enterprise-import';
import { mineImport } from './mine-import';
import { hazardImport } from './hazard-import';
import { certificateImport } from './certificate-import';

export const IMPORT_KINDS: Record<string, ImportKind<any>> = { enterprises: enterpriseImport, mines: mineImport, hazards: hazardImport, certificates: certificateImport };

/**
 * Dry run or commit of a spreadsheet, as a background job with progress. Every row's errors
 * (format, references, scope, duplicates within the file) come back in one report; a commit writes
 * nothing unless every row is valid, and then writes all rows in one transaction.
 */
export async function startImport(p: Platform, ctx: RequestCtx, actor: Actor, kindName: string, mode: 'dry-run' | 'commit', file: Buffer) {
  const kind = IMPORT_KINDS[kindName];
  if (!kind) throw new AppError('NOT_FOUND', '不支持的导入类型');
  assertMayImport(kind, actor);
  return startJob(p, `import:${kindName}:${mode}`, actor.userId, { kind: kindName, mode, bytes: file.length }, async (report) => {
    // exceljs holds the whole workbook in memory: 64 MiB of XML is ample for 50,000 rows.
    const sheet = await readSheetRows(file, { columns: kind.columns, limits: { maxBytes: p.config.uploadMaxBytes, maxUncompressed: 64 * 1024 * 1024 } });
    if (sheet.fileErrors.length) {
      return { totalRows: sheet.rows.length, validRows: 0, errors: sheet.fileErrors.map((message) => ({ rowNumber: 0, message })) } satisfies ImportReport;
    }
    const total = sheet.rows.length;
    report.progress(0, mode === 'commit' ? total * 2 : total);
    const parsed = validateRows(sheet.rows, (values) => kind.parse(values), { duplicateKey: kind.duplicateKey, duplicateLabel: kind.duplicateLabel });
    report.progress(Math.round(total / 2));
    const checked = await kind.check(p, actor, parsed.valid);
    const errors = [...parsed.errors, ...checked.errors].sort((a, b) => a.rowNumber - b.rowNumber);
    const validRows = total - new Set(errors.map((e) => e.rowNumber)).size;
    report.progress(total);
    const base: ImportReport = { totalRows: total, validRows, errors: errors.slice(0, 5000) };
    if (mode === 'dry-run' || errors.length > 0 || total === 0) {
      return { ...base, created: mode === 'dry-run' ? checked.creates : 0, updated: mode === 'dry-run' ? parsed.valid.length - checked.creates : 0, committed: false };
    }
    const written = await writeTx(p, ctx, (tx, audit) => kind.apply(p, tx, audit, actor, parsed.valid, (n) => report.progress(total + n)));
    return { ...base, ...written, committed: true };
  });
}
