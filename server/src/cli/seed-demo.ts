import { seedIfEmpty } from '../modules/demo/demo.seed';
import { openCliPlatform, using } from './open';
import { CliError, say, type CliCommand } from './command';

export const seedDemoCommand: CliCommand = {
  name: 'seed-demo',
  usage: 'seed-demo                       向空数据库写入演示数据（生产模式拒绝）',
  async run(_args, config) {
    if (config.production) throw new CliError('生产模式不允许写入演示数据');
    const p = await openCliPlatform(config, { migrate: true });
    return using(p.database, async () => {
      const seeded = await seedIfEmpty(p);
      if (!seeded) {
        say('数据库中已有用户或企业，未写入演示数据');
        return 1;
      }
      say(`演示数据已写入：${seeded.enterprises} 家企业，${seeded.mines} 个监管对象，${seeded.users} 个用户`);
      return 0;
    });
  },
};
