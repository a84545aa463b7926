import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../../src/platform/db/client';
import { backupTables } from '../../src/platform/backup/catalog';

/**
 * Every backed-up table as sorted lines of exact text (timestamps as epoch with microseconds,
 * geometry as hex EWKB, jsonb in its normal form), for a row-for-row comparison across databases.
 * Sorted here rather than in SQL, so collation differences between the servers do not matter.
 */
export async function snapshot(database: Database): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const t of await backupTables(database.db)) {
    const exprs = t.columns.map((c) => {
      const col = `"${c.name}"`;
      return c.typname === 'timestamptz' ? `extract(epoch FROM ${col})::text` : `${col}::text`;
    });
    const rows = await queryRows<{ r: string }>(database.db, sql.raw(`SELECT json_build_array(${exprs.join(', ')})::text AS r FROM public."${t.name}"`));
    out[t.name] = rows.map((r) => r.r).sort();
  }
  return out;
}

export async function counts(database: Database): Promise<Record<string, number>> {
  const [r] = await database.query<Record<string, string>>(`SELECT (SELECT count(*) FROM users)::text AS users,
    (SELECT count(*) FROM enterprises)::text AS enterprises, (SELECT count(*) FROM audit_events)::text AS audit_events,
    (SELECT count(*) FROM mines)::text AS mines, (SELECT seq::text FROM audit_chain_head) AS head`);
  return Object.fromEntries(Object.entries(r!).map(([k, v]) => [k, Number(v)]));
}
