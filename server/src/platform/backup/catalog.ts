import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../db/client';
import { BackupError } from './errors';

/** Sessions are not backed up: after a restore everybody signs in again. */
export const EXCLUDED_TABLES = ['sessions'];

export interface ColumnInfo { name: string; type: string; typname: string; category: string }
export interface TableInfo { name: string; columns: ColumnInfo[]; primaryKey: string[] }

// Tables of the application schema, without those an extension owns (PostGIS's spatial_ref_sys).
// drizzle's migration table lives in its own schema and is never part of a backup.
const APP_TABLES = sql`
  SELECT c.oid, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
    AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')`;

/** The tables to back up, parents before children (from the foreign keys in the catalog). */
export async function backupTables(db: Executor): Promise<TableInfo[]> {
  const columns = await queryRows<ColumnInfo & { table: string }>(db, sql`
    SELECT t.relname AS "table", a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type, ty.typname, ty.typcategory AS category
    FROM (${APP_TABLES}) t JOIN pg_attribute a ON a.attrelid = t.oid JOIN pg_type ty ON ty.oid = a.atttypid
    WHERE a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '' ORDER BY t.relname, a.attnum`);
  const keys = await queryRows<{ table: string; name: string }>(db, sql`
    SELECT t.relname AS "table", a.attname AS name
    FROM (${APP_TABLES}) t JOIN pg_index i ON i.indrelid = t.oid AND i.indisprimary
    CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY k(attnum, ord) JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
    ORDER BY t.relname, k.ord`);
  const fks = await queryRows<{ child: string; parent: string }>(db, sql`
    SELECT c.relname AS child, p.relname AS parent FROM pg_constraint k
    JOIN (${APP_TABLES}) c ON c.oid = k.conrelid JOIN (${APP_TABLES}) p ON p.oid = k.confrelid WHERE k.contype = 'f'`);

  const tables = new Map<string, TableInfo>();
  for (const { table, ...col } of columns) {
    if (EXCLUDED_TABLES.includes(table)) continue;
    const t = tables.get(table) ?? { name: table, columns: [], primaryKey: [] };
    t.columns.push(col);
    tables.set(table, t);
  }
  for (const k of keys) tables.get(k.table)?.primaryKey.push(k.name);
  return dependencyOrder([...tables.values()], fks.filter((f) => tables.has(f.child) && tables.has(f.parent) && f.child !== f.parent));
}

/** Kahn's algorithm, ties by name so the order is stable from one backup to the next. */
function dependencyOrder(tables: TableInfo[], edges: { child: string; parent: string }[]): TableInfo[] {
  const pending = new Map(tables.map((t) => [t.name, new Set(edges.filter((e) => e.child === t.name).map((e) => e.parent))]));
  const byName = new Map(tables.map((t) => [t.name, t]));
  const ordered: TableInfo[] = [];
  while (pending.size) {
    const ready = [...pending].filter(([, parents]) => parents.size === 0).map(([name]) => name).sort();
    if (!ready.length) throw new BackupError(`数据表的外键存在环路（${[...pending.keys()].join('、')}），无法确定备份顺序`);
    for (const name of ready) {
      ordered.push(byName.get(name)!);
      pending.delete(name);
      for (const parents of pending.values()) parents.delete(name);
    }
  }
  return ordered;
}

/** Serial/identity sequences of the backed-up tables, to be moved past the restored rows. */
export async function ownedSequences(db: Executor): Promise<{ table: string; column: string; sequence: string }[]> {
  return queryRows(db, sql`
    SELECT * FROM (
      SELECT t.relname AS "table", a.attname AS "column", pg_get_serial_sequence(format('public.%I', t.relname), a.attname) AS sequence
      FROM (${APP_TABLES}) t JOIN pg_attribute a ON a.attrelid = t.oid WHERE a.attnum > 0 AND NOT a.attisdropped
    ) s WHERE sequence IS NOT NULL`);
}
