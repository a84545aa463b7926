import type { Entries } from './types';
import { newCreditCode } from '../factories';

const mineBody = (t: any, name: string) => ({
  enterpriseId: t.enterprise.id, regionCode: t.region.code, name, kinds: ['underground'], status: 'production',
  location: { lon: t.region.center[0], lat: t.region.center[1] }, positioningInstalled: true, externalIds: {},
});
const entBody = (t: any, name: string) => ({ name, creditCode: t.enterprise.creditCode, regionCode: t.region.code });

export const registryEntries: Entries = {
  'GET /api/health': { kind: 'public' },
  'GET /api/docs/json': { kind: 'public' },
  'GET /api/docs/yaml': { kind: 'public' },
  'GET /api/docs': { kind: 'public' },
  'GET /api/docs/*': { kind: 'public' },
  'GET /api/docs/static/*': { kind: 'public' },
  'GET /api/docs/static/index.html': { kind: 'public' },
  'GET /api/docs/static/swagger-initializer.js': { kind: 'public' },
  'POST /api/auth/login': { kind: 'public' },
  'POST /api/auth/logout': { kind: 'self' },
  'GET /api/me': { kind: 'self' },
  'POST /api/me/password': { kind: 'self' },
  'POST /api/me/totp/setup': { kind: 'self' },
  'POST /api/me/totp/enable': { kind: 'self' },
  'GET /api/regions': { kind: 'reference' },
  'GET /api/regions/outlines': { kind: 'reference' },
  'GET /api/enterprises': {
    kind: 'tenant', roles: ['district', 'enterprise'], op: 'list',
    request: (t) => ({ method: 'GET', url: `/api/enterprises?limit=200&q=${encodeURIComponent(t.region.code)}` }),
    ids: (j) => j.items.map((i: any) => i.id), ownId: (t) => t.enterprise.id,
  },
  'GET /api/enterprises/export': { kind: 'tenant', roles: ['district', 'enterprise'], op: 'read',
    request: (t) => ({ method: 'GET', url: `/api/enterprises/export?q=${encodeURIComponent(t.region.code)}` }), ownId: (t) => t.enterprise.name },
  'GET /api/enterprises/:id': { kind: 'tenant', roles: ['district', 'enterprise'], op: 'read',
    request: (t) => ({ method: 'GET', url: `/api/enterprises/${t.enterprise.id}` }) },
  'POST /api/enterprises': { kind: 'tenant', roles: ['district'], op: 'create', okStatus: 201,
    request: (t, code) => ({ method: 'POST', url: '/api/enterprises', body: { ...entBody(t, '新登记企业'), creditCode: code } }),
    prepare: async () => newCreditCode() },
  'PUT /api/enterprises/:id': { kind: 'tenant', roles: ['district', 'enterprise'], op: 'write',
    request: (t) => ({ method: 'PUT', url: `/api/enterprises/${t.enterprise.id}`, body: { ...entBody(t, `${t.enterprise.name}（改）`), version: 1 } }),
    reread: (t) => `/api/enterprises/${t.enterprise.id}` },
  'GET /api/mines': { kind: 'tenant', roles: ['district', 'enterprise'], op: 'list',
    request: () => ({ method: 'GET', url: '/api/mines?limit=200&q=%E6%B5%8B%E8%AF%95%E7%9F%BF%E5%B1%B1' }),
    ids: (j) => j.items.map((i: any) => i.id), ownId: (t) => t.mine.id },
  'GET /api/mines/export': { kind: 'tenant', roles: ['district', 'enterprise'], op: 'read',
    request: (t) => ({ method: 'GET', url: `/api/mines/export?q=${encodeURIComponent(t.region.code)}` }), ownId: (t) => t.mine.name },
  'GET /api/mines/:id': { kind: 'tenant', roles: ['district', 'enterprise'], op: 'read',
    request: (t) => ({ method: 'GET', url: `/api/mines/${t.mine.id}` }) },
  'POST /api/mines': { kind: 'tenant', roles: ['district'], op: 'create', okStatus: 201,
    request: (t) => ({ method: 'POST', url: '/api/mines', body: mineBody(t, `${t.region.code}新矿山`) }) },
  'PUT /api/mines/:id': { kind: 'tenant', roles: ['district', 'enterprise'], op: 'write',
    request: (t) => ({ method: 'PUT', url: `/api/mines/${t.mine.id}`, body: { ...mineBody(t, `${t.mine.name}（改）`), version: 1 } }),
    reread: (t) => `/api/mines/${t.mine.id}` },
};
