import { ensureExtensions, runMigrations, appliedMigrations } from '../platform/db/migrate';
import { loadReferenceRegions } from '../modules/regions/regions.reference';
import { openCliDatabase, using } from './open';
import { say, type CliCommand } from './command';

/** Extensions, migrations and reference regions, as the schema owner (DATABASE_ADMIN_URL when set). */
export const migrateCommand: CliCommand = {
  name: 'migrate',
  usage: 'migrate                         创建扩展、执行数据库迁移、载入行政区划',
  async run(_args, config) {
    await using(await openCliDatabase(config, { admin: true }), async (database) => {
      await ensureExtensions(database);
      await runMigrations(database);
      const regions = await loadReferenceRegions(database.db);
      say(`数据库已就绪（${database.kind}）：已执行 ${await appliedMigrations(database)} 个迁移，载入 ${regions} 个行政区划`);
    });
    return 0;
  },
};
