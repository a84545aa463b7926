// Tamper-evident audit chain (pure part; storage is done elsewhere).
// Each event stores `canonical` (canonical JSON of its payload), `prevHmac` and
// `hmac = HMAC-SM3(key, prevHmac + "\n" + canonical)`. Editing, deleting or reordering rows, or
// rebuilding the chain without the key, breaks the chain; trailing deletions are caught by
// comparing with an externally kept checkpoint {seq, hmac}.
import { createHmac } from 'node:crypto';
import { canonicalize } from './canonical';

export { canonicalize, compareCodePoints } from './canonical';

export const GENESIS_HMAC = '0'.repeat(64);
const HEX64 = /^[0-9a-f]{64}$/;

export interface AuditPayload {
  seq: number;
  /** ISO-8601 string exactly as hashed (a Date here is rejected, see canonicalize). */
  occurredAt: string;
  actorUserId: string | null;
  actorUsername?: string | null;
  actorRole: string | null;
  actorOrgId: string | null;
  actorOrgName?: string | null;
  entityType: string;
  entityId: string | null;
  action: string;
  before: unknown;
  after: unknown;
  requestId: string | null;
  ip: string | null;
}

/**
 * Columns as read back from the database: `occurredAt` may be the Date of a timestamptz column.
 * Extra properties (canonical, hmac, …) are ignored.
 */
export type AuditRowColumns = Omit<AuditPayload, 'occurredAt'> & { occurredAt: string | Date };

const PAYLOAD_KEYS = [
  'seq', 'occurredAt', 'actorUserId', 'actorUsername', 'actorRole', 'actorOrgId', 'actorOrgName',
  'entityType', 'entityId', 'action', 'before', 'after', 'requestId', 'ip',
] as const satisfies readonly (keyof AuditPayload)[];

// Absent and NULL are the same thing once stored (an omitted optional field reads back as NULL),
// and a timestamptz reads back as a Date whose ISO form is what was hashed.
const columnText = (v: unknown) => canonicalize(v === undefined ? null : v instanceof Date ? v.toISOString() : v);

/**
 * Name of the first payload field whose column value differs from the authenticated canonical
 * text, or null. Compares every field in the canonical text plus every AuditPayload field.
 */
export function alteredField(canonicalObject: Record<string, unknown>, columns: AuditRowColumns): string | null {
  const cols = columns as unknown as Record<string, unknown>;
  const keys = new Set<string>([...Object.keys(canonicalObject), ...PAYLOAD_KEYS]);
  for (const k of keys) if (columnText(canonicalObject[k]) !== columnText(cols[k])) return k;
  return null;
}

export function chainHmac(key: Buffer, prevHmac: string, canonical: string): string {
  return createHmac('sm3', key).update(`${prevHmac}\n${canonical}`, 'utf8').digest('hex');
}

/** Everything the writer needs to insert after the row whose hmac is `prevHmac` (GENESIS_HMAC first). */
export function sealAuditEvent(key: Buffer, prevHmac: string, payload: AuditPayload) {
  const canonical = canonicalize(payload);
  return { seq: payload.seq, canonical, prevHmac, hmac: chainHmac(key, prevHmac, canonical) };
}

export interface AuditChainRow {
  seq: number;
  canonical: string;
  prevHmac: string;
  hmac: string;
  columns: AuditRowColumns;
}
export type ChainHead = { seq: number; hmac: string };
export type ChainFailureKind = 'altered' | 'missing' | 'reordered' | 'bad_mac' | 'truncated';
export type ChainFailure = { ok: false; brokenSeq: number | null; reason: string; kind: ChainFailureKind };
export type ChainVerifyResult = { ok: true; count: number; head: ChainHead } | ChainFailure;
export interface ChainVerifyOptions {
  /** Continue from an already verified head instead of genesis (incremental verification). */
  startAfter?: ChainHead;
  /** Externally stored head; must appear in the chain unchanged. Ignored if it lies before startAfter. */
  checkpoint?: ChainHead;
}
export interface ChainVerifier {
  /** Feed rows in ascending seq order; returns false once the chain is known broken (stop paging). */
  push(row: AuditChainRow): boolean;
  finish(): ChainVerifyResult;
}

const fail = (kind: ChainFailureKind, brokenSeq: number | null, reason: string): ChainFailure => ({ ok: false, kind, brokenSeq, reason });
const missing = (from: number, to: number) =>
  fail('missing', from, from === to ? `第${from}条审计事件缺失` : `第${from}至${to}条审计事件缺失`);

