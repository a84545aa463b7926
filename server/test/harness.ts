import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { loadConfig } from '../src/config';
import { openDatabase, openMemoryPglite, type Database } from '../src/platform/db/client';
import { createPlatform } from '../src/platform/boot';
import { buildApp, type App } from '../src/app';
import type { Platform } from '../src/platform/context';

export type DbKind = 'pglite' | 'postgres';

/** Every integration test runs on PGlite, and on PostgreSQL too when TEST_DATABASE_URL is set. */
export function databaseKinds(): DbKind[] {
   
  return process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

export const TEST_KEYS = {
  PII_KEYRING: JSON.stringify({ active: 't1', keys: { t1: 'ab'.repeat(48) } }),
  BLIND_INDEX_KEY: 'cd'.repeat(32),
  AUDIT_HMAC_KEY: 'ef'.repeat(32),
};

export async function openTestDatabase(kind: DbKind): Promise<Database> {
  if (kind === 'pglite') {
    const buf = fs.readFileSync(inject('pgliteTemplate'));
    return openMemoryPglite(new Blob([buf]));
  }
  return openDatabase({ kind: 'postgres', url: process.env.TEST_DATABASE_URL!, poolSize: 4 });
}

export interface TestServer { app: App; p: Platform; kind: DbKind; close(): Promise<void> }

/** A full app on a database the caller opened (closing the server leaves the database open). */
export async function serverOn(database: Database, kind: DbKind, env: Record<string, string> = {}): Promise<TestServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mine-app-'));
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', SEED_DEMO: 'false', LOGIN_IP_PER_MINUTE: '10000', ...TEST_KEYS, ...env,
    ...(kind === 'postgres' ? { DATABASE_URL: process.env.TEST_DATABASE_URL } : {}) });
  const p = await createPlatform(config, { database, migrate: false });
  const app = await buildApp(p);
  await app.ready();
  return {
    app, p, kind,
    close: async () => {
      await app.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A full app on a test database (already migrated by the global setup). */
export async function startTestServer(kind: DbKind, env: Record<string, string> = {}): Promise<TestServer> {
  const database = await openTestDatabase(kind);
  const s = await serverOn(database, kind, env);
  return { ...s, close: async () => { await s.close(); await database.close(); } };
}
