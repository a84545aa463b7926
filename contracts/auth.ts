import { z } from 'zod';

export const loginInput = z.object({
  username: z.string({ error: '请输入用户名' }).min(1, '请输入用户名').max(64, '用户名过长'),
  password: z.string({ error: '请输入密码' }).min(1, '请输入密码').max(256, '密码过长'),
  totp: z.string().regex(/^\d{6}$/, '动态验证码为6位数字').optional(),
});

export const scopeOut = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('city') }),
  z.object({ kind: z.literal('district'), regionCode: z.string() }),
  z.object({ kind: z.literal('enterprise'), enterpriseIds: z.array(z.string()) }),
]);

export const meOut = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(z.string()),
  permissions: z.array(z.string()),
  org: z.object({ type: z.enum(['agency', 'enterprise']), id: z.string(), name: z.string(), tier: z.enum(['city', 'district']).nullable() }),
  scope: scopeOut,
  regionName: z.string().nullable(),
  csrfToken: z.string(),
  mustChangePassword: z.boolean(),
  mfa: z.object({ enabled: z.boolean(), required: z.boolean(), pending: z.boolean() }),
});
export type Me = z.infer<typeof meOut>;

export const changePasswordInput = z.object({
  currentPassword: z.string().min(1, '请输入当前密码').max(256),
  newPassword: z.string().min(1, '请输入新密码').max(256),
});

export const totpSetupOut = z.object({ secret: z.string(), otpauthUrl: z.string() });
export const totpEnableInput = z.object({ code: z.string().regex(/^\d{6}$/, '动态验证码为6位数字') });
export const okOut = z.object({ ok: z.literal(true) });
