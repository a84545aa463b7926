import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../harness';
import { createTenant, signIn } from '../factories';

/** Security headers and the API description (one database is enough: nothing here touches SQL). */
describe('HTTP surface', () => {
  let s: TestServer;
  beforeAll(async () => { s = await startTestServer('pglite'); });
  afterAll(async () => s?.close());

  it('sends a strict Content-Security-Policy and the other security headers', async () => {
    const res = await s.app.inject({ method: 'GET', url: '/api/health' });
    const csp = String(res.headers['content-security-policy']);
    const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(csp).not.toContain('unsafe-eval');
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('same-origin');
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('describes every route in OpenAPI 3', async () => {
    const doc = (await s.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    expect(doc.openapi).toMatch(/^3\./);
    const documented = new Set(Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops as object).map((m) => `${m.toUpperCase()} ${p}`)));
    const missing = s.app.routeTable.filter((r) => !r.url.startsWith('/api/docs'))
      .map((r) => `${r.method} ${r.url.replace(/:(\w+)/g, '{$1}')}`).filter((k) => !documented.has(k));
    expect(missing).toEqual([]);
  });

  it('answers unknown API paths and internal errors in the error vocabulary without internals', async () => {
    // Anonymous callers learn nothing about which paths exist; signed-in callers get 404.
    expect((await s.app.inject({ method: 'GET', url: '/api/nope' })).statusCode).toBe(401);
    const t = await createTenant(s.p);
    const c = await signIn(s.app, t.users.enterpriseStaff.username);
    const res = await s.app.inject({ method: 'GET', url: '/api/nope', headers: { cookie: c.cookie } });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'NOT_FOUND', requestId: expect.any(String) });
    const bad = await s.app.inject({ method: 'POST', url: '/api/auth/login', payload: '{not json', headers: { 'content-type': 'application/json' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('VALIDATION');
    expect(bad.body).not.toMatch(/stack|at Object|node_modules/);
  });
});
