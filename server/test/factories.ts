import { randomInt, randomUUID } from 'node:crypto';
import { creditCodeCheckChar } from '@contracts/codes';
import type { Role } from '@contracts/access';
import type { Platform } from '../src/platform/context';
import { agencies, enterprises, mines, users } from '../src/platform/db/schema';
import { hashPassword } from '../src/platform/auth/password';
import { upsertRegion } from '../src/modules/regions/regions.repository';
import type { App } from '../src/app';

export const TEST_PASSWORD = 'Test@2025pw';
let passwordHash: Promise<string> | undefined;
const hashed = () => (passwordHash ??= hashPassword(TEST_PASSWORD));

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** A fresh valid 统一社会信用代码. */
export function newCreditCode(): string {
  let body = '91500';
  for (let i = 0; i < 12; i++) body += ALPHABET[randomInt(ALPHABET.length)];
  return body + creditCodeCheckChar(body);
}

/** A synthetic region with a small square outline around (lon, lat), so point checks work. */
export async function createRegion(p: Platform, center: [number, number] = [108.5, 30.5]) {
  const code = `T${randomInt(10_000_000, 99_999_999)}`;
  const [x, y] = center;
  const d = 0.05;
  await upsertRegion(p.database.db, { code, name: `测试区${code}`, kind: 'synthetic', parentCode: '500000', hasNationalCode: false,
    sortOrder: 999, outline: { type: 'Polygon', coordinates: [[[x - d, y - d], [x + d, y - d], [x + d, y + d], [x - d, y + d], [x - d, y - d]]] } });
  return { code, center };
}

export async function createUser(p: Platform, org: { agencyId?: string; enterpriseId?: string }, roles: Role[], extra: Partial<typeof users.$inferInsert> = {}) {
  const username = `u${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const [u] = await p.database.db.insert(users).values({
    username, displayName: `测试用户${username.slice(1, 5)}`, passwordHash: await hashed(),
    orgType: org.agencyId ? 'agency' : 'enterprise', agencyId: org.agencyId ?? null, enterpriseId: org.enterpriseId ?? null, roles, ...extra,
  }).returning();
  return u!;
}

/**
 * A whole tenant: a synthetic district with its 应急管理局, an enterprise registered there with one
 * underground mine inside the outline, and users for the district and the enterprise.
 */
export async function createTenant(p: Platform) {
  const region = await createRegion(p, [105.5 + Math.random() * 4, 28.5 + Math.random() * 3]);
  const db = p.database.db;
  const [agency] = await db.insert(agencies).values({ name: `${region.code}应急管理局`, kind: 'emergency_management', tier: 'district', regionCode: region.code }).returning();
  const [enterprise] = await db.insert(enterprises).values({ name: `测试矿业${region.code}有限公司`, creditCode: newCreditCode(), regionCode: region.code }).returning();
  const [lon, lat] = region.center;
  const [mine] = await db.insert(mines).values({
    enterpriseId: enterprise!.id, regionCode: region.code, name: `测试矿山${region.code}`, kinds: ['underground'], status: 'production',
    location: `SRID=4326;POINT(${lon} ${lat})`,
  }).returning();
  const districtSupervisor = await createUser(p, { agencyId: agency!.id }, ['district_supervisor']);
  const enterpriseAdmin = await createUser(p, { enterpriseId: enterprise!.id }, ['enterprise_admin', 'enterprise_principal']);
  const enterpriseStaff = await createUser(p, { enterpriseId: enterprise!.id }, ['enterprise_staff']);
  return { region, agency: agency!, enterprise: enterprise!, mine: mine!, users: { districtSupervisor, enterpriseAdmin, enterpriseStaff } };
}
export type Tenant = Awaited<ReturnType<typeof createTenant>>;

/** A city-tier agency (shared per app) with users of the given roles. */
export async function createCityUser(p: Platform, roles: Role[]) {
  const [agency] = await p.database.db.insert(agencies).values({ name: `市级测试部门${randomInt(1e6)}`, kind: 'emergency_management', tier: 'city', regionCode: '500000' }).returning();
  return createUser(p, { agencyId: agency!.id }, roles);
}

export interface Client {
  csrf: string;
  cookie: string;
  request(method: string, url: string, body?: unknown, headers?: Record<string, string>): Promise<{ status: number; json: any; body: string; headers: Record<string, unknown>; raw: Buffer }>;
  get(url: string): ReturnType<Client['request']>;
  post(url: string, body?: unknown): ReturnType<Client['request']>;
  put(url: string, body?: unknown): ReturnType<Client['request']>;
}

export async function signIn(app: App, username: string, password = TEST_PASSWORD): Promise<Client> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'msid')!;
  const client: Client = {
    csrf: res.json().csrfToken,
    cookie: `msid=${cookie.value}`,
    async request(method, url, body, headers = {}) {
      const r = await app.inject({ method: method as 'GET', url, payload: body as never,
        headers: { cookie: client.cookie, 'x-csrf-token': client.csrf, ...headers } });
      let json: unknown;
      try { json = r.json(); } catch { json = undefined; }
      return { status: r.statusCode, json, body: r.body, headers: r.headers, raw: r.rawPayload };
    },
    get: (url) => client.request('GET', url),
    post: (url, body) => client.request('POST', url, body ?? {}),
    put: (url, body) => client.request('PUT', url, body),
  };
  return client;
}
