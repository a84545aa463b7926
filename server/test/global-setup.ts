import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { postgis } from '@electric-sql/pglite-postgis';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import type { TestProject } from 'vitest/node';
import { MIGRATIONS_DIR, openDatabase } from '../src/platform/db/client';
import { ensureExtensions, runMigrations } from '../src/platform/db/migrate';
import { loadReferenceRegions } from '../src/modules/regions/regions.reference';
import { loadReferenceCalendar } from '../src/platform/calendar/calendar.reference';
import { loadReferenceRequirements } from '../src/modules/key-posts/requirements.reference';
import { loadCertificateCatalogue } from '../src/modules/certificates/certificate-catalogue.seed';
import { loadTrainingTargets } from '../src/modules/training/training.reference';

/**
 * Once per test run: a migrated PGlite (with the reference regions) dumped to a file that every
 * test file loads in ~1 s instead of migrating for ~15 s; and, when TEST_DATABASE_URL is set,
 * the PostgreSQL test database migrated once (tests isolate by creating their own tenants).
 */
export default async function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mine-test-'));
  const client = await PGlite.create({ extensions: { postgis } });
  await client.exec('CREATE EXTENSION IF NOT EXISTS postgis');
  const db = drizzle(client);
  await migrate(db, { migrationsFolder: MIGRATIONS_DIR });
  await loadReferenceRegions(db as never);
  await loadReferenceCalendar(db as never);
  await loadReferenceRequirements(db as never);
  await loadCertificateCatalogue(db as never);
  await loadTrainingTargets(db as never);
  const dump = await client.dumpDataDir('none');
  const file = path.join(dir, 'pglite-template.tar');
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await client.close();
  project.provide('pgliteTemplate', file);

  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const database = await openDatabase({ kind: 'postgres', url, poolSize: 2 });
    try {
      await ensureExtensions(database);
      await runMigrations(database);
      await loadReferenceRegions(database.db);
      await loadReferenceCalendar(database.db);
      await loadReferenceRequirements(database.db);
      await loadCertificateCatalogue(database.db);
      await loadTrainingTargets(database.db);
    } finally {
      await database.close();
    }
  }
  return () => fs.rmSync(dir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext { pgliteTemplate: string }
}
