import { sql } from 'drizzle-orm';
import { bigint, boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  username: text('username').notNull(),
  displayName: text('display_name').notNull(),
  passwordHash: text('password_hash').notNull(),
  orgType: text('org_type').notNull(), // agency | enterprise
  agencyId: uuid('agency_id'),
  enterpriseId: uuid('enterprise_id'),
  personId: uuid('person_id'),
  roles: text('roles').array().notNull(),
  /** A parent company's users may see their subsidiaries. */
  includeSubsidiaries: boolean('include_subsidiaries').notNull().default(false),
  status: text('status').notNull().default('active'), // active | disabled
  failedLogins: integer('failed_logins').notNull().default(0),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  mustChangePassword: boolean('must_change_password').notNull().default(false),
  passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }),
  totpSecretEnc: text('totp_secret_enc'),
  totpEnabled: boolean('totp_enabled').notNull().default(false),
  lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  version: integer('version').notNull().default(1),
}, (t) => [
  uniqueIndex('users_username_uq').on(sql`lower(${t.username})`),
  index('users_agency_idx').on(t.agencyId),
  index('users_enterprise_idx').on(t.enterpriseId),
]);

/** Server-side sessions; the cookie carries a random token, the table keeps only its hash. */
export const sessions = pgTable('sessions', {
  id: text('id').primaryKey(),
  userId: uuid('user_id').notNull().references(() => users.id),
  csrfToken: text('csrf_token').notNull(),
  mfaPending: boolean('mfa_pending').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  ip: text('ip'),
  userAgent: text('user_agent'),
}, (t) => [index('sessions_user_idx').on(t.userId)]);

/** API tokens for machine clients: a permission set and a data scope; only the hash is stored. */
export const apiTokens = pgTable('api_tokens', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  tokenHash: text('token_hash').notNull(),
  prefix: text('prefix').notNull(),
  createdBy: uuid('created_by').notNull().references(() => users.id),
  permissions: text('permissions').array().notNull(),
  scope: jsonb('scope').notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
  lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [uniqueIndex('api_tokens_hash_uq').on(t.tokenHash)]);

/**
 * Append-only, HMAC-SM3-chained audit log. Triggers refuse UPDATE/DELETE/TRUNCATE;
 * on PostgreSQL the app role is granted only SELECT and INSERT (see platform/db/grants.ts).
 */
export const auditEvents = pgTable('audit_events', {
  seq: bigint('seq', { mode: 'number' }).primaryKey(),
  occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
  actorUserId: uuid('actor_user_id'),
  actorUsername: text('actor_username'),
  actorRole: text('actor_role'),
  actorOrgId: uuid('actor_org_id'),
  entityType: text('entity_type').notNull(),
  entityId: text('entity_id'),
  action: text('action').notNull(),
  before: jsonb('before'),
  after: jsonb('after'),
  requestId: text('request_id'),
  ip: text('ip'),
  canonical: text('canonical').notNull(),
  prevHmac: text('prev_hmac').notNull(),
  hmac: text('hmac').notNull(),
}, (t) => [
  index('audit_entity_idx').on(t.entityType, t.entityId, t.seq),
  index('audit_actor_idx').on(t.actorUserId, t.seq),
  index('audit_occurred_idx').on(t.occurredAt),
]);

/** The chain's head: one row, locked FOR UPDATE as the last step of each writing transaction. */
export const auditChainHead = pgTable('audit_chain_head', {
  id: integer('id').primaryKey(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  hmac: text('hmac').notNull(),
});

/** Long work (imports, large exports) with progress. */
export const jobs = pgTable('jobs', {
  id: uuid('id').primaryKey().defaultRandom(),
  kind: text('kind').notNull(),
  status: text('status').notNull(), // queued | running | succeeded | failed
  progress: integer('progress').notNull().default(0),
  total: integer('total'),
  ownerUserId: uuid('owner_user_id').notNull(),
  params: jsonb('params'),
  result: jsonb('result'),
  error: text('error'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('jobs_owner_idx').on(t.ownerUserId, t.createdAt)]);

/** Settings an administrator edits (configurable lists, unconfirmed rules). */
export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
