import { z } from 'zod';
import type { ZApp } from '../types';
import type { Platform } from '../../platform/context';
import { appliedMigrations, expectedMigrations } from '../../platform/db/migrate';
import { APP_VERSION } from '../../app';

const healthOut = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.object({ kind: z.string(), reachable: z.boolean(), migrationsApplied: z.number(), migrationsExpected: z.number(), current: z.boolean() }),
  version: z.string(),
});

export async function healthRoutes(app: ZApp, p: Platform) {
  app.get('/api/health', {
    config: { public: true },
    schema: { tags: ['system'], summary: '健康检查', response: { 200: healthOut, 503: healthOut } },
  }, async (_req, reply) => {
    let reachable = true;
    try { await p.database.query('SELECT 1'); } catch { reachable = false; }
    const applied = reachable ? await appliedMigrations(p.database) : 0;
    const expected = expectedMigrations();
    const ok = reachable && applied === expected;
    return reply.status(ok ? 200 : 503).send({
      status: ok ? 'ok' : 'degraded',
      database: { kind: p.database.kind, reachable, migrationsApplied: applied, migrationsExpected: expected, current: applied === expected },
      version: APP_VERSION,
    });
  });
}
