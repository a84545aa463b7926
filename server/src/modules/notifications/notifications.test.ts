import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../../../test/harness';
import { createCityUser, createTenant, signIn, type Client } from '../../../test/factories';
import { notify, type NotificationInput } from './notify';
import { deliverDue } from './deliveries';
import { WEBHOOK_HEADERS, webhookSignature } from './channels';
import { setPreference } from './notifications.service';
import { ConfigError, loadConfig } from '../../config';
import { AppError } from '../../platform/errors';

const KEY_HEX = '5a'.repeat(32);
const BACKOFF_MS = 100;

/** A local webhook receiver: answers each request with the next scripted action (default: accept). */
function startReceiver() {
  const script: ('500' | 'drop' | 'ok')[] = [];
  const hits: { at: number; headers: http.IncomingHttpHeaders; body: string; accepted: boolean }[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const action = script.shift() ?? 'ok';
      hits.push({ at: Date.now(), headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), accepted: action === 'ok' });
      if (action === 'drop') req.socket.destroy();
      else if (action === '500') res.writeHead(500).end('busy');
      else res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
  });
  return {
    script, hits, server,
    listen: () => new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port))),
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('webhook configuration', () => {
  const base = { DATA_DIR: '/tmp/x', NOTIFY_WEBHOOK_KEY: KEY_HEX };
  it('is off without a URL, HTTPS (or loopback http outside production) with a key when on', () => {
    expect(loadConfig({ DATA_DIR: '/tmp/x' }).webhook).toBeUndefined();
    expect(loadConfig({ ...base, NOTIFY_WEBHOOK_URL: 'https://gw.example.cn/hook' }).webhook).toMatchObject({ maxAttempts: 8, backoffMs: 30_000 });
    expect(loadConfig({ ...base, NOTIFY_WEBHOOK_URL: 'http://127.0.0.1:9/hook' }).webhook?.url).toBe('http://127.0.0.1:9/hook');
    expect(() => loadConfig({ ...base, NOTIFY_WEBHOOK_URL: 'http://gw.example.cn/hook' })).toThrow(ConfigError);
    expect(() => loadConfig({ DATA_DIR: '/tmp/x', NOTIFY_WEBHOOK_URL: 'https://gw.example.cn/hook' })).toThrow(/NOTIFY_WEBHOOK_KEY/);
    expect(() => loadConfig({ ...base, NOTIFY_WEBHOOK_URL: 'https://gw.example.cn/hook', NOTIFY_WEBHOOK_MAX_ATTEMPTS: '0' })).toThrow(ConfigError);
  });
});

