import fs from 'node:fs';
import { auditVerifyInput } from '@contracts/admin';
import { verifyAuditChain } from '../modules/audit/audit.verify';
import { openCliPlatform, using } from './open';
import { CliError, parseCliArgs, say, type CliCommand } from './command';

const USAGE = 'audit:verify [--checkpoint 检查点.json]';
const checkpointSchema = auditVerifyInput.shape.checkpoint.unwrap();

function readCheckpoint(file: string) {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    throw new CliError(`无法读取检查点文件 ${file}（应为系统导出的 audit-checkpoint-<序号>.json）`);
  }
  const parsed = checkpointSchema.safeParse(json);
  if (!parsed.success) throw new CliError(`检查点文件 ${file} 格式无效：应包含 seq 与 hmac`);
  return parsed.data;
}

/** Exit code 0 when the chain verifies, 2 when it is broken (first broken seq and reason printed). */
export const auditVerifyCommand: CliCommand = {
  name: 'audit:verify',
  usage: `${USAGE}\n                                  校验审计链（退出码 0 完整，2 已损坏）`,
  async run(args, config) {
    const { values } = parseCliArgs(args, { checkpoint: { type: 'string' } }, USAGE);
    const checkpoint = values.checkpoint ? readCheckpoint(values.checkpoint) : undefined;
    const p = await openCliPlatform(config, { migrate: false });
    return using(p.database, async () => {
      const r = await verifyAuditChain(p.database.db, p.auditKey, checkpoint);
      if (r.ok) {
        say(`审计链完整：共 ${r.count} 条，链头为第 ${r.head!.seq} 条（${r.head!.hmac}）${checkpoint ? `，与检查点第 ${checkpoint.seq} 条一致` : ''}`);
        return 0;
      }
      say(`审计链已损坏：第 ${r.brokenSeq ?? '?'} 条（${r.kind}）— ${r.reason}`);
      return 2;
    });
  },
};
