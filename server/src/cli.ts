import { ConfigError, loadConfig } from './config';
import { DataDirBusyError } from './platform/db/dir-lock';
import { BackupError } from './platform/backup/errors';
import { GrantError } from './platform/db/grants';
import { AppError } from './platform/errors';
import { CliError, type CliCommand } from './cli/command';
import { migrateCommand } from './cli/migrate';
import { createAdminCommand } from './cli/create-admin';
import { seedDemoCommand } from './cli/seed-demo';
import { backupCommand } from './cli/backup';
import { restoreCommand } from './cli/restore';
import { auditVerifyCommand } from './cli/audit-verify';
import { dbGrantCommand } from './cli/db-grant';
import { deadlinesScanCommand } from './cli/deadlines-scan';

/** `npm run cli -- <command>`: operations that run beside (or instead of) the server. */
const COMMANDS: CliCommand[] = [
  migrateCommand, createAdminCommand, seedDemoCommand, backupCommand, restoreCommand, auditVerifyCommand, dbGrantCommand,
  deadlinesScanCommand,
];

function usage(): string {
  return ['用法：npm run cli -- <命令> [参数]', '', '命令：', ...COMMANDS.map((c) => `  ${c.usage}`), '',
    '配置取自环境变量（见 docs/operations.md）。使用嵌入式数据库时须先停止服务器。'].join('\n');
}

/** Refusals the operator can act on: their message only, no stack trace. */
const EXPECTED = [CliError, ConfigError, DataDirBusyError, BackupError, GrantError, AppError];

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    console.log(usage());
    return name ? 0 : 1;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    console.error(`未知命令：${name}\n\n${usage()}`);
    return 1;
  }
  return command.run(args, loadConfig());
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(EXPECTED.some((E) => err instanceof E) ? (err as Error).message : `执行失败：${(err as Error)?.stack ?? String(err)}`);
    process.exit(1);
  },
);
