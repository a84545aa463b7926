import { runDeadlineScan } from '../modules/deadlines/deadlines.service';
import { openCliPlatform, using } from './open';
import { parseCliArgs, say, type CliCommand } from './command';

const USAGE = 'deadlines:scan';

/** The daily deadline scan, by hand (idempotent: only notifications that do not exist yet are created). */
export const deadlinesScanCommand: CliCommand = {
  name: 'deadlines:scan',
  usage: `${USAGE}                  立即执行一次期限扫描（隐患、挂牌督办、复产核查、月度自查、操作证），只补发尚未发出的提醒`,
  async run(args, config) {
    parseCliArgs(args, {}, USAGE);
    const p = await openCliPlatform(config, { migrate: false });
    return using(p.database, async () => {
      const r = await runDeadlineScan(p);
      const parts = Object.entries(r.byProducer).map(([k, n]) => `${k} ${n}`).join('，');
      say(`期限扫描完成：应有提醒 ${r.candidates} 条，新发出 ${r.created} 条（${parts}）`);
      return 0;
    });
  },
};
