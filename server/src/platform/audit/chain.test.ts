import { createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  type AuditChainRow,
  type AuditPayload,
  GENESIS_HMAC,
  alteredField,
  canonicalize,
  chainHmac,
  createChainVerifier,
  sealAuditEvent,
  verifyChain,
  verifyChainAsync,
} from './chain';

const KEY = randomBytes(32);

function payload(seq: number): AuditPayload {
  return {
    seq,
    occurredAt: `2026-01-0${(seq % 9) + 1}T08:00:00.000Z`,
    actorUserId: `u${seq}`,
    actorUsername: seq % 2 ? `张${seq}` : null,
    actorRole: 'regulator',
    actorOrgId: 'org-1',
    entityType: 'mine',
    entityId: `m${seq}`,
    action: 'update',
    before: seq === 1 ? null : { name: `矿${seq}`, tags: ['a', 'b'] },
    after: { name: `矿${seq}'`, nested: { z: 1, a: [1.5, true, null] } },
    requestId: `r${seq}`,
    ip: '10.0.0.1',
  };
}

/** Seal a payload and simulate reading the row back through drizzle (timestamptz → Date, jsonb round-trip). */
function row(key: Buffer, prevHmac: string, p: AuditPayload): AuditChainRow {
  const sealed = sealAuditEvent(key, prevHmac, p);
  const columns = { ...JSON.parse(JSON.stringify(p)), occurredAt: new Date(p.occurredAt), ...sealed };
  return { ...sealed, columns };
}

function buildChain(n: number, key = KEY, from: { seq: number; hmac: string } = { seq: 0, hmac: GENESIS_HMAC }): AuditChainRow[] {
  const rows: AuditChainRow[] = [];
  let prev = from.hmac;
  for (let seq = from.seq + 1; seq <= from.seq + n; seq++) {
    rows.push(row(key, prev, payload(seq)));
    prev = rows[rows.length - 1].hmac;
  }
  return rows;
}
const clone = (rows: AuditChainRow[]) => rows.map((r) => ({ ...r, columns: structuredClone(r.columns) }));

describe('canonicalize', () => {
  it('sorts keys, drops undefined members, keeps arrays in order, emits no whitespace', () => {
    expect(canonicalize({ b: 1, a: [3, undefined, { d: undefined, c: 'x' }], e: undefined })).toBe('{"a":[3,null,{"c":"x"}],"b":1}');
    expect(canonicalize([])).toBe('[]');
    expect(canonicalize({})).toBe('{}');
    expect(canonicalize('中文\n"')).toBe('"中文\\n\\""');
    expect(canonicalize(-0)).toBe('0');
    expect(canonicalize(1e21)).toBe('1e+21');
    expect(canonicalize(Object.create(null))).toBe('{}');
  });
  it('orders keys by code point, not UTF-16 unit', () => {
    // U+FF21 (Ａ) < U+1F600 (😀) by code point, though "\uD83D" < "\uFF21" by UTF-16 unit.
    expect(canonicalize({ '😀': 1, 'Ａ': 2, a: 3, '': 4 })).toBe('{"":4,"a":3,"Ａ":2,"😀":1}');
  });
  it('escapes lone surrogates deterministically', () => {
    expect(canonicalize('\uD800')).toBe('"\\ud800"');
  });
  it.each([
    ['Date', new Date(0)],
    ['NaN', NaN],
    ['Infinity', { a: Infinity }],
    ['bigint', 1n],
    ['function', { f: () => 1 }],
    ['symbol', [Symbol('s')]],
    ['Map', new Map()],
    ['Buffer', Buffer.from('x')],
    ['top-level undefined', undefined],
  ])('rejects %s', (_, v) => {
    expect(() => canonicalize(v)).toThrow(TypeError);
  });
  it('rejects cycles but allows shared references', () => {
    const a: Record<string, unknown> = {};
    a.self = a;
    expect(() => canonicalize(a)).toThrow('cycle');
    const shared = { x: 1 };
    expect(canonicalize({ p: shared, q: [shared] })).toBe('{"p":{"x":1},"q":[{"x":1}]}');
  });
  it('property: independent of key insertion order and stable through JSON round-trip', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const c = canonicalize(v);
        const reversed = JSON.parse(JSON.stringify(v), (_k, x) =>
          x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).reverse()) : x,
        );
        return canonicalize(reversed) === c && canonicalize(JSON.parse(c)) === c;
      }),
    );
  });
});

