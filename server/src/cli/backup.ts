import path from 'node:path';
import { defaultFilesDir, writeBackup } from '../platform/backup/backup';
import { openCliDatabase, using } from './open';
import { CliError, say, type CliCommand } from './command';

const USAGE = 'backup 文件路径                 备份数据库与附件到一个文件（gzip JSON Lines）';

export const backupCommand: CliCommand = {
  name: 'backup',
  usage: USAGE,
  async run(args, config) {
    const [file, ...extra] = args;
    if (!file || extra.length) throw new CliError(`用法：${USAGE}`);
    const target = path.resolve(file);
    return using(await openCliDatabase(config, { admin: true }), async (database) => {
      const s = await writeBackup(database, target, { filesDir: defaultFilesDir(config.dataDir) });
      const rows = s.tables.reduce((n, t) => n + t.rows, 0);
      say(`备份完成：${target}`);
      say(`  ${s.tables.length} 张数据表，共 ${rows} 行；${s.attachments} 个附件；文件 ${(s.bytes / 1024 / 1024).toFixed(1)} MB`);
      say('  登录会话不在备份中：恢复后所有用户需重新登录。请把备份文件与审计检查点保存在系统之外。');
      return 0;
    });
  },
};
