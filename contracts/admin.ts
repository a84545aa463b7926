import { z } from 'zod';
import { ROLE_LIST, PERMISSION_LIST, type Role } from './access';
import { safeText } from './text';
import { listQueryBase } from './paging';

export const userInput = z.object({
  username: z.string().regex(/^[A-Za-z0-9_.-]{3,32}$/, '用户名为3-32位字母、数字、下划线、点或连字符'),
  displayName: safeText({ label: '姓名', max: 50, min: 1 }),
  orgType: z.enum(['agency', 'enterprise']),
  agencyId: z.uuid().nullish(),
  enterpriseId: z.uuid().nullish(),
  roles: z.array(z.enum(ROLE_LIST as [Role])).min(1, '请至少选择一个角色'),
  includeSubsidiaries: z.boolean().default(false),
  password: z.string().max(256).optional(),
});
export const userUpdateInput = userInput.omit({ username: true, password: true, orgType: true, agencyId: true, enterpriseId: true })
  .extend({ status: z.enum(['active', 'disabled']), version: z.number().int() });
export const userOut = z.object({
  id: z.string(), username: z.string(), displayName: z.string(), orgType: z.string(), orgId: z.string().nullable(),
  orgName: z.string().nullable(), roles: z.array(z.string()), includeSubsidiaries: z.boolean(), status: z.string(),
  locked: z.boolean(), failedLogins: z.number(), totpEnabled: z.boolean(), lastLoginAt: z.string().nullable(),
  version: z.number(),
  /** Only in the response that created the account without a password: shown once, never stored in clear. */
  temporaryPassword: z.string().optional(),
});
export const userListQuery = listQueryBase.extend({ orgId: z.uuid().optional(), role: z.string().max(40).optional() });
export const resetPasswordInput = z.object({ newPassword: z.string().min(1, '请输入新密码').max(256) });

export const agencyOut = z.object({ id: z.string(), name: z.string(), kind: z.string(), tier: z.string(), regionCode: z.string(), regionName: z.string() });

export const tokenScopeInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('city') }),
  z.object({ kind: z.literal('district'), regionCode: z.string().max(12) }),
  z.object({ kind: z.literal('enterprise'), enterpriseIds: z.array(z.uuid()).min(1).max(100) }),
]);
export const tokenInput = z.object({
  name: safeText({ label: '令牌名称', max: 60, min: 1 }),
  permissions: z.array(z.enum(PERMISSION_LIST as [string])).min(1, '请至少选择一项权限'),
  scope: tokenScopeInput,
  expiresInDays: z.number().int().min(1, '有效期至少1天').max(366, '有效期最长366天').default(90),
});
export const tokenOut = z.object({
  id: z.string(), name: z.string(), prefix: z.string(), permissions: z.array(z.string()), scope: z.unknown(),
  readOnly: z.boolean(), expiresAt: z.string(), revokedAt: z.string().nullable(), lastUsedAt: z.string().nullable(),
  createdAt: z.string(), createdByName: z.string(),
});
/** The secret appears in this response once and never again. */
export const tokenCreatedOut = z.object({ token: z.string(), record: tokenOut });

export const auditEventOut = z.object({
  seq: z.number(), occurredAt: z.string(), actorUserId: z.string().nullable(), actorUsername: z.string().nullable(),
  actorRole: z.string().nullable(), actorOrgId: z.string().nullable(), entityType: z.string(), entityId: z.string().nullable(),
  action: z.string(), before: z.unknown(), after: z.unknown(), requestId: z.string().nullable(), ip: z.string().nullable(),
});
export const auditListQuery = listQueryBase.omit({ q: true }).extend({
  entityType: z.string().max(40).optional(), entityId: z.string().max(64).optional(), actor: z.string().max(64).optional(),
  action: z.string().max(40).optional(),
  from: z.string().max(30).optional(), to: z.string().max(30).optional(),
});
export const auditVerifyInput = z.object({ checkpoint: z.object({ seq: z.number().int().min(0), hmac: z.string().regex(/^[0-9a-f]{64}$/) }).optional() });
export const auditVerifyOut = z.object({
  ok: z.boolean(), count: z.number(), head: z.object({ seq: z.number(), hmac: z.string() }).nullable(),
  brokenSeq: z.number().nullable(), kind: z.string().nullable(), reason: z.string().nullable(),
});
export const auditCheckpointOut = z.object({ seq: z.number(), hmac: z.string(), exportedAt: z.string() });

export const jobOut = z.object({
  id: z.string(), kind: z.string(), status: z.enum(['queued', 'running', 'succeeded', 'failed']),
  progress: z.number(), total: z.number().nullable(), result: z.unknown(), error: z.string().nullable(),
  createdAt: z.string(), updatedAt: z.string(),
});
