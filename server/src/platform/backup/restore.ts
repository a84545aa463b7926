import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { queryRows, type Database, type Executor } from '../db/client';
import { appliedMigrations } from '../db/migrate';
import { GENESIS_HMAC } from '../audit/chain';
import { AttachmentStaging, listFiles } from './attachments';
import { session } from './backup';
import { backupTables, ownedSequences } from './catalog';
import { BackupError } from './errors';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, readLines, type BackupEnd, type BackupHeader } from './format';
import { restoreTable, type LineSource } from './restore-table';

export interface RestoreOptions {
  /** where the data directory's files/ go; staged and moved into place after the commit */
  filesDir?: string;
  /** the audit chain verification to run before commit (modules/audit's verifyAuditChain) */
  verifyAudit: (tx: Executor) => Promise<{ ok: boolean; reason: string | null; count: number }>;
}
export interface RestoreSummary { tables: { table: string; rows: number }[]; attachments: number; auditEvents: number }

/**
 * Restores a backup into an EMPTY database at the same schema version, in one transaction:
 * every table's checksum, every attachment's and the audit chain must verify, or nothing is kept.
 */
export async function restoreBackup(database: Database, file: string, opts: RestoreOptions): Promise<RestoreSummary> {
  const lines = readLines(file);
  let n = 0;
  const next: LineSource = async () => {
    const r = await lines.next();
    if (r.done) return undefined;
    n++;
    return { text: r.value, no: n };
  };
  try {
    const header = parseHeader((await next())?.text);
    const applied = await appliedMigrations(database);
    if (applied === 0) throw new BackupError('目标数据库尚未初始化，请先执行 npm run cli -- migrate');
    if (applied !== header.schemaVersion) {
      throw new BackupError(`备份的数据库结构版本为 ${header.schemaVersion}，目标数据库为 ${applied}，两者必须一致：请使用与备份时相同版本的程序恢复`);
    }
    if (opts.filesDir && listFiles(opts.filesDir).length) throw new BackupError(`附件目录 ${opts.filesDir} 不为空，恢复只能写入空的数据目录`);
    const staging = new AttachmentStaging(`${opts.filesDir ?? file}.restoring-${randomBytes(4).toString('hex')}`);
    try {
      const summary = await database.db.transaction(async (tx) => restoreInto(tx, header, next, staging, opts));
      if (opts.filesDir && staging.count) {
        fs.rmSync(opts.filesDir, { recursive: true, force: true }); // checked empty above
        fs.renameSync(staging.dir, opts.filesDir);
      }
      return summary;
    } finally {
      staging.discard();
    }
  } catch (err) {
    if (err instanceof SyntaxError) throw new BackupError(`备份文件第 ${n} 行格式错误，文件已损坏`);
    if ((err as NodeJS.ErrnoException).code?.startsWith?.('Z_')) throw new BackupError('备份文件已损坏（gzip 数据无效或不完整）');
    throw err;
  } finally {
    await lines.return(undefined);
  }
}

function parseHeader(text: string | undefined): BackupHeader {
  const h = text ? (JSON.parse(text) as Partial<BackupHeader>) : null;
  if (!h || h.format !== BACKUP_FORMAT) throw new BackupError('这不是本系统的备份文件');
  if (h.formatVersion !== BACKUP_FORMAT_VERSION) throw new BackupError(`备份格式版本 ${String(h.formatVersion)} 不受支持（本程序支持版本 ${BACKUP_FORMAT_VERSION}）`);
  if (!Array.isArray(h.tables) || typeof h.schemaVersion !== 'number') throw new BackupError('备份文件头不完整');
  return h as BackupHeader;
}

async function exec(tx: Executor, text: string) {
  await queryRows(tx, sql.raw(text));
}

