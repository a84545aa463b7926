import { queryRows } from './client';
import { and, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { TOTAL_CAP } from '@contracts/paging';
import { AppError } from '../errors';
import type { Executor } from './client';

/**
 * Keyset paging: the cursor is the last row's (sort value, id); the next page continues after it.
 * Stays fast at millions of rows where OFFSET would not.
 */
export interface SortSpec { column: AnyColumn; desc: boolean; key: string }

export function encodeCursor(value: unknown, id: string): string {
  const v = value instanceof Date ? value.toISOString() : value;
  return Buffer.from(JSON.stringify([v, id])).toString('base64url');
}

export function decodeCursor(cursor: string): [string | number | null, string] {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[1] === 'string') return parsed as never;
  } catch { /* fall through */ }
  throw new AppError('VALIDATION', '分页游标无效', { cursor: '分页游标无效' });
}

export function afterCursor(sort: SortSpec, idColumn: AnyColumn, cursor?: string): SQL | undefined {
  if (!cursor) return undefined;
  const [value, id] = decodeCursor(cursor);
  const cmp = sort.desc ? sql.raw('<') : sql.raw('>');
  // Timestamps: the cursor's ISO text has milliseconds, the column microseconds. Re-read the cursor row's exact
  // value by primary key (the inner FROM shadows the outer table), falling back to the text if it was deleted.
  const v = sort.key.endsWith('At') && typeof value === 'string'
    ? sql`COALESCE((SELECT ${sort.column} FROM ${(sort.column as PgColumn).table} WHERE ${idColumn} = ${id}::uuid), ${value}::timestamptz)`
    : sql`${value}`;
  return sql`(${sort.column}, ${idColumn}) ${cmp} (${v}, ${id}::uuid)`;
}

export function orderBy(sort: SortSpec, idColumn: AnyColumn): SQL[] {
  return sort.desc ? [sql`${sort.column} DESC`, sql`${idColumn} DESC`] : [sql`${sort.column} ASC`, sql`${idColumn} ASC`];
}

/** Exact count up to TOTAL_CAP; beyond that the UI says "10000+" instead of scanning everything. */
export async function cappedCount(db: Executor, from: SQL, where: SQL | undefined): Promise<{ total: number; totalCapped: boolean }> {
  const res = await queryRows<{ n: string }>(db, sql`
    SELECT count(*)::text AS n FROM (SELECT 1 FROM ${from} ${where ? sql`WHERE ${where}` : sql``} LIMIT ${TOTAL_CAP + 1}) t`);
  const n = Number(res[0]?.n ?? 0);
  return n > TOTAL_CAP ? { total: TOTAL_CAP, totalCapped: true } : { total: n, totalCapped: false };
}

export function page<T extends { id: string }>(rows: T[], limit: number, sortValue: (r: T) => unknown) {
  const hasMore = rows.length > limit;
  const items = hasMore ? rows.slice(0, limit) : rows;
  const last = items[items.length - 1];
  return { items, nextCursor: hasMore && last ? encodeCursor(sortValue(last), last.id) : null };
}

export const allOf = (...conds: (SQL | undefined)[]) => and(...conds.filter((c): c is SQL => c !== undefined));

/** LIKE pattern for a user's search words, with the wildcards in them escaped. */
export const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
