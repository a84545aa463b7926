import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test/harness';
import { signIn } from '../../../test/factories';
import { verifyAuditChain } from '../audit/audit.verify';
import { DEMO_PASSWORD, seedIfEmpty } from './demo.seed';

/** The demo data `npm start` writes: only into an empty database, with working users and real hazard timelines. */
describe('demo seed', () => {
  let s: TestServer;
  beforeAll(async () => { s = await startTestServer('pglite'); });
  afterAll(async () => s?.close());

  it('fills an empty database once, and the documented users sign in with their scopes', async () => {
    const first = await seedIfEmpty(s.p);
    expect(first).toMatchObject({ enterprises: 36, mines: 46, users: 16, hazards: 4 });
    expect(await seedIfEmpty(s.p)).toBeNull();
    const chengkou = await signIn(s.app, 'chengkou', DEMO_PASSWORD);
    const mines = (await chengkou.get('/api/mines?limit=200')).json;
    expect(mines.items.length).toBeGreaterThan(3);
    expect(mines.items.every((m: any) => m.regionCode === '500229')).toBe(true);
    const hazards = (await chengkou.get('/api/hazards?limit=50')).json.items;
    expect(hazards.map((h: any) => h.status).sort()).toEqual(['closed', 'in_rectification', 'reported']);
    expect((await verifyAuditChain(s.p.database.db, s.p.auditKey)).ok).toBe(true);
  });
});