/** Streaming verifier: O(1) memory, so millions of rows can be fed page by page. */
export function createChainVerifier(key: Buffer, opts: ChainVerifyOptions = {}): ChainVerifier {
  let prev: ChainHead = opts.startAfter ?? { seq: 0, hmac: GENESIS_HMAC };
  let count = 0;
  let failure: ChainFailure | null = null;
  // A seq gap is only classified on the next row: the "missing" row may just come later (reordered).
  let pending: { expected: number; gapSeq: number } | null = null;
  const cp = opts.checkpoint;
  let checkpointSeen = !cp || cp.seq < prev.seq;
  if (cp && cp.seq === prev.seq) {
    checkpointSeen = true;
    if (cp.hmac !== prev.hmac) failure = fail('altered', cp.seq, `第${cp.seq}条审计事件与检查点不一致，审计链已被重写`);
  }
  let finished = false;

  function check(row: AuditChainRow): ChainFailure | null {
    const n = row.seq;
    let parsed: unknown;
    try {
      parsed = JSON.parse(row.canonical);
    } catch {
      return fail('altered', n, `第${n}条审计事件的规范化内容无法解析，内容被篡改`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || canonicalize(parsed) !== row.canonical) {
      return fail('altered', n, `第${n}条审计事件的规范化内容格式无效，内容被篡改`);
    }
    if (!HEX64.test(row.hmac) || chainHmac(key, row.prevHmac, row.canonical) !== row.hmac) {
      return fail('bad_mac', n, `第${n}条审计事件校验码不匹配（内容被篡改或以其他密钥重算）`);
    }
    // From here the canonical text is authentic (only the key holder could have produced it).
    const claimed = (parsed as { seq?: unknown }).seq;
    if (claimed !== n) return fail('reordered', n, `第${n}条位置上的审计事件实为第${String(claimed)}条，顺序被调换`);
    if (row.prevHmac !== prev.hmac) return fail('altered', n, `第${n}条审计事件与前一条（第${prev.seq}条）的链接不一致`);
    const field = alteredField(parsed as Record<string, unknown>, row.columns);
    if (field) return fail('altered', n, `第${n}条审计事件内容被篡改（${field}）`);
    if (cp && n === cp.seq) {
      if (row.hmac !== cp.hmac) return fail('altered', n, `第${n}条审计事件与检查点不一致，审计链已被重写`);
      checkpointSeen = true;
    }
    return null;
  }

  return {
    push(row) {
      if (finished) throw new Error('chain verifier already finished');
      if (failure) return false;
      if (pending) {
        const { expected, gapSeq } = pending;
        failure =
          row.seq >= expected && row.seq < gapSeq
            ? fail('reordered', expected, `第${expected}条与第${gapSeq}条之间的审计事件顺序被调换`)
            : missing(expected, gapSeq - 1);
        return false;
      }
      const expected = prev.seq + 1;
      if (!Number.isSafeInteger(row.seq)) failure = fail('altered', null, `第${expected}条附近的审计事件序号无效`);
      else if (row.seq > expected) pending = { expected, gapSeq: row.seq };
      else if (row.seq < expected) {
        failure = fail('reordered', row.seq, row.seq === prev.seq ? `第${row.seq}条审计事件重复出现` : `第${row.seq}条审计事件出现在第${prev.seq}条之后，顺序被调换`);
      } else {
        failure = check(row);
        if (!failure) {
          prev = { seq: row.seq, hmac: row.hmac };
          count++;
        }
      }
      return failure === null;
    },
    finish() {
      finished = true;
      if (failure) return failure;
      if (pending) return (failure = missing(pending.expected, pending.gapSeq - 1));
      if (cp && !checkpointSeen) {
        const reason = prev.seq === 0 ? `审计链为空，但检查点为第${cp.seq}条` : `审计链在第${prev.seq}条之后被截断（检查点为第${cp.seq}条）`;
        return (failure = fail('truncated', prev.seq + 1, reason));
      }
      return { ok: true, count, head: { ...prev } };
    },
  };
}

export function verifyChain(rows: Iterable<AuditChainRow>, key: Buffer, opts: ChainVerifyOptions = {}): ChainVerifyResult {
  const v = createChainVerifier(key, opts);
  for (const row of rows) if (!v.push(row)) break;
  return v.finish();
}

export async function verifyChainAsync(
  rows: AsyncIterable<AuditChainRow> | Iterable<AuditChainRow>,
  key: Buffer,
  opts: ChainVerifyOptions = {},
): Promise<ChainVerifyResult> {
  const v = createChainVerifier(key, opts);
  for await (const row of rows) if (!v.push(row)) break;
  return v.finish();
}
