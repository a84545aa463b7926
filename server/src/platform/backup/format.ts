import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import type { ColumnInfo } from './catalog';

/**
 * The backup file (docs/operations.md): one gzip'd JSON Lines file, portable between PGlite and
 * PostgreSQL.
 *   1. header      {format, formatVersion, schemaVersion, createdAt, database, tables, excluded}
 *   2. per table, in dependency order:
 *        {table, columns}                      column names, in the order of the row arrays
 *        [v1, v2, …]                           one line per row
 *        {table, rowCount, sm3}                SM3 over the table's row lines, each followed by "\n"
 *   3. attachments (the data directory's files/): {attachment, size, sm3, part, parts, data}
 *      data is base64, a file is split into parts of ATTACHMENT_PART_BYTES; size/sm3 are the whole file's
 *   4. end        {end: true, tables, rows, attachments}   (a file cut short is refused)
 * Values: geometry as hex EWKB (PostGIS's own text form), jsonb as JSON, timestamps as ISO strings
 * (UTC, microseconds), dates as YYYY-MM-DD, smallint/integer as numbers, booleans as booleans, arrays
 * as JSON arrays, everything else (bigint, numeric, uuid, text, …) as its PostgreSQL text form.
 * Why not EWKT: PostGIS's WKT parser refuses rings its GeoJSON input accepted (the reference
 * district outlines have such rings), so EWKT would not restore what is stored; EWKB is exact.
 */
export const BACKUP_FORMAT = 'mine-safety-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const ATTACHMENT_PART_BYTES = 3 * 1024 * 1024;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  schemaVersion: number;
  createdAt: string;
  database: 'pglite' | 'postgres';
  tables: string[];
  excluded: string[];
}
export interface TableStart { table: string; columns: string[] }
export interface TableEnd { table: string; rowCount: number; sm3: string }
export interface AttachmentPart { attachment: string; size: number; sm3: string; part: number; parts: number; data: string }
export interface BackupEnd { end: true; tables: number; rows: number; attachments: number }

export const sm3 = (): Hash => createHash('sm3');

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;
export const quoted = ident;

/** The SELECT expression that gives a column's portable value (the session runs with TimeZone UTC, DateStyle ISO). */
export function exportExpression(c: ColumnInfo): string {
  const col = ident(c.name);
  switch (c.typname) {
    case 'geometry': case 'geography': return `${col}::text`; // hex EWKB, exact; see above
    case 'json': case 'jsonb': case 'bool': case 'int2': case 'int4': return col;
    case 'timestamptz':
      return `CASE WHEN isfinite(${col}) THEN to_char(${col} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') ELSE ${col}::text END`;
    case 'timestamp':
      return `CASE WHEN isfinite(${col}) THEN to_char(${col}, 'YYYY-MM-DD"T"HH24:MI:SS.US') ELSE ${col}::text END`;
    default:
      return c.category === 'A' ? `to_jsonb(${col})` : `${col}::text`;
  }
}

/** The lines of a gzip'd file, streamed; a damaged gzip stream or a read error is thrown. */
export async function* readLines(file: string): AsyncGenerator<string> {
  const gunzip = createGunzip();
  const source = createReadStream(file);
  source.on('error', (err) => gunzip.destroy(err));
  source.pipe(gunzip);
  const decoder = new StringDecoder('utf8');
  let rest = '';
  try {
    for await (const chunk of gunzip) {
      const text = rest + decoder.write(chunk as Buffer);
      let start = 0;
      for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
        yield text.slice(start, nl);
        start = nl + 1;
      }
      rest = text.slice(start);
    }
    rest += decoder.end();
    if (rest) yield rest;
  } finally {
    source.destroy();
    gunzip.destroy();
  }
}
