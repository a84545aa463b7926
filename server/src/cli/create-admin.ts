import { ADMIN_ROLES, ROLES, type Role } from '@contracts/access';
import { userInput } from '@contracts/admin';
import { passwordProblem } from '../platform/auth/password';
import { temporaryPassword } from '../modules/users/temporary-password';
import { createAdminAccount } from './admin-account';
import { openCliPlatform, using } from './open';
import { CliError, parseCliArgs, say, type CliCommand } from './command';

const USAGE = 'create-admin --username 用户名 [--password 密码] --role system_admin|security_admin|audit_admin';

/** 三员: one of the three separate administrator roles, for a city-level account. */
export const createAdminCommand: CliCommand = {
  name: 'create-admin',
  usage: `${USAGE}\n                                  创建市级管理员账号（不给密码则生成一次性显示的临时密码）`,
  async run(args, config) {
    const { values } = parseCliArgs(args, { username: { type: 'string' }, password: { type: 'string' }, role: { type: 'string' } }, USAGE);
    const username = values.username ?? '';
    const role = values.role as Role;
    const nameCheck = userInput.shape.username.safeParse(username);
    if (!nameCheck.success) throw new CliError(`用户名无效：${nameCheck.error.issues[0]!.message}\n用法：${USAGE}`);
    if (!ADMIN_ROLES.includes(role)) throw new CliError(`角色须为 ${ADMIN_ROLES.join('、')} 之一\n用法：${USAGE}`);
    const problem = values.password === undefined ? null : passwordProblem(values.password, username);
    if (problem) throw new CliError(`密码不符合要求：${problem}`);
    const password = values.password ?? temporaryPassword(username);

    const p = await openCliPlatform(config, { migrate: true });
    return using(p.database, async () => {
      const r = await createAdminAccount(p, { username, password, role });
      if (!r.created) {
        const same = r.roles.includes(role);
        say(`用户 ${username} 已存在（角色：${r.roles.join('、')}），未做任何修改${same ? '' : '；如需调整角色请在系统中操作'}`);
        return same ? 0 : 1;
      }
      say(`已创建${ROLES[role].label} ${username}（${r.agencyName}${r.agencyCreated ? '，部门为新建' : ''}），首次登录须修改密码。`);
      if (values.password === undefined) say(`临时密码（只显示这一次，请妥善转交）：${password}`);
      return 0;
    });
  },
};
