import type { Config } from '../config';
import type { Database, Tx } from './db/client';
import type { Actor } from './access/actor';
import { appendAuditEvents, type AuditEntry } from './audit/writer';
import type { FieldCipher } from './crypto/field-cipher';

/** Everything services need from the platform, built once at boot (see app.ts). */
export interface Platform {
  config: Config;
  database: Database;
  cipher: FieldCipher;
  blindIndexKey: Buffer;
  auditKey: Buffer;
}

/** Per-request context: who, which request, from where. */
export interface RequestCtx {
  requestId: string;
  ip: string;
  actor: Actor | null;
}

export type Audit = (entry: AuditEntry) => void;

/**
 * Every state change runs here: one transaction, business writes first, then the audit
 * events appended last (the chain lock is held only from there to commit).
 */
export async function writeTx<T>(p: Platform, ctx: RequestCtx, fn: (tx: Tx, audit: Audit) => Promise<T>): Promise<T> {
  return p.database.db.transaction(async (tx) => {
    const pending: AuditEntry[] = [];
    const result = await fn(tx as Tx, (e) => pending.push(e));
    const a = ctx.actor;
    await appendAuditEvents(tx as Tx, p.auditKey, {
      actorUserId: a?.userId ?? null,
      actorUsername: a ? (a.kind === 'token' ? `token:${a.tokenId}` : a.username) : null,
      actorRole: a ? a.roles.join(',') : null,
      actorOrgId: a?.orgId ?? null,
      requestId: ctx.requestId,
      ip: ctx.ip,
    }, pending);
    return result;
  });
}
