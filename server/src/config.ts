import { z } from 'zod';
import path from 'node:path';

/**
 * The only place that reads process.env. Parsed and validated once at boot;
 * a bad value stops the process with a message naming the variable.
 */
const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  /** The one explicit switch for production behaviour. */
  PRODUCTION: bool.default(false),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  /** Unset → embedded PGlite in DATA_DIR/pglite. Set → PostgreSQL over pg. */
  DATABASE_URL: z.string().url().optional(),
  /** Owner/superuser connection for extensions, migrations and grants (PostgreSQL only). */
  DATABASE_ADMIN_URL: z.string().url().optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /** Production refuses PGlite unless this is set. */
  ALLOW_PGLITE_IN_PRODUCTION: bool.default(false),
  /** Keys: JSON as documented in docs/operations.md. Dev generates them into DATA_DIR/secrets.json. */
  PII_KEYRING: z.string().optional(),
  BLIND_INDEX_KEY: z.string().regex(/^[0-9a-f]{64}$/i, '应为64位十六进制').optional(),
  AUDIT_HMAC_KEY: z.string().regex(/^[0-9a-f]{64}$/i, '应为64位十六进制').optional(),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(72).default(12),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  LOGIN_LOCK_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
  LOGIN_IP_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(30),
  /** Admin roles must use TOTP. Default: on in production, off in development (demo logins). */
  REQUIRE_ADMIN_MFA: bool.optional(),
  /** Seed demo data into an empty database. Default: on outside production; refused in production. */
  SEED_DEMO: bool.optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('warn'),
  /** Leaflet tile URL template of an approved base map (e.g. 天地图); unset → schematic outlines only. */
  MAP_TILE_URL: z.string().optional(),
  MAP_TILE_ATTRIBUTION: z.string().optional(),
  UPLOAD_MAX_MB: z.coerce.number().min(1).max(500).default(20),
  TRUST_PROXY: bool.default(false),
  /** Notification webhook (docs/notifications.md). Unset → the webhook channel is off. */
  NOTIFY_WEBHOOK_URL: z.string().url().optional(),
  /** HMAC-SM3 key for the webhook signature: 64 hex characters; required with the URL. */
  NOTIFY_WEBHOOK_KEY: z.string().regex(/^[0-9a-f]{64}$/i, '应为64位十六进制').optional(),
  NOTIFY_WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
  /** First retry delay; each further retry doubles it (capped at one hour). */
  NOTIFY_WEBHOOK_BACKOFF_MS: z.coerce.number().int().min(1).max(3_600_000).default(30_000),
  NOTIFY_WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
});

export type Env = z.infer<typeof envSchema>;

export interface Config {
  production: boolean;
  port: number;
  host: string;
  dataDir: string;
  database: { kind: 'pglite'; dir: string } | { kind: 'postgres'; url: string; adminUrl?: string; poolSize: number };
  keys: { piiKeyring?: string; blindIndexKey?: string; auditHmacKey?: string };
  session: { idleMinutes: number; absoluteHours: number; secureCookie: boolean };
  login: { maxFailures: number; lockMinutes: number; ipPerMinute: number };
  requireAdminMfa: boolean;
  seedDemo: boolean;
  logLevel: Env['LOG_LEVEL'];
  map: { tileUrl?: string; attribution?: string };
  uploadMaxBytes: number;
  trustProxy: boolean;
  /** External notification channels; absent = off. */
  webhook?: { url: string; key: Buffer; maxAttempts: number; backoffMs: number; timeoutMs: number };
}

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`配置错误 (configuration error):\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.DATA_DIR);
  const config: Config = {
    production: e.PRODUCTION,
    port: e.PORT,
    host: e.HOST,
    dataDir,
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL, adminUrl: e.DATABASE_ADMIN_URL, poolSize: e.DATABASE_POOL_SIZE }
      : { kind: 'pglite', dir: path.join(dataDir, 'pglite') },
    keys: { piiKeyring: e.PII_KEYRING, blindIndexKey: e.BLIND_INDEX_KEY, auditHmacKey: e.AUDIT_HMAC_KEY },
    session: { idleMinutes: e.SESSION_IDLE_MINUTES, absoluteHours: e.SESSION_ABSOLUTE_HOURS, secureCookie: e.PRODUCTION },
    login: { maxFailures: e.LOGIN_MAX_FAILURES, lockMinutes: e.LOGIN_LOCK_MINUTES, ipPerMinute: e.LOGIN_IP_PER_MINUTE },
    requireAdminMfa: e.REQUIRE_ADMIN_MFA ?? e.PRODUCTION,
    seedDemo: e.SEED_DEMO ?? !e.PRODUCTION,
    logLevel: e.LOG_LEVEL,
    map: { tileUrl: e.MAP_TILE_URL, attribution: e.MAP_TILE_ATTRIBUTION },
    uploadMaxBytes: Math.round(e.UPLOAD_MAX_MB * 1024 * 1024),
    trustProxy: e.TRUST_PROXY,
    webhook: webhookConfig(e),
  };
  assertProductionSafe(config, e);
  return config;
}

/** HTTPS only, except plain http to the loopback address outside production (tests, a local relay). */
function webhookConfig(e: Env): Config['webhook'] {
  if (!e.NOTIFY_WEBHOOK_URL) return undefined;
  const url = new URL(e.NOTIFY_WEBHOOK_URL);
  const loopback = url.protocol === 'http:' && url.hostname === '127.0.0.1' && !e.PRODUCTION;
  if (url.protocol !== 'https:' && !loopback) {
    throw new ConfigError('配置错误 (configuration error):\n  NOTIFY_WEBHOOK_URL: 须为 https 地址（非生产模式下可用 http://127.0.0.1）');
  }
  if (!e.NOTIFY_WEBHOOK_KEY) throw new ConfigError('配置错误 (configuration error):\n  NOTIFY_WEBHOOK_KEY: 配置了 NOTIFY_WEBHOOK_URL 时必须配置签名密钥');
  return {
    url: url.toString(), key: Buffer.from(e.NOTIFY_WEBHOOK_KEY, 'hex'), maxAttempts: e.NOTIFY_WEBHOOK_MAX_ATTEMPTS,
    backoffMs: e.NOTIFY_WEBHOOK_BACKOFF_MS, timeoutMs: e.NOTIFY_WEBHOOK_TIMEOUT_MS,
  };
}

function assertProductionSafe(c: Config, e: Env): void {
  if (!c.production) return;
  const problems: string[] = [];
  if (e.SEED_DEMO) problems.push('SEED_DEMO: 生产模式不允许演示数据');
  if (!e.PII_KEYRING) problems.push('PII_KEYRING: 生产模式必须配置个人信息加密密钥');
  if (!e.BLIND_INDEX_KEY) problems.push('BLIND_INDEX_KEY: 生产模式必须配置盲索引密钥');
  if (!e.AUDIT_HMAC_KEY) problems.push('AUDIT_HMAC_KEY: 生产模式必须配置审计链密钥');
  if (c.database.kind === 'pglite' && !e.ALLOW_PGLITE_IN_PRODUCTION)
    problems.push('DATABASE_URL: 生产模式须使用 PostgreSQL（或显式设置 ALLOW_PGLITE_IN_PRODUCTION=true）');
  if (problems.length) throw new ConfigError(`配置错误 (configuration error):\n  ${problems.join('\n  ')}`);
}
