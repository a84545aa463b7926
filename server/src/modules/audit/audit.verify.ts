import type { z } from 'zod';
import type { auditVerifyOut } from '@contracts/admin';
import { createChainVerifier, type ChainHead } from '../../platform/audit/chain';
import type { Executor } from '../../platform/db/client';
import { chainPage } from './audit.repository';

export type AuditVerifyOut = z.infer<typeof auditVerifyOut>;

export const VERIFY_PAGE_SIZE = 5_000;

/**
 * Verifies the whole audit chain, streaming it in pages ordered by seq (memory stays flat at
 * millions of rows). With a checkpoint kept outside the system, rows removed from the end are
 * caught too. Used by POST /api/audit/verify, `npm run cli -- audit:verify` and restore.
 */
export async function verifyAuditChain(
  db: Executor, key: Buffer, checkpoint?: ChainHead, opts: { pageSize?: number } = {},
): Promise<AuditVerifyOut> {
  const size = opts.pageSize ?? VERIFY_PAGE_SIZE;
  const verifier = createChainVerifier(key, { checkpoint });
  let after: number | null = null;
  paging: for (;;) {
    const rows = await chainPage(db, after, size);
    for (const r of rows) {
      if (!verifier.push({ seq: r.seq, canonical: r.canonical, prevHmac: r.prevHmac, hmac: r.hmac, columns: r })) break paging;
    }
    if (rows.length < size) break;
    after = rows[rows.length - 1]!.seq;
  }
  const result = verifier.finish();
  return result.ok
    ? { ok: true, count: result.count, head: result.head, brokenSeq: null, kind: null, reason: null }
    : { ok: false, count: 0, head: null, brokenSeq: result.brokenSeq, kind: result.kind, reason: result.reason };
}
