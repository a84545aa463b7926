import { alteredField, canonicalize, chainHmac, GENESIS_HMAC } from '../../platform/audit/chain';
import type { AuditRow } from './responsibility.repository';

/**
 * A cheap check of the listed audit rows only (not the whole chain): each row's canonical form and
 * HMAC, that its columns match what was sealed, and its link to the row before it. A broken row
 * elsewhere in the chain is the full verification's job (审计日志 → 校验审计链).
 */
export const CHAIN_NOTE = '仅校验所列审计事件本身及其与前一条事件的链接；完整的审计链校验由审计管理员执行';

/** seq → the reason the row fails, or null when it checks out. */
export function checkListedRows(key: Buffer, rows: AuditRow[], previousHmac: Map<number, string>): Map<number, string | null> {
  const out = new Map<number, string | null>();
  for (const r of rows) out.set(r.seq, failure(key, r, previousHmac));
  return out;
}

function failure(key: Buffer, r: AuditRow, previousHmac: Map<number, string>): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(r.canonical);
  } catch {
    return '规范化内容无法解析';
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || canonicalize(parsed) !== r.canonical) return '规范化内容格式无效';
  if (chainHmac(key, r.prevHmac, r.canonical) !== r.hmac) return '校验码不匹配';
  if ((parsed as { seq?: unknown }).seq !== r.seq) return '序号与签名内容不一致';
  const field = alteredField(parsed as Record<string, unknown>, r);
  if (field) return `内容被篡改（${field}）`;
  const prev = r.seq === 1 ? GENESIS_HMAC : previousHmac.get(r.seq - 1);
  if (prev === undefined) return '前一条审计事件缺失';
  if (prev !== r.prevHmac) return '与前一条审计事件的链接不一致';
  return null;
}
