import { grantAppRole } from '../platform/db/grants';
import { openCliDatabase, using } from './open';
import { CliError, say, type CliCommand } from './command';

const USAGE = 'db:grant 角色名                 为应用的 PostgreSQL 角色授权（审计表只读与追加）';

/** Runs as the schema owner (DATABASE_ADMIN_URL, else DATABASE_URL). Re-run after every migrate. */
export const dbGrantCommand: CliCommand = {
  name: 'db:grant',
  usage: USAGE,
  async run(args, config) {
    const [role, ...extra] = args;
    if (!role || extra.length) throw new CliError(`用法：${USAGE}`);
    if (config.database.kind !== 'postgres') throw new CliError('嵌入式数据库（PGlite）没有角色和权限，无需授权；此命令仅用于 PostgreSQL');
    return using(await openCliDatabase(config, { admin: true }), async (database) => {
      const s = await grantAppRole(database, role);
      say(`已为角色 ${s.role} 授权：${s.tables} 张表；${s.restricted.join('、')} 仅限读取与追加/更新链头；${s.readOnly.join('、') || '无'} 只读`);
      say('每次执行 migrate 之后请再执行一次本命令。');
      return 0;
    });
  },
};
