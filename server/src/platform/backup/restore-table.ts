import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../db/client';
import type { TableInfo } from './catalog';
import { BackupError } from './errors';
import { quoted, sm3, type TableEnd } from './format';

export type LineSource = () => Promise<{ text: string; no: number } | undefined>;

const BATCH_ROWS = 500;

/**
 * Inserts one table's row lines (after its {table, columns} line) up to its {table, rowCount, sm3}
 * line, whose checksum must match the lines read. Values go through jsonb_populate_recordset, so
 * each is converted by its column's own input function (EWKT → geometry, ISO text → timestamptz, …).
 */
export async function restoreTable(tx: Executor, t: TableInfo, columns: string[], next: LineSource): Promise<number> {
  const known = new Set(t.columns.map((c) => c.name));
  if (columns.length !== known.size || columns.some((c) => !known.has(c))) {
    throw new BackupError(`备份中数据表 ${t.name} 的列（${columns.join('、')}）与目标数据库不一致`);
  }
  const target = sql.raw(`public.${quoted(t.name)}`);
  const list = sql.raw(columns.map(quoted).join(', '));
  const hash = sm3();
  let count = 0;
  let batch: Record<string, unknown>[] = [];
  const flush = async () => {
    if (!batch.length) return;
    const json = JSON.stringify(batch);
    batch = [];
    try {
      await queryRows(tx, sql`INSERT INTO ${target} (${list}) OVERRIDING SYSTEM VALUE
        SELECT ${list} FROM jsonb_populate_recordset(NULL::${target}, ${json}::jsonb)`);
    } catch (err) {
      // The driver's error repeats the whole batch; the database's own message is what helps.
      const cause = (err as { cause?: Error }).cause ?? (err as Error);
      throw new BackupError(`写入数据表 ${t.name} 失败：${cause.message}`);
    }
  };
  for (let line = await next(); line; line = await next()) {
    if (!line.text.startsWith('[')) {
      const end = JSON.parse(line.text) as Partial<TableEnd>;
      if (end.table !== t.name || typeof end.rowCount !== 'number') throw new BackupError(`备份文件第 ${line.no} 行：数据表 ${t.name} 的结尾无效`);
      if (end.rowCount !== count || end.sm3 !== hash.digest('hex')) {
        throw new BackupError(`数据表 ${t.name} 校验失败（SM3 或行数与备份时不一致），备份文件已损坏或被改动`);
      }
      await flush();
      return count;
    }
    hash.update(`${line.text}\n`);
    const values = JSON.parse(line.text) as unknown[];
    if (values.length !== columns.length) throw new BackupError(`备份文件第 ${line.no} 行：列数与数据表 ${t.name} 不符`);
    batch.push(Object.fromEntries(columns.map((c, i) => [c, values[i]])));
    count++;
    if (batch.length >= BATCH_ROWS) await flush();
  }
  throw new BackupError(`备份文件不完整：数据表 ${t.name} 没有结尾`);
}
