import fs from 'node:fs';
import path from 'node:path';
import { createPlatform } from '../platform/boot';
import { defaultFilesDir } from '../platform/backup/backup';
import { restoreBackup } from '../platform/backup/restore';
import { ensureExtensions, runMigrations } from '../platform/db/migrate';
import { verifyAuditChain } from '../modules/audit/audit.verify';
import { openCliDatabase, using } from './open';
import { CliError, say, type CliCommand } from './command';

const USAGE = 'restore 文件路径                从备份恢复到一个新建的空数据库（须与备份时的结构版本一致）';

/**
 * Restores as the schema owner: migrations first (so the schema version can be compared), then
 * everything in one transaction that verifies every checksum and the audit chain before commit.
 */
export const restoreCommand: CliCommand = {
  name: 'restore',
  usage: USAGE,
  async run(args, config) {
    const [file, ...extra] = args;
    if (!file || extra.length) throw new CliError(`用法：${USAGE}`);
    const source = path.resolve(file);
    if (!fs.existsSync(source)) throw new CliError(`找不到备份文件：${source}`);
    // Keys are never in a backup. Without configured keys a fresh data directory would get new
    // ones, and the restored personal data could not be decrypted nor the audit chain verified.
    if (!config.keys.auditHmacKey && !fs.existsSync(path.join(config.dataDir, 'secrets.json'))) {
      throw new CliError(`未配置密钥（PII_KEYRING、BLIND_INDEX_KEY、AUDIT_HMAC_KEY），且 ${config.dataDir} 中没有 secrets.json：\n`
        + '请配置与备份来源系统相同的密钥，或把来源数据目录的 secrets.json 复制过来后再恢复。');
    }
    return using(await openCliDatabase(config, { admin: true }), async (database) => {
      await ensureExtensions(database);
      await runMigrations(database);
      const p = await createPlatform(config, { database, migrate: false }); // for the audit key
      const s = await restoreBackup(database, source, {
        filesDir: defaultFilesDir(config.dataDir),
        verifyAudit: (tx) => verifyAuditChain(tx, p.auditKey),
      });
      const rows = s.tables.reduce((n, t) => n + t.rows, 0);
      say(`恢复完成：${s.tables.length} 张数据表，共 ${rows} 行；${s.attachments} 个附件；审计链 ${s.auditEvents} 条，校验通过`);
      say('登录会话未恢复：所有用户需重新登录。');
      return 0;
    });
  },
};
