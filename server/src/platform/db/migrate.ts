import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import fs from 'node:fs';
import path from 'node:path';
import { MIGRATIONS_DIR, type Database } from './client';

/**
 * Extensions need a superuser, so they are their own idempotent step (docs/operations.md).
 * PGlite runs as superuser; on PostgreSQL run it with DATABASE_ADMIN_URL.
 */
export async function ensureExtensions(database: Database): Promise<void> {
  await database.query('CREATE EXTENSION IF NOT EXISTS postgis');
}

export async function runMigrations(database: Database): Promise<void> {
  const config = { migrationsFolder: MIGRATIONS_DIR };
  if (database.kind === 'pglite') await migratePglite(database.db as never, config);
  else await migratePg(database.db as never, config);
}

export function expectedMigrations(): number {
  const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_DIR, 'meta/_journal.json'), 'utf8'));
  return journal.entries.length;
}

export async function appliedMigrations(database: Database): Promise<number> {
  try {
    const rows = await database.query<{ n: string }>('SELECT count(*)::text AS n FROM drizzle.__drizzle_migrations');
    return Number(rows[0]?.n ?? 0);
  } catch {
    return 0;
  }
}
