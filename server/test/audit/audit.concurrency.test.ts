import { afterAll, describe, expect, it, vi } from 'vitest';
import { writeTx } from '../../src/platform/context';
import { settings } from '../../src/platform/db/schema';
import { verifyAuditChain } from '../../src/modules/audit/audit.verify';
import { databaseKinds } from '../harness';
import { AUDIT_KEY, ScratchDatabases, serverOn } from './isolated';

vi.setConfig({ testTimeout: 180_000 });

/** Writers racing for the chain head: the lock taken last must still give one gapless, valid chain. */
describe.each(databaseKinds())('concurrent audited writes on %s', (kind) => {
  const scratch = new ScratchDatabases('mine_audit_conc');
  afterAll(() => scratch.dispose());

  it('20 concurrent transactions get seq 1..20 in order and the chain verifies', async () => {
    const { database } = await scratch.create(kind);
    const s = await serverOn(database, kind, { DATABASE_POOL_SIZE: '20' });
    try {
      const n = 20;
      await Promise.all(Array.from({ length: n }, (_, i) => writeTx(s.p, { requestId: `conc-${i}`, ip: '127.0.0.1', actor: null }, async (tx, audit) => {
        await tx.insert(settings).values({ key: `conc.${i}`, value: { i } }); // business work before the chain lock
        audit({ entityType: 'setting', entityId: `conc.${i}`, action: 'create', after: { i } });
      })));
      const rows = await database.query<{ seq: string; request_id: string }>('SELECT seq::text AS seq, request_id FROM audit_events ORDER BY audit_events.seq');
      expect(rows.map((r) => Number(r.seq))).toEqual(Array.from({ length: n }, (_, i) => i + 1));
      expect(new Set(rows.map((r) => r.request_id)).size).toBe(n);
      expect(await verifyAuditChain(database.db, AUDIT_KEY)).toMatchObject({ ok: true, count: n, head: { seq: n } });
    } finally {
      await s.close();
    }
  });

  it('one transaction with 3 000 audit events (a large import or scan) is appended in slices and verifies', async () => {
    const { database } = await scratch.create(kind);
    const s = await serverOn(database, kind);
    try {
      const n = 3000;
      await writeTx(s.p, { requestId: 'bulk', ip: '127.0.0.1', actor: null }, async (_tx, audit) => {
        for (let i = 0; i < n; i++) audit({ entityType: 'probe', entityId: `bulk.${i}`, action: 'create', after: { i } });
      });
      expect(await verifyAuditChain(database.db, AUDIT_KEY)).toMatchObject({ ok: true, count: n, head: { seq: n } });
    } finally {
      await s.close();
    }
  });
});
