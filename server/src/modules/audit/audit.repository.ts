import { asc, desc, eq, getTableColumns, gt, gte, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { auditChainHead, auditEvents } from '../../platform/db/schema';
import { allOf, cappedCount } from '../../platform/db/paging';
import type { TimeRange } from './audit.time';

export interface AuditFilter extends TimeRange {
  entityType?: string;
  entityId?: string;
  /** a user id, or the username recorded on the event */
  actor?: string;
  action?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function actorCondition(actor: string): SQL {
  const byName = sql`lower(${auditEvents.actorUsername}) = lower(${actor})`;
  return UUID.test(actor) ? or(eq(auditEvents.actorUserId, actor), byName)! : byName;
}

function filterWhere(f: AuditFilter): SQL | undefined {
  return allOf(
    f.entityType ? eq(auditEvents.entityType, f.entityType) : undefined,
    f.entityId ? eq(auditEvents.entityId, f.entityId) : undefined,
    f.actor ? actorCondition(f.actor) : undefined,
    f.action ? eq(auditEvents.action, f.action) : undefined,
    f.gte ? gte(auditEvents.occurredAt, f.gte) : undefined,
    f.lt ? lt(auditEvents.occurredAt, f.lt) : undefined,
    f.lte ? lte(auditEvents.occurredAt, f.lte) : undefined,
  );
}

// The hash-chain columns stay in the database: the list shows what happened, verification checks it.
const { canonical: _c, prevHmac: _p, hmac: _h, ...listed } = getTableColumns(auditEvents);
export type AuditChainPageRow = typeof auditEvents.$inferSelect;
export type AuditListRow = Omit<AuditChainPageRow, 'canonical' | 'prevHmac' | 'hmac'>;

/** Newest first; the cursor is the last seq shown (keyset paging, no OFFSET). */
export async function listAuditEvents(db: Executor, f: AuditFilter, limit: number, beforeSeq?: number) {
  const [rows, counted] = await Promise.all([
    db.select(listed).from(auditEvents)
      .where(allOf(filterWhere(f), beforeSeq === undefined ? undefined : lt(auditEvents.seq, beforeSeq)))
      .orderBy(desc(auditEvents.seq)).limit(limit + 1),
    cappedCount(db, sql`${auditEvents}`, filterWhere(f)),
  ]);
  return { rows: rows as AuditListRow[], ...counted };
}

/**
 * One page of the chain in ascending seq order. The first page has no lower bound, so rows whose
 * seq was rewritten to zero or below are still seen (and reported) rather than skipped.
 */
export async function chainPage(db: Executor, afterSeq: number | null, size: number): Promise<AuditChainPageRow[]> {
  return db.select().from(auditEvents)
    .where(afterSeq === null ? undefined : gt(auditEvents.seq, afterSeq))
    .orderBy(asc(auditEvents.seq)).limit(size);
}

/** The writers' chain head: the last sealed event (seq 0 and the genesis hmac when empty). */
export async function chainHead(db: Executor): Promise<{ seq: number; hmac: string }> {
  const [row] = await db.select({ seq: auditChainHead.seq, hmac: auditChainHead.hmac }).from(auditChainHead).where(eq(auditChainHead.id, 1));
  if (!row) throw new Error('audit chain head missing');
  return row;
}
