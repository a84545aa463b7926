import type { z } from 'zod';
import type { auditCheckpointOut, auditListQuery, auditVerifyInput } from '@contracts/admin';
import type { Actor } from '../../platform/access/actor';
import type { Platform } from '../../platform/context';
import { decodeCursor, encodeCursor } from '../../platform/db/paging';
import { AppError } from '../../platform/errors';
import { assertAuditAccess } from './audit.policy';
import { parseTimeRange } from './audit.time';
import { presentAuditEvent } from './audit.presenter';
import { verifyAuditChain, type AuditVerifyOut } from './audit.verify';
import * as repo from './audit.repository';

type AuditListQuery = z.infer<typeof auditListQuery>;

export async function listAudit(p: Platform, actor: Actor, q: AuditListQuery) {
  assertAuditAccess(actor, 'audit.read');
  const range = parseTimeRange(q.from, q.to);
  const beforeSeq = q.cursor ? seqFromCursor(q.cursor) : undefined;
  const r = await repo.listAuditEvents(p.database.db, {
    entityType: q.entityType, entityId: q.entityId, actor: q.actor, action: q.action, ...range,
  }, q.limit, beforeSeq);
  const hasMore = r.rows.length > q.limit;
  const items = (hasMore ? r.rows.slice(0, q.limit) : r.rows).map(presentAuditEvent);
  const last = items[items.length - 1];
  return { items, nextCursor: hasMore && last ? encodeCursor(last.seq, String(last.seq)) : null, total: r.total, totalCapped: r.totalCapped };
}

function seqFromCursor(cursor: string): number {
  const [value] = decodeCursor(cursor);
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw new AppError('VALIDATION', '分页游标无效', { cursor: '分页游标无效' });
  return value;
}

/** Read-only: verifying changes nothing, so it is not itself an audit event. */
export async function verifyAudit(p: Platform, actor: Actor, input: z.infer<typeof auditVerifyInput>): Promise<AuditVerifyOut> {
  assertAuditAccess(actor, 'audit.verify');
  return verifyAuditChain(p.database.db, p.auditKey, input.checkpoint);
}

/**
 * The current chain head, to be kept outside the system: a later verification against it
 * detects rows removed from the end, which the chain alone cannot. Reading it changes nothing.
 */
export async function auditCheckpoint(p: Platform, actor: Actor): Promise<z.infer<typeof auditCheckpointOut>> {
  assertAuditAccess(actor, 'audit.verify');
  const head = await repo.chainHead(p.database.db);
  return { seq: head.seq, hmac: head.hmac, exportedAt: new Date().toISOString() };
}
