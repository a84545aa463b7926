import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../harness';
import { createTenant, signIn, type Client, type Tenant } from '../factories';
import { ALL_ENTRIES } from './entries';
import type { Role, TenantEntry } from './types';

/**
 * Generated from the server's own route table: every route must have an entry, and every tenant
 * route is checked with a positive control (the owner succeeds), a foreign read/write (404),
 * lists that include the owner's rows and exclude others', and a refused write that changed nothing.
 */
describe.each(databaseKinds())('data scope on %s', (kind) => {
  let s: TestServer;
  let A: Tenant;
  let B: Tenant;
  const clients = new Map<string, Client>();
  const as = (t: Tenant, role: Role) => clients.get(`${t.region.code}:${role}`)!;

  beforeAll(async () => {
    s = await startTestServer(kind);
    A = await createTenant(s.p);
    B = await createTenant(s.p);
    for (const t of [A, B]) {
      clients.set(`${t.region.code}:district`, await signIn(s.app, t.users.districtSupervisor.username));
      clients.set(`${t.region.code}:enterprise`, await signIn(s.app, t.users.enterpriseAdmin.username));
    }
  });
  afterAll(async () => s?.close());

  it('every API route has a scope entry (add one in server/test/scope/*.entries.ts)', () => {
    const missing = s.app.routeTable.map((r) => `${r.method} ${r.url}`).filter((k) => !(k in ALL_ENTRIES));
    expect(missing).toEqual([]);
  });

  it('non-public routes refuse anonymous callers with 401', async () => {
    for (const r of s.app.routeTable) {
      const entry = ALL_ENTRIES[`${r.method} ${r.url}`];
      if (!entry || entry.kind === 'public') continue;
      const url = r.url.replace(/:(\w+)/g, '00000000-0000-4000-8000-000000000000').replace('*', 'x');
      const res = await s.app.inject({ method: r.method as 'GET', url, payload: r.method === 'GET' ? undefined : {} });
      expect(res.statusCode, `${r.method} ${r.url}`).toBe(401);
    }
  });

  const tenantEntries = Object.entries(ALL_ENTRIES).filter((e): e is [string, TenantEntry] => e[1].kind === 'tenant');
  for (const [key, entry] of tenantEntries) {
    for (const role of entry.roles) {
      it(`${key} as ${role}: owner allowed, other tenant refused`, async () => {
        const prepA = entry.prepare ? await entry.prepare(s, A) : undefined;
        const prepB = entry.prepare ? await entry.prepare(s, B) : undefined;
        const reqA = entry.request(A, prepA);
        const before = entry.reread ? await as(A, role).get(entry.reread(A, prepA)) : null;
        const body = reqA.body as Record<string, unknown> | undefined;
        if (before && body && 'version' in body) body.version = before.json.version; // optimistic concurrency

        // Foreign caller (tenant B) aims at A's data.
        const foreign = await as(B, role).request(reqA.method, reqA.url, reqA.body);
        if (entry.op === 'list') {
          expect(foreign.status).toBe(200);
          expect(entry.ids!(foreign.json)).not.toContain(entry.ownId!(A, prepA));
        } else if (entry.op === 'read' && entry.ownId) {
          // exports: the file of B's scope must not contain A's row
          expect(foreign.status).toBe(200);
          expect(await textOf(foreign.raw)).not.toContain(entry.ownId(A, prepA));
        } else {
          expect(foreign.status, foreign.body).toBe(404);
        }
        if (before) {
          const after = await as(A, role).get(entry.reread!(A, prepA));
          expect(after.json).toEqual(before.json);
        }

        // Positive control: the owner gets it.
        const own = await as(A, role).request(reqA.method, reqA.url, reqA.body);
        expect(own.status, own.body).toBe(entry.okStatus ?? 200);
        if (entry.op === 'list') {
          expect(entry.ids!(own.json)).toContain(entry.ownId!(A, prepA));
          const reqB = entry.request(B, prepB);
          const ownB = await as(B, role).request(reqB.method, reqB.url, reqB.body);
          expect(entry.ids!(ownB.json)).toContain(entry.ownId!(B, prepB));
          expect(entry.ids!(ownB.json)).not.toContain(entry.ownId!(A, prepA));
        } else if (entry.op === 'read' && entry.ownId) {
          expect(await textOf(own.raw)).toContain(entry.ownId(A, prepA));
        }
      });
    }
  }
});

/** Text of a response: JSON as is, or the shared strings of an .xlsx export. */
async function textOf(raw: Buffer): Promise<string> {
  if (raw[0] !== 0x50 || raw[1] !== 0x4b) return raw.toString('utf8');
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(raw as never);
  const cells: string[] = [];
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => { cells.push(String(c.value ?? '')); })));
  return cells.join('\n');
}
