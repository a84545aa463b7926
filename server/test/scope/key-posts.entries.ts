import type { Entries } from './types';
import type { TestServer } from '../harness';
import type { Tenant } from '../factories';
import { insertKeyPostMine } from '../../src/modules/key-posts/key-posts.fixtures';

/** A fresh underground mine of tenant t with nobody in post: every key post is vacant. */
const freshMine = async (s: TestServer, t: Tenant) => ({ mineId: await insertKeyPostMine(s.p, { enterpriseId: t.enterprise.id, regionCode: t.region.code, kinds: ['underground'] }) });
type Prep = Awaited<ReturnType<typeof freshMine>>;
const both = ['district', 'enterprise'] as const;
const deadline = () => new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);

export const keyPostEntries: Entries = {
  'GET /api/position-requirements': { kind: 'admin', covered: 'server/src/modules/key-posts/key-posts.test.ts: city-wide rules, agencies read, enterprises 403' },
  'PUT /api/position-requirements/:id': { kind: 'admin', covered: 'server/src/modules/key-posts/key-posts.test.ts: city_admin only (rules.manage), validated, versioned, audited' },
  'GET /api/mines/:id/key-posts': { kind: 'tenant', roles: [...both], op: 'read',
    request: (t) => ({ method: 'GET', url: `/api/mines/${t.mine.id}/key-posts` }) },
  'GET /api/key-post-vacancies': { kind: 'tenant', roles: [...both], op: 'list',
    request: () => ({ method: 'GET', url: '/api/key-post-vacancies' }),
    ids: (j) => j.items.map((i: any) => i.mineId), ownId: (t) => t.mine.id },
  'GET /api/key-post-vacancies/export': { kind: 'tenant', roles: [...both], op: 'read',
    request: () => ({ method: 'GET', url: '/api/key-post-vacancies/export' }), ownId: (t) => t.mine.name },
  // District regulators only (hazard.create_found, district tier); enterprises get 403, tested in the module.
  'POST /api/mines/:id/key-posts/hazard': { kind: 'tenant', roles: ['district'], op: 'create', okStatus: 201, prepare: freshMine,
    request: (_t, prep: Prep) => ({ method: 'POST', url: `/api/mines/${prep.mineId}/key-posts/hazard`,
      body: { position: 'mine_manager', productionSystem: 1, deadline: deadline() } }) },
};
