import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Database, type Executor } from '../db/client';
import { appliedMigrations } from '../db/migrate';
import { attachmentLines, listFiles } from './attachments';
import { backupTables, EXCLUDED_TABLES, type TableInfo } from './catalog';
import { BackupError } from './errors';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, exportExpression, quoted, sm3, type BackupHeader } from './format';

const PAGE_ROWS = 500;

export interface BackupSummary { file: string; tables: { table: string; rows: number }[]; attachments: number; bytes: number }

/**
 * Writes a backup of the database (one consistent snapshot) and the attachments in `filesDir`.
 * The file appears under its name only once complete.
 */
export async function writeBackup(database: Database, file: string, opts: { filesDir?: string } = {}): Promise<BackupSummary> {
  if (fs.existsSync(file)) throw new BackupError(`文件 ${file} 已存在，不会覆盖：请换一个文件名`);
  const schemaVersion = await appliedMigrations(database);
  const partial = `${file}.partial`;
  const summary: BackupSummary = { file, tables: [], attachments: 0, bytes: 0 };
  try {
    await database.db.transaction(async (tx) => {
      await session(tx);
      const tables = await backupTables(tx);
      const header: BackupHeader = { format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, schemaVersion,
        createdAt: new Date().toISOString(), database: database.kind, tables: tables.map((t) => t.name), excluded: EXCLUDED_TABLES };
      await pipeline(Readable.from(lines(tx, header, tables, opts.filesDir, summary)), createGzip(), fs.createWriteStream(partial, { flags: 'wx' }));
    }, { isolationLevel: 'repeatable read', accessMode: 'read only' });
    fs.renameSync(partial, file);
  } catch (err) {
    fs.rmSync(partial, { force: true });
    throw err;
  }
  summary.bytes = fs.statSync(file).size;
  return summary;
}

/** Text forms that do not depend on the server's settings. */
export async function session(tx: Executor): Promise<void> {
  await queryRows(tx, sql`SET LOCAL TimeZone = 'UTC'`);
  await queryRows(tx, sql`SET LOCAL DateStyle = 'ISO, YMD'`);
  await queryRows(tx, sql`SET LOCAL bytea_output = 'hex'`);
}

async function* lines(tx: Executor, header: BackupHeader, tables: TableInfo[], filesDir: string | undefined, summary: BackupSummary) {
  yield `${JSON.stringify(header)}\n`;
  let total = 0;
  for (const t of tables) {
    yield `${JSON.stringify({ table: t.name, columns: t.columns.map((c) => c.name) })}\n`;
    const hash = sm3();
    let rowCount = 0;
    for await (const row of tableRows(tx, t)) {
      const line = `${JSON.stringify(row)}\n`;
      hash.update(line);
      rowCount++;
      yield line;
    }
    total += rowCount;
    summary.tables.push({ table: t.name, rows: rowCount });
    yield `${JSON.stringify({ table: t.name, rowCount, sm3: hash.digest('hex') })}\n`;
  }
  const files = filesDir ? listFiles(filesDir) : [];
  for (const rel of files) yield* attachmentLines(filesDir!, rel);
  summary.attachments = files.length;
  yield `${JSON.stringify({ end: true, tables: tables.length, rows: total, attachments: files.length })}\n`;
}

/** A table's rows as arrays, paged by primary key (keyset), so no table is held in memory. */
async function* tableRows(tx: Executor, t: TableInfo): AsyncGenerator<unknown[]> {
  const select = sql.raw(t.columns.map((c, i) => `${exportExpression(c)} AS "c${i}"`).join(', '));
  const from = sql.raw(`public.${quoted(t.name)}`);
  if (!t.primaryKey.length) {
    // No key to page by: a stable order over all columns, in OFFSET pages (no such table today).
    const order = sql.raw(t.columns.map((_, i) => String(i + 1)).join(', '));
    for (let offset = 0; ; offset += PAGE_ROWS) {
      const rows = await queryRows<Record<string, unknown>>(tx, sql`SELECT ${select} FROM ${from} ORDER BY ${order} LIMIT ${PAGE_ROWS} OFFSET ${offset}`);
      for (const r of rows) yield t.columns.map((_, i) => r[`c${i}`]);
      if (rows.length < PAGE_ROWS) return;
    }
  }
  const keyCols = t.primaryKey.map((k) => t.columns.find((c) => c.name === k)!);
  const keyList = sql.raw(keyCols.map((c) => quoted(c.name)).join(', '));
  const keyText = sql.raw(keyCols.map((c, i) => `${quoted(c.name)}::text AS "k${i}"`).join(', '));
  let after: string[] | null = null;
  for (;;) {
    const where: SQL = after
      ? sql`WHERE (${keyList}) > (${sql.join(after.map((v, i) => sql`${v}::${sql.raw(keyCols[i]!.type)}`), sql`, `)})`
      : sql``;
    const rows: Record<string, unknown>[] = await queryRows<Record<string, unknown>>(tx, sql`SELECT ${select}, ${keyText} FROM ${from} ${where} ORDER BY ${keyList} LIMIT ${PAGE_ROWS}`);
    for (const r of rows) yield t.columns.map((_, i) => r[`c${i}`]);
    if (rows.length < PAGE_ROWS) return;
    const last: Record<string, unknown> = rows[rows.length - 1]!;
    after = keyCols.map((_, i) => String(last[`k${i}`]));
  }
}

export const defaultFilesDir = (dataDir: string) => path.join(dataDir, 'files');
