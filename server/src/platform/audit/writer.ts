import { queryRows } from '../db/client';
import { sql } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { auditEvents } from '../db/schema';
import { canonicalize, chainHmac, type AuditPayload } from './chain';

/** What a service records; who/when/where come from the request context. */
export interface AuditEntry {
  entityType: string;
  entityId: string | null;
  action: string;
  before?: unknown;
  after?: unknown;
}

export interface AuditContext {
  actorUserId: string | null;
  actorUsername: string | null;
  actorRole: string | null;
  actorOrgId: string | null;
  requestId: string | null;
  ip: string | null;
}

/**
 * Append events to the chain. Call it as the LAST statement of a transaction: it locks the
 * chain head, so the lock is held only from here to commit and writers do not queue behind
 * each other's business work.
 */
export async function appendAuditEvents(tx: Tx, key: Buffer, ctx: AuditContext, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const head = await queryRows<{ seq: string; hmac: string }>(tx, 
    sql`SELECT seq::text AS seq, hmac FROM audit_chain_head WHERE id = 1 FOR UPDATE`,
  );
  const row = head[0];
  if (!row) throw new Error('audit chain head missing');
  let seq = Number(row.seq);
  let prev = row.hmac;
  const occurredAt = new Date().toISOString();
  const values = entries.map((e) => {
    seq += 1;
    const payload: AuditPayload = {
      seq, occurredAt,
      actorUserId: ctx.actorUserId, actorUsername: ctx.actorUsername, actorRole: ctx.actorRole, actorOrgId: ctx.actorOrgId,
      entityType: e.entityType, entityId: e.entityId, action: e.action,
      before: toJson(e.before), after: toJson(e.after),
      requestId: ctx.requestId, ip: ctx.ip,
    };
    const canonical = canonicalize(payload);
    const hmac = chainHmac(key, prev, canonical);
    const v = { ...payload, canonical, prevHmac: prev, hmac, occurredAt: new Date(occurredAt) };
    prev = hmac;
    return v;
  });
  // In slices: one statement for thousands of rows overflows the query builder's stack (an import or a scan).
  for (let i = 0; i < values.length; i += 500) await tx.insert(auditEvents).values(values.slice(i, i + 500));
  await tx.execute(sql`UPDATE audit_chain_head SET seq = ${seq}, hmac = ${prev} WHERE id = 1`);
}

/** Snapshots as plain JSON (Dates → ISO strings), exactly as they will be stored and hashed. */
const toJson = (v: unknown) => (v === undefined || v === null ? null : JSON.parse(JSON.stringify(v)));
