import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { PGlite } from '@electric-sql/pglite';
import { postgis } from '@electric-sql/pglite-postgis';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from './schema';
import { acquireDirLock, type DirLock } from './dir-lock';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** What repositories take: the database or a transaction on it. */
export type Executor = Db | Tx;

export type DatabaseTarget = { kind: 'pglite'; dir: string } | { kind: 'postgres'; url: string; poolSize?: number };

export interface Database {
  kind: 'pglite' | 'postgres';
  db: Db;
  /** Raw SQL with positional parameters; rows as plain objects. */
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../../../drizzle', import.meta.url));

// bigint (int8) and numeric come back as strings from pg; counts are parsed where used.
export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.kind === 'pglite') return openPglite(target.dir);
  const pool = new pg.Pool({ connectionString: target.url, max: target.poolSize ?? 10 });
  pool.on('error', () => {}); // idle-client errors surface on the next query instead of crashing
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  return {
    kind: 'postgres',
    db,
    query: async (text, params) => (await pool.query(text, params as unknown[])).rows,
    close: () => pool.end(),
  };
}

async function openPglite(dir: string): Promise<Database> {
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  const lock: DirLock = acquireDirLock(dir);
  let client: PGlite;
  try {
    client = await PGlite.create({ dataDir: dir, extensions: { postgis } });
  } catch (err) {
    lock.release();
    throw err;
  }
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    query: async (text, params) => (await client.query(text, params as unknown[])).rows as never,
    close: async () => {
      await client.close();
      lock.release();
    },
  };
}

/** An in-memory PGlite (tests): no lock, optionally loaded from a dumped data dir. */
export async function openMemoryPglite(loadDataDir?: Blob): Promise<Database> {
  const client = await PGlite.create({ extensions: { postgis }, loadDataDir });
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    query: async (text, params) => (await client.query(text, params as unknown[])).rows as never,
    close: () => client.close(),
  };
}

export { schema };

/** Raw SQL through drizzle on either driver (both return `{ rows }`), typed by the caller. */
export async function queryRows<T>(db: Executor, query: import('drizzle-orm').SQL): Promise<T[]> {
  const res = (await db.execute(query)) as unknown as { rows: T[] };
  return res.rows;
}
