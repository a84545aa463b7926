import { randomBytes } from 'node:crypto';
import { openDatabase, type Database } from '../../src/platform/db/client';
import { ensureExtensions, runMigrations } from '../../src/platform/db/migrate';
import { loadReferenceRegions } from '../../src/modules/regions/regions.reference';
import { openTestDatabase, serverOn, TEST_KEYS, type DbKind } from '../harness';

export { serverOn };

/**
 * Databases of their own, for tests that tamper with the audit table, change roles or restore
 * backups: other test files share TEST_DATABASE_URL's database and run in parallel, so on
 * PostgreSQL these run in scratch databases (created from a migrated template, dropped after);
 * on PGlite in a fresh in-memory copy of the migrated template.
 */
export class ScratchDatabases {
  private readonly created: string[] = [];
  private readonly open: Database[] = [];
  private template: Promise<string> | undefined;
  private admin: Promise<Database> | undefined;
  private readonly tag = randomBytes(4).toString('hex');
  private n = 0;

  constructor(private readonly prefix: string) {}

  /** A migrated database with the reference regions; `url` only for PostgreSQL. */
  async create(kind: DbKind, opts: { migrated?: boolean } = {}): Promise<{ database: Database; url?: string }> {
    if (kind === 'pglite') {
      const database = await openTestDatabase('pglite');
      this.open.push(database);
      return { database };
    }
    const url = await this.createPostgres(opts.migrated ?? true);
    const database = await openDatabase({ kind: 'postgres', url, poolSize: 20 });
    this.open.push(database);
    return { database, url };
  }

  /** An empty or migrated PostgreSQL database nobody has opened yet (for the CLI). */
  async createPostgres(migrated = true): Promise<string> {
    const name = `${this.prefix}_${this.tag}_${++this.n}`;
    const template = migrated ? await (this.template ??= this.makeTemplate()) : null;
    await (await this.adminDb()).query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
    this.created.push(name);
    return urlFor(name);
  }

  async dispose(): Promise<void> {
    for (const d of this.open.splice(0)) await d.close().catch(() => {});
    if (!this.admin) return;
    const admin = await this.admin;
    const tpl = this.template ? [await this.template] : [];
    for (const name of [...this.created.splice(0), ...tpl]) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.close();
  }

  private adminDb(): Promise<Database> {
    return (this.admin ??= openDatabase({ kind: 'postgres', url: process.env.TEST_DATABASE_URL!, poolSize: 1 }));
  }

  private async makeTemplate(): Promise<string> {
    const name = `${this.prefix}_${this.tag}_tpl`;
    await (await this.adminDb()).query(`CREATE DATABASE ${name}`);
    const db = await openDatabase({ kind: 'postgres', url: urlFor(name), poolSize: 1 });
    try {
      await ensureExtensions(db);
      await runMigrations(db);
      await loadReferenceRegions(db.db);
    } finally {
      await db.close();
    }
    return name;
  }
}

function urlFor(name: string): string {
  const u = new URL(process.env.TEST_DATABASE_URL!);
  u.pathname = `/${name}`;
  return u.toString();
}

export const AUDIT_KEY = Buffer.from(TEST_KEYS.AUDIT_HMAC_KEY, 'hex');