async function restoreInto(tx: Executor, header: BackupHeader, next: LineSource, staging: AttachmentStaging, opts: RestoreOptions): Promise<RestoreSummary> {
  await session(tx);
  const [found] = await queryRows<{ users: string; enterprises: string; audit: string }>(tx, sql`SELECT
    (SELECT count(*) FROM users)::text AS users, (SELECT count(*) FROM enterprises)::text AS enterprises, (SELECT count(*) FROM audit_events)::text AS audit`);
  if (found && (found.users !== '0' || found.enterprises !== '0' || found.audit !== '0')) {
    throw new BackupError(`目标数据库不是空库（已有 ${found.users} 个用户、${found.enterprises} 家企业、${found.audit} 条审计事件），恢复只能写入新建的空数据库`);
  }
  const tables = await backupTables(tx);
  if ([...header.tables].sort().join() !== tables.map((t) => t.name).sort().join()) {
    throw new BackupError(`备份中的数据表（${header.tables.join('、')}）与目标数据库不一致`);
  }
  // The append-only triggers are off only inside this transaction (ALTER TABLE is transactional):
  // the audit rows go back exactly as they were, seq and hmac included.
  await exec(tx, 'ALTER TABLE public.audit_events DISABLE TRIGGER USER');
  // Rows a fresh database already has (reference regions, the genesis chain head) make way for the backup's.
  for (const t of [...tables].reverse()) await exec(tx, `DELETE FROM public."${t.name}"`);

  const summary: RestoreSummary = { tables: [], attachments: 0, auditEvents: 0 };
  let end: BackupEnd | null = null;
  for (let line = await next(); line && !end; line = await next()) {
    const obj = JSON.parse(line.text) as Record<string, unknown>;
    if (obj.end === true) end = obj as unknown as BackupEnd;
    else if (typeof obj.attachment === 'string') staging.write(obj as never);
    else if (typeof obj.table === 'string' && Array.isArray(obj.columns)) {
      const t = tables.find((x) => x.name === obj.table);
      if (!t || header.tables[summary.tables.length] !== t.name) throw new BackupError(`备份文件第 ${line.no} 行：数据表 ${String(obj.table)} 出现的位置不对`);
      summary.tables.push({ table: t.name, rows: await restoreTable(tx, t, obj.columns as string[], next) });
    } else throw new BackupError(`备份文件第 ${line.no} 行无法识别`);
  }
  staging.finish();
  if (staging.count && !opts.filesDir) throw new BackupError('备份包含附件，但未指定附件目录');
  const rows = summary.tables.reduce((s, t) => s + t.rows, 0);
  if (!end) throw new BackupError('备份文件不完整（缺少结束标记），可能被截断');
  if (end.tables !== header.tables.length || summary.tables.length !== header.tables.length || end.rows !== rows || end.attachments !== staging.count) {
    throw new BackupError('备份文件内容与结束标记中的统计不一致');
  }
  summary.attachments = staging.count;

  for (const s of await ownedSequences(tx)) {
    await queryRows(tx, sql`SELECT setval(${s.sequence}, coalesce((SELECT max(${sql.identifier(s.column)}) FROM ${sql.identifier(s.table)}), 0) + 1, false)`);
  }
  const [last] = await queryRows<{ seq: string; hmac: string }>(tx, sql`SELECT seq::text AS seq, hmac FROM audit_events ORDER BY seq DESC LIMIT 1`);
  await queryRows(tx, sql`INSERT INTO audit_chain_head (id, seq, hmac) VALUES (1, ${last?.seq ?? '0'}::bigint, ${last?.hmac ?? GENESIS_HMAC})
    ON CONFLICT (id) DO UPDATE SET seq = EXCLUDED.seq, hmac = EXCLUDED.hmac`);
  await exec(tx, 'ALTER TABLE public.audit_events ENABLE TRIGGER USER');
  const verified = await opts.verifyAudit(tx);
  if (!verified.ok) throw new BackupError(`恢复后审计链校验失败，已全部撤销：${verified.reason}（请确认 AUDIT_HMAC_KEY 与备份来源系统一致）`);
  summary.auditEvents = verified.count;
  return summary;
}