describe.each(databaseKinds())('notifications on %s', (kind) => {
  let s: TestServer;
  let receiver: ReturnType<typeof startReceiver>;
  let a: { id: string; username: string };
  let b: { id: string; username: string };
  let asA: Client;
  let asB: Client;

  beforeAll(async () => {
    receiver = startReceiver();
    const port = await receiver.listen();
    s = await startTestServer(kind, {
      NOTIFY_WEBHOOK_URL: `http://127.0.0.1:${port}/hook`, NOTIFY_WEBHOOK_KEY: KEY_HEX,
      NOTIFY_WEBHOOK_MAX_ATTEMPTS: '3', NOTIFY_WEBHOOK_BACKOFF_MS: String(BACKOFF_MS), NOTIFY_WEBHOOK_TIMEOUT_MS: '2000',
    });
    const t = await createTenant(s.p);
    a = t.users.enterpriseAdmin;
    b = t.users.enterpriseStaff;
    asA = await signIn(s.app, a.username);
    asB = await signIn(s.app, b.username);
  });
  afterAll(async () => {
    await s?.close();
    await receiver?.close();
  });

  it('an API token cannot read or change its creator\'s inbox (403)', async () => {
    const admin = await createCityUser(s.p, ['city_admin']);
    const c = await signIn(s.app, admin.username);
    await notify(s.p.database.db, [{ userId: admin.id, kind: 'hazard_deadline', itemType: 'hazard', itemId: randomUUID(), stage: 'overdue', title: '逾期' }]);
    const t = await c.post('/api/tokens', { name: '对接', permissions: ['mine.read'], scope: { kind: 'city' }, expiresInDays: 30 });
    expect(t.status, t.body).toBe(201);
    const bearer = (method: 'GET' | 'POST', url: string) =>
      s.app.inject({ method, url, headers: { authorization: `Bearer ${t.json.token}` } });
    for (const [method, url] of [['GET', '/api/notifications'], ['GET', '/api/notifications/unread-count'], ['POST', '/api/notifications/read-all'],
      ['GET', '/api/notification-preferences']] as const) {
      expect((await bearer(method, url)).statusCode, url).toBe(403);
    }
    expect((await c.get('/api/notifications/unread-count')).json.count).toBe(1); // the person's inbox is untouched
  });

  it('refuses webhook without in-app (the push follows the in-app notification)', async () => {
    const r = await asA.put('/api/notification-preferences/hazard_deadline', { inApp: false, webhook: true });
    expect(r.status).toBe(400);
    expect(r.json.fields.inApp).toBeDefined();
  });

  const item = (userId: string, extra: Partial<NotificationInput> = {}): NotificationInput => ({
    userId, kind: 'hazard_deadline', itemType: 'hazard', itemId: randomUUID(), stage: 'due_soon', title: '隐患整改即将到期',
    body: '请在期限内完成整改', link: '/hazards/x', ...extra,
  });
  const delivery = async (notificationId: string) => (await s.p.database.query<{ status: string; attempts: number; last_error: string | null }>(
    'SELECT status, attempts, last_error FROM notification_deliveries WHERE notification_id = $1', [notificationId]))[0];
  /** Runs the worker until the delivery is no longer pending (the backoff makes some passes find nothing due). */
  async function driveToEnd(notificationId: string) {
    const until = Date.now() + 15_000;
    while (Date.now() < until) {
      await deliverDue(s.p);
      if ((await delivery(notificationId))?.status !== 'pending') return delivery(notificationId);
      await sleep(20);
    }
    throw new Error('delivery still pending');
  }

  it('notify() is idempotent: the same input twice makes one row', async () => {
    const n = item(a.id);
    const first = await notify(s.p.database.db, [n]);
    const second = await notify(s.p.database.db, [n, n]);
    expect(first).toHaveLength(1);
    expect(second).toEqual([]);
    const rows = await s.p.database.query('SELECT id FROM notifications WHERE item_id = $1', [n.itemId]);
    expect(rows).toHaveLength(1);
  });

  it('lists only the caller\'s own notifications; another user\'s is 404', async () => {
    const [mine] = await notify(s.p.database.db, [item(a.id, { kind: 'certificate_due', itemType: 'certificate' })]);
    const [theirs] = await notify(s.p.database.db, [item(b.id)]);
    const list = await asA.get('/api/notifications?limit=200');
    expect(list.status).toBe(200);
    const ids = list.json.items.map((i: any) => i.id);
    expect(ids).toContain(mine);
    expect(ids).not.toContain(theirs);
    expect(list.json.items[0]).not.toHaveProperty('userId');
    const byKind = await asA.get('/api/notifications?kind=certificate_due');
    expect(byKind.json.items.map((i: any) => i.id)).toEqual([mine]);
    expect((await asA.post(`/api/notifications/${theirs}/read`)).status).toBe(404);
    expect((await asB.get('/api/notifications?limit=200')).json.items.map((i: any) => i.id)).not.toContain(mine);
    expect((await asA.get('/api/notifications?kind=nope')).status).toBe(400);
  });

  it('pages newest first with a cursor', async () => {
    const t = await createTenant(s.p);
    const c = await signIn(s.app, t.users.enterpriseStaff.username);
    const made: string[] = [];
    for (let i = 0; i < 5; i++) made.push(...await notify(s.p.database.db, [item(t.users.enterpriseStaff.id, { title: `第${i}条` })]));
    const p1 = await c.get('/api/notifications?limit=3');
    expect(p1.json.total).toBe(5);
    const p2 = await c.get(`/api/notifications?limit=3&cursor=${p1.json.nextCursor}`);
    expect(p2.json.nextCursor).toBeNull();
    const all = [...p1.json.items, ...p2.json.items].map((i: any) => i.id);
    expect(new Set(all).size).toBe(5);
    expect(all.toSorted()).toEqual(made.toSorted());
  });

  it('counts unread, marks one read, then all read (returning the count)', async () => {
    const t = await createTenant(s.p);
    const u = t.users.districtSupervisor;
    const c = await signIn(s.app, u.username);
    const ids = await notify(s.p.database.db, [item(u.id), item(u.id), item(u.id, { kind: 'listing_deadline' })]);
    expect((await c.get('/api/notifications/unread-count')).json).toEqual({ count: 3 });
    const read = await c.post(`/api/notifications/${ids[0]}/read`);
    expect(read.status).toBe(200);
    expect(read.json.readAt).toEqual(expect.any(String));
    const again = await c.post(`/api/notifications/${ids[0]}/read`);
    expect(again.json.readAt).toBe(read.json.readAt);
    expect((await c.get('/api/notifications/unread-count')).json).toEqual({ count: 2 });
    expect((await c.get('/api/notifications?unread=true')).json.items.map((i: any) => i.id)).not.toContain(ids[0]);
    expect((await c.post('/api/notifications/read-all')).json).toEqual({ count: 2 });
    expect((await c.get('/api/notifications/unread-count')).json).toEqual({ count: 0 });
    expect((await c.get('/api/notifications?unread=false')).json.total).toBe(3);
  });

  it('preferences: every kind with its default; in-app off makes notify() skip; changes are audited', async () => {
    const t = await createTenant(s.p);
    const u = t.users.enterpriseStaff;
    const c = await signIn(s.app, u.username);
    const prefs = await c.get('/api/notification-preferences');
    expect(prefs.status).toBe(200);
    expect(prefs.json.webhookAvailable).toBe(true);
    expect(prefs.json.items.map((i: any) => i.kind)).toEqual(['hazard_deadline', 'listing_deadline', 'resumption_deadline', 'self_inspection_due', 'certificate_due']);
    expect(prefs.json.items[0]).toEqual({ kind: 'hazard_deadline', label: expect.any(String), inApp: true, webhook: false, isDefault: true });

    const put = await c.put('/api/notification-preferences/hazard_deadline', { inApp: false, webhook: false });
    expect(put.status).toBe(200);
    expect(put.json).toMatchObject({ inApp: false, isDefault: false });
    expect((await c.put('/api/notification-preferences/unknown_kind', { inApp: true, webhook: false })).status).toBe(400);
    expect(await notify(s.p.database.db, [item(u.id)])).toEqual([]);
    expect(await notify(s.p.database.db, [item(u.id, { kind: 'listing_deadline' })])).toHaveLength(1);
    const audit = await s.p.database.query<{ action: string }>(
      `SELECT action FROM audit_events WHERE entity_type = 'notification_preference' AND entity_id = $1`, [`${u.id}:hazard_deadline`]);
    expect(audit.map((r) => r.action)).toEqual(['update']);
  });

  it('refuses webhook on when this deployment has no webhook configured', async () => {
    const t = await createTenant(s.p);
    const u = t.users.enterpriseStaff;
    const actor = { kind: 'user', userId: u.id, username: u.username, roles: u.roles, orgId: u.enterpriseId } as never;
    const noWebhook = { ...s.p, config: { ...s.p.config, webhook: undefined } };
    const ctx = { requestId: 'test', ip: '127.0.0.1', actor };
    await expect(setPreference(noWebhook, ctx, actor, 'hazard_deadline', { inApp: true, webhook: true })).rejects.toBeInstanceOf(AppError);
    await expect(setPreference(noWebhook, ctx, actor, 'hazard_deadline', { inApp: true, webhook: false })).resolves.toMatchObject({ webhook: false });
  });

  it('webhook: failures are retried with backoff; the delivery arrives signed, with the idempotency key, and ends delivered', async () => {
    const t = await createTenant(s.p);
    const u = t.users.enterpriseStaff;
    const c = await signIn(s.app, u.username);
    expect((await c.put('/api/notification-preferences/resumption_deadline', { inApp: true, webhook: true })).status).toBe(200);
    receiver.script.push('500', 'drop', 'ok');
    const from = receiver.hits.length;
    const [id] = await notify(s.p.database.db, [item(u.id, { kind: 'resumption_deadline', title: '复产验收即将到期' })]);
    const end = await driveToEnd(id!);
    expect(end).toMatchObject({ status: 'delivered', attempts: 3, last_error: null });
    const hits = receiver.hits.slice(from);
    expect(hits.map((h) => h.accepted)).toEqual([false, false, true]);
    expect(hits[1]!.at - hits[0]!.at).toBeGreaterThanOrEqual(BACKOFF_MS - 5);
    expect(hits[2]!.at - hits[1]!.at).toBeGreaterThanOrEqual(2 * BACKOFF_MS - 5);
    const ok = hits[2]!;
    expect(ok.headers[WEBHOOK_HEADERS.idempotencyKey]).toBe(id);
    const ts = String(ok.headers[WEBHOOK_HEADERS.timestamp]);
    expect(ok.headers[WEBHOOK_HEADERS.signature]).toBe(`hmac-sm3=${webhookSignature(Buffer.from(KEY_HEX, 'hex'), ts, ok.body)}`);
    expect(JSON.parse(ok.body)).toMatchObject({ type: 'notification', notification: { id, kind: 'resumption_deadline', recipient: { userId: u.id } } });
  });

  it('webhook: after the last allowed attempt the delivery ends failed', async () => {
    const t = await createTenant(s.p);
    await s.p.database.query(`INSERT INTO notification_preferences (user_id, kind, in_app, webhook) VALUES ($1, 'hazard_deadline', true, true)`,
      [t.users.enterpriseStaff.id]);
    receiver.script.push('500', '500', '500');
    const [id] = await notify(s.p.database.db, [item(t.users.enterpriseStaff.id)]);
    const end = await driveToEnd(id!);
    expect(end).toMatchObject({ status: 'failed', attempts: 3 });
    expect(end!.last_error).toContain('500');
  });

  it('webhook: two workers running at once send each delivery once', async () => {
    const t = await createTenant(s.p);
    const u = t.users.districtSupervisor;
    await s.p.database.query(`INSERT INTO notification_preferences (user_id, kind, in_app, webhook) VALUES ($1, 'self_inspection_due', true, true)`, [u.id]);
    const ids = await notify(s.p.database.db, Array.from({ length: 6 }, () => item(u.id, { kind: 'self_inspection_due', itemType: 'mine' })));
    const from = receiver.hits.length;
    const runs = await Promise.all([deliverDue(s.p), deliverDue(s.p), deliverDue(s.p)]);
    expect(runs.reduce((n, r) => n + r.delivered, 0)).toBe(6);
    const keys = receiver.hits.slice(from).map((h) => h.headers[WEBHOOK_HEADERS.idempotencyKey]);
    expect(keys.toSorted()).toEqual(ids.toSorted());
    for (const id of ids) expect((await delivery(id))?.status).toBe('delivered');
  });
});