describe('chain primitives', () => {
  it('chainHmac is HMAC-SM3 over prev "\\n" canonical', () => {
    expect(chainHmac(KEY, GENESIS_HMAC, '{}')).toBe(createHmac('sm3', KEY).update(`${GENESIS_HMAC}\n{}`).digest('hex'));
    expect(GENESIS_HMAC).toMatch(/^0{64}$/);
  });
  it('sealAuditEvent hashes canonicalize(payload) and rejects Dates in the payload', () => {
    const p = payload(2);
    expect(sealAuditEvent(KEY, GENESIS_HMAC, p)).toEqual({
      seq: 2, canonical: canonicalize(p), prevHmac: GENESIS_HMAC, hmac: chainHmac(KEY, GENESIS_HMAC, canonicalize(p)),
    });
    expect(() => sealAuditEvent(KEY, GENESIS_HMAC, { ...p, occurredAt: new Date() as unknown as string })).toThrow('Date');
  });
  it('alteredField treats absent and NULL alike, Dates by ISO form, and ignores extra columns', () => {
    const p = payload(3);
    const c = JSON.parse(canonicalize(p)) as Record<string, unknown>;
    expect(alteredField(c, { ...p, occurredAt: new Date(p.occurredAt), actorOrgName: null })).toBeNull();
    expect(alteredField(c, { ...p, id: 7, hmac: 'x' } as AuditPayload)).toBeNull();
    expect(alteredField(c, { ...p, actorOrgName: '某局' })).toBe('actorOrgName'); // filled in after the fact
    expect(alteredField(c, { ...p, occurredAt: new Date(Date.parse(p.occurredAt) + 1) })).toBe('occurredAt');
    expect(alteredField({ ...c, extra: 1 }, p)).toBe('extra'); // hashed field whose column is missing
  });
});

