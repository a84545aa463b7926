import type { Config } from '../config';
import { openDatabase, type Database } from './db/client';
import { appliedMigrations, ensureExtensions, expectedMigrations, runMigrations } from './db/migrate';
import { FieldCipher } from './crypto/field-cipher';
import { loadOrCreateDevKeyring, parseKeyring } from './crypto/keyring';
import type { Platform } from './context';
import { loadReferenceCalendar } from './calendar/calendar.reference';
import { loadReferenceRequirements } from '../modules/key-posts/requirements.reference';
import { loadCertificateCatalogue } from '../modules/certificates/certificate-catalogue.seed';
import { loadTrainingTargets } from '../modules/training/training.reference';

/** Opens the configured database, prepares it and loads the keys: everything buildApp needs. */
export async function createPlatform(config: Config, opts: { migrate?: boolean; database?: Database } = {}): Promise<Platform> {
  const database = opts.database ?? (await openDatabase(
    config.database.kind === 'pglite'
      ? config.database
      : { kind: 'postgres', url: config.database.url, poolSize: config.database.poolSize },
  ));
  try {
    if (opts.migrate !== false) {
      await prepareDatabase(config, database);
      // 法定节假日安排: the published years from reference-data, only where a year has no row yet.
      await loadReferenceCalendar(database.db);
      await loadReferenceRequirements(database.db); // 关键岗位配备要求 (待核对), only when empty
      await loadCertificateCatalogue(database.db); // 特种作业目录 (2010, 待核对), only when empty
      await loadTrainingTargets(database.db); // 渝安办〔2025〕13号: 2025 city target 2 790, when missing
    }
    const keys = loadKeys(config);
    return { config, database, cipher: new FieldCipher(keys.pii), blindIndexKey: keys.blindIndexKey, auditKey: keys.auditKey };
  } catch (err) {
    if (!opts.database) await database.close();
    throw err;
  }
}

/** Extensions (superuser) then migrations; on PostgreSQL with DATABASE_ADMIN_URL both run as the admin. */
export async function prepareDatabase(config: Config, database: Database): Promise<void> {
  // Nothing to do on a current schema: this lets the app run as a restricted role that may not create
  // schemas or extensions (docs/operations.md), as long as an admin migrated first.
  if ((await appliedMigrations(database)) === expectedMigrations()) return;
  if (config.database.kind === 'postgres' && config.database.adminUrl) {
    const admin = await openDatabase({ kind: 'postgres', url: config.database.adminUrl, poolSize: 1 });
    try {
      await ensureExtensions(admin);
      await runMigrations(admin);
    } finally {
      await admin.close();
    }
    return;
  }
  await ensureExtensions(database);
  await runMigrations(database);
}

function loadKeys(config: Config) {
  const { piiKeyring, blindIndexKey, auditHmacKey } = config.keys;
  if (piiKeyring && blindIndexKey && auditHmacKey) {
    return { pii: parseKeyring(piiKeyring), blindIndexKey: Buffer.from(blindIndexKey, 'hex'), auditKey: Buffer.from(auditHmacKey, 'hex') };
  }
  // Development: keys generated once into the data directory (never into the database).
  const dev = loadOrCreateDevKeyring(config.dataDir);
  return {
    pii: piiKeyring ? parseKeyring(piiKeyring) : dev.pii,
    blindIndexKey: blindIndexKey ? Buffer.from(blindIndexKey, 'hex') : dev.blindIndexKey,
    auditKey: auditHmacKey ? Buffer.from(auditHmacKey, 'hex') : dev.auditKey,
  };
}
