import type { Config } from '../config';
import { createPlatform, prepareDatabase } from '../platform/boot';
import type { Platform } from '../platform/context';
import { openDatabase, type Database } from '../platform/db/client';
import { appliedMigrations, expectedMigrations } from '../platform/db/migrate';

/**
 * The configured database, for one command. PGlite's data directory belongs to one process:
 * while the server runs, opening it throws DataDirBusyError (its message says what to do).
 * `admin` uses DATABASE_ADMIN_URL when set (schema owner: migrations, grants, restore).
 */
export async function openCliDatabase(config: Config, opts: { admin?: boolean } = {}): Promise<Database> {
  if (config.database.kind === 'pglite') return openDatabase(config.database);
  const url = opts.admin && config.database.adminUrl ? config.database.adminUrl : config.database.url;
  return openDatabase({ kind: 'postgres', url, poolSize: 2 });
}

/** Database plus keys, the schema brought up to date first when `migrate` is set. */
export async function openCliPlatform(config: Config, opts: { migrate: boolean }): Promise<Platform> {
  const database = await openCliDatabase(config);
  try {
    if (opts.migrate && (await appliedMigrations(database)) !== expectedMigrations()) await prepareDatabase(config, database);
    return await createPlatform(config, { database, migrate: false });
  } catch (err) {
    await database.close();
    throw err;
  }
}

/** Runs fn and always closes the database. */
export async function using<T extends { close(): Promise<void> }, R>(resource: T, fn: (r: T) => Promise<R>): Promise<R> {
  try {
    return await fn(resource);
  } finally {
    await resource.close();
  }
}
