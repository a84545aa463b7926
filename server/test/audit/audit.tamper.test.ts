import { afterAll, describe, expect, it, vi } from 'vitest';
import { chainHmac, GENESIS_HMAC } from '../../src/platform/audit/chain';
import { verifyAuditChain } from '../../src/modules/audit/audit.verify';
import { databaseKinds } from '../harness';
import { AUDIT_KEY, ScratchDatabases } from './isolated';
import { chainFixture, tamper, type ChainFixture } from './chain-fixture';

// Every case builds its own database and chain (a PGlite copy or a scratch PostgreSQL database).
vi.setConfig({ testTimeout: 180_000 });

/**
 * Tampering with the stored chain as a superuser would, each case on its own copy of the data
 * (a scratch PostgreSQL database or a fresh PGlite), detected by POST /api/audit/verify.
 */
describe.each(databaseKinds())('audit chain tampering on %s', (kind) => {
  const scratch = new ScratchDatabases('mine_tamper');
  afterAll(() => scratch.dispose());

  async function withChain(fn: (f: ChainFixture) => Promise<void>) {
    const f = await chainFixture(scratch, kind);
    try {
      await fn(f);
    } finally {
      await f.close();
    }
  }
  const verify = async (f: ChainFixture, checkpoint?: unknown) => {
    const res = await f.auditor.post('/api/audit/verify', checkpoint ? { checkpoint } : {});
    expect(res.status, res.body).toBe(200);
    return res.json;
  };

  it('an untouched chain verifies (streamed in small pages too); the triggers refuse UPDATE, DELETE and TRUNCATE', () => withChain(async (f) => {
    expect(f.last).toBeGreaterThanOrEqual(5);
    expect(await verify(f)).toMatchObject({ ok: true, count: f.last, head: { seq: f.last } });
    expect(await verifyAuditChain(f.database.db, AUDIT_KEY, undefined, { pageSize: 2 })).toMatchObject({ ok: true, count: f.last });
    for (const stmt of ["UPDATE audit_events SET action = 'x' WHERE seq = 1", 'DELETE FROM audit_events WHERE seq = 1', 'TRUNCATE audit_events']) {
      await expect(f.database.query(stmt), stmt).rejects.toThrow(/append-only/);
    }
    expect(await verify(f)).toMatchObject({ ok: true, count: f.last });
  }));

  it('(a) a column altered in a middle row is named by its seq', () => withChain(async (f) => {
    await tamper(f.database, [`UPDATE audit_events SET after = '{"name":"篡改"}'::jsonb WHERE seq = 3`]);
    const r = await verify(f);
    expect(r).toMatchObject({ ok: false, brokenSeq: 3 });
    expect(['altered', 'bad_mac']).toContain(r.kind);
    expect(r.reason).toContain('第3条');
  }));

  it('(b) a deleted middle row is missing', () => withChain(async (f) => {
    await tamper(f.database, ['DELETE FROM audit_events WHERE seq = 3']);
    expect(await verify(f)).toMatchObject({ ok: false, kind: 'missing', brokenSeq: 3, reason: '第3条审计事件缺失' });
    expect(await verifyAuditChain(f.database.db, AUDIT_KEY, undefined, { pageSize: 2 })).toMatchObject({ kind: 'missing', brokenSeq: 3 });
  }));

  it('(c) rows deleted at the end are caught only against an earlier checkpoint', () => withChain(async (f) => {
    const cp = await f.auditor.get('/api/audit/checkpoint');
    expect(cp.status).toBe(200);
    expect(cp.headers['content-disposition']).toContain(`audit-checkpoint-${f.last}.json`);
    expect(cp.json).toMatchObject({ seq: f.last, hmac: expect.stringMatching(/^[0-9a-f]{64}$/) });
    await tamper(f.database, [`DELETE FROM audit_events WHERE seq >= ${f.last - 1}`,
      `UPDATE audit_chain_head SET seq = ${f.last - 2}, hmac = (SELECT hmac FROM audit_events WHERE seq = ${f.last - 2})`]);
    expect(await verify(f)).toMatchObject({ ok: true, count: f.last - 2 });
    const { seq, hmac } = cp.json;
    expect(await verify(f, { seq, hmac })).toMatchObject({ ok: false, kind: 'truncated', brokenSeq: f.last - 1 });
  }));

  it('(d) two rows with their seq values swapped are reordered', () => withChain(async (f) => {
    await tamper(f.database, ['UPDATE audit_events SET seq = -1 WHERE seq = 2', 'UPDATE audit_events SET seq = 2 WHERE seq = 4',
      'UPDATE audit_events SET seq = 4 WHERE seq = -1']);
    expect(await verify(f)).toMatchObject({ ok: false, kind: 'reordered', brokenSeq: 2 });
  }));

  it('(e) a chain recomputed with another key fails its MAC from the first row', () => withChain(async (f) => {
    const rows = await f.database.query<{ seq: string; canonical: string }>('SELECT seq::text AS seq, canonical FROM audit_events ORDER BY audit_events.seq');
    const otherKey = Buffer.alloc(32, 7);
    let prev = GENESIS_HMAC;
    const updates = rows.map((r) => {
      const hmac = chainHmac(otherKey, prev, r.canonical);
      const stmt = `UPDATE audit_events SET prev_hmac = '${prev}', hmac = '${hmac}' WHERE seq = ${r.seq}`;
      prev = hmac;
      return stmt;
    });
    await tamper(f.database, [...updates, `UPDATE audit_chain_head SET hmac = '${prev}'`]);
    expect(await verify(f)).toMatchObject({ ok: false, kind: 'bad_mac', brokenSeq: 1 });
  }));
});