describe('verifyChain', () => {
  const rows = buildChain(8);

  it('accepts an intact chain and reports the head', () => {
    expect(verifyChain(rows, KEY)).toEqual({ ok: true, count: 8, head: { seq: 8, hmac: rows[7].hmac } });
    expect(verifyChain([], KEY)).toEqual({ ok: true, count: 0, head: { seq: 0, hmac: GENESIS_HMAC } });
  });

  it('detects a column changed without touching the canonical text', () => {
    const t = clone(rows);
    (t[3].columns.after as { name: string }).name = '篡改';
    expect(verifyChain(t, KEY)).toEqual({ ok: false, kind: 'altered', brokenSeq: 4, reason: '第4条审计事件内容被篡改（after）' });
    const u = clone(rows);
    u[5].columns.actorUserId = 'someone-else';
    expect(verifyChain(u, KEY)).toMatchObject({ kind: 'altered', brokenSeq: 6 });
  });

  it('detects canonical + columns altered consistently with the hmac recomputed under a wrong key', () => {
    const t = clone(rows);
    t[2] = row(randomBytes(32), t[2].prevHmac, { ...payload(3), action: 'delete' });
    expect(verifyChain(t, KEY)).toMatchObject({ ok: false, kind: 'bad_mac', brokenSeq: 3 });
  });

  it('detects canonical edits without an hmac update, and non-canonical text', () => {
    const t = clone(rows);
    t[1].canonical = t[1].canonical.replace('"update"', '"delete"');
    expect(verifyChain(t, KEY)).toMatchObject({ kind: 'bad_mac', brokenSeq: 2 });
    const u = clone(rows);
    u[1].canonical = `${u[1].canonical} `;
    expect(verifyChain(u, KEY)).toMatchObject({ kind: 'altered', brokenSeq: 2 });
    const w = clone(rows);
    w[1].canonical = '{not json';
    expect(verifyChain(w, KEY)).toMatchObject({ kind: 'altered', brokenSeq: 2 });
    const h = clone(rows);
    h[1].hmac = h[1].hmac.toUpperCase();
    expect(verifyChain(h, KEY)).toMatchObject({ kind: 'bad_mac', brokenSeq: 2 });
  });

  it('detects a removed middle row (and a removed range)', () => {
    expect(verifyChain([...rows.slice(0, 4), ...rows.slice(5)], KEY)).toEqual({
      ok: false, kind: 'missing', brokenSeq: 5, reason: '第5条审计事件缺失',
    });
    expect(verifyChain([...rows.slice(0, 2), ...rows.slice(5)], KEY)).toMatchObject({ kind: 'missing', brokenSeq: 3, reason: '第3至5条审计事件缺失' });
    expect(verifyChain(rows.slice(1), KEY)).toMatchObject({ kind: 'missing', brokenSeq: 1 });
    // A gap just before the end is classified at finish().
    expect(verifyChain([...rows.slice(0, 6), rows[7]], KEY)).toMatchObject({ kind: 'missing', brokenSeq: 7 });
  });

  it('detects rows removed at the end only against a checkpoint', () => {
    const checkpoint = { seq: 8, hmac: rows[7].hmac };
    expect(verifyChain(rows, KEY, { checkpoint })).toMatchObject({ ok: true });
    expect(verifyChain(rows.slice(0, 6), KEY)).toMatchObject({ ok: true, count: 6 });
    expect(verifyChain(rows.slice(0, 6), KEY, { checkpoint })).toEqual({
      ok: false, kind: 'truncated', brokenSeq: 7, reason: '审计链在第6条之后被截断（检查点为第8条）',
    });
    expect(verifyChain([], KEY, { checkpoint })).toMatchObject({ kind: 'truncated', brokenSeq: 1 });
    // An older checkpoint must still match; rows after it are fine.
    expect(verifyChain(rows, KEY, { checkpoint: { seq: 5, hmac: rows[4].hmac } })).toMatchObject({ ok: true });
  });

  it('detects a chain rebuilt with the key that no longer matches the checkpoint', () => {
    // Only a key holder can do this; the externally kept checkpoint still exposes it.
    const t = clone(rows).slice(0, 4);
    t[3] = row(KEY, t[3].prevHmac, { ...payload(4), action: 'view' });
    expect(verifyChain(t, KEY, { checkpoint: { seq: 4, hmac: rows[3].hmac } })).toMatchObject({ kind: 'altered', brokenSeq: 4 });
  });

  it('detects two swapped rows', () => {
    const swapped = [...rows];
    [swapped[3], swapped[4]] = [swapped[4], swapped[3]];
    expect(verifyChain(swapped, KEY)).toMatchObject({ ok: false, kind: 'reordered', brokenSeq: 4 });
    const far = [...rows];
    [far[1], far[5]] = [far[5], far[1]];
    expect(verifyChain(far, KEY)).toMatchObject({ kind: 'reordered', brokenSeq: 2 });
    expect(verifyChain([...rows.slice(0, 3), rows[2], ...rows.slice(3)], KEY)).toMatchObject({ kind: 'reordered', reason: '第3条审计事件重复出现' });
  });

  it('detects swapped contents when the seq column stays in place', () => {
    const t = clone(rows);
    const [a, b] = [t[3], t[4]];
    t[3] = { ...b, seq: 4, columns: { ...b.columns, seq: 4 } };
    t[4] = { ...a, seq: 5, columns: { ...a.columns, seq: 5 } };
    expect(verifyChain(t, KEY)).toMatchObject({ kind: 'reordered', brokenSeq: 4, reason: '第4条位置上的审计事件实为第5条，顺序被调换' });
  });

  it('detects a whole chain recomputed with another key', () => {
    expect(verifyChain(buildChain(8, randomBytes(32)), KEY)).toMatchObject({ ok: false, kind: 'bad_mac', brokenSeq: 1 });
  });

  it('detects a broken prevHmac link between individually valid rows', () => {
    const other = buildChain(8, KEY, { seq: 0, hmac: 'f'.repeat(64) }); // same key, different chain
    expect(verifyChain([...rows.slice(0, 4), ...other.slice(4)], KEY)).toMatchObject({ kind: 'altered', brokenSeq: 5 });
  });

  it('continues from startAfter (incremental verification)', () => {
    const head = { seq: 4, hmac: rows[3].hmac };
    expect(verifyChain(rows.slice(4), KEY, { startAfter: head })).toEqual({ ok: true, count: 4, head: { seq: 8, hmac: rows[7].hmac } });
    expect(verifyChain(rows.slice(5), KEY, { startAfter: head })).toMatchObject({ kind: 'missing', brokenSeq: 5 });
    expect(verifyChain(rows.slice(4), KEY, { startAfter: { seq: 4, hmac: 'a'.repeat(64) } })).toMatchObject({ kind: 'altered', brokenSeq: 5 });
    expect(verifyChain([], KEY, { startAfter: head, checkpoint: { seq: 4, hmac: rows[0].hmac } })).toMatchObject({ kind: 'altered', brokenSeq: 4 });
    expect(verifyChain(rows.slice(4), KEY, { startAfter: head, checkpoint: { seq: 2, hmac: 'x' } })).toMatchObject({ ok: true });
  });

  it('streams page by page and via async iterables', async () => {
    const v = createChainVerifier(KEY);
    for (let i = 0; i < rows.length; i += 3) for (const r of rows.slice(i, i + 3)) expect(v.push(r)).toBe(true);
    expect(v.finish()).toMatchObject({ ok: true, count: 8 });
    expect(() => v.push(rows[0])).toThrow('finished');

    async function* pages(src: AuditChainRow[]) {
      for (const r of src) yield r;
    }
    expect(await verifyChainAsync(pages(rows), KEY)).toMatchObject({ ok: true, count: 8 });
    expect(await verifyChainAsync(pages(rows.slice(0, 7)), KEY, { checkpoint: { seq: 8, hmac: rows[7].hmac } })).toMatchObject({ kind: 'truncated' });
  });

  it('push returns false after a failure so callers can stop paging', () => {
    const v = createChainVerifier(KEY);
    const t = clone(rows);
    t[1].columns.ip = '1.2.3.4';
    expect(v.push(t[0])).toBe(true);
    expect(v.push(t[1])).toBe(false);
    expect(v.push(t[2])).toBe(false);
    expect(v.finish()).toMatchObject({ kind: 'altered', brokenSeq: 2 });
  });

  it('rejects non-integer seq values', () => {
    expect(verifyChain([{ ...rows[0], seq: 1.5 }], KEY)).toMatchObject({ kind: 'altered', brokenSeq: null });
  });

  it('property: any single-row column change is detected at that row', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 7 }), fc.constantFrom('actorRole', 'entityId', 'requestId', 'ip', 'occurredAt'), fc.string(), (i, field, value) => {
        const t = clone(rows);
        fc.pre((t[i].columns as unknown as Record<string, unknown>)[field] !== value);
        (t[i].columns as unknown as Record<string, unknown>)[field] = value;
        const r = verifyChain(t, KEY);
        return !r.ok && r.kind === 'altered' && r.brokenSeq === i + 1;
      }),
    );
  });
});
