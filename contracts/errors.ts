import { z } from 'zod';

/** One error vocabulary for the API: stable codes, Chinese messages, HTTP status by code. */
export const ERROR_STATUS = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  MFA_REQUIRED: 401,
  CSRF: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  STATE: 409,
  STALE: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA: 415,
  LOCKED: 423,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export const DEFAULT_MESSAGES: Record<ErrorCode, string> = {
  VALIDATION: '提交的内容有误，请检查标红的字段',
  UNAUTHENTICATED: '请先登录',
  MFA_REQUIRED: '请输入动态验证码',
  CSRF: '页面已过期，请刷新后重试',
  FORBIDDEN: '您没有执行此操作的权限',
  NOT_FOUND: '未找到该记录',
  CONFLICT: '数据冲突',
  STATE: '当前状态不允许此操作',
  STALE: '该记录已被他人修改，请刷新后重试',
  PAYLOAD_TOO_LARGE: '文件或请求过大',
  UNSUPPORTED_MEDIA: '文件类型不受支持',
  LOCKED: '账号已锁定',
  RATE_LIMITED: '操作过于频繁，请稍后再试',
  UNAVAILABLE: '服务暂不可用',
  INTERNAL: '服务器内部错误，请联系管理员',
};

export const errorResponse = z.object({
  code: z.string(),
  message: z.string(),
  /** field path (dot-joined) → Chinese message */
  fields: z.record(z.string(), z.string()).optional(),
  requestId: z.string(),
  /** STALE: the current record, so the UI can show the other user's change */
  current: z.unknown().optional(),
});
export type ErrorResponse = z.infer<typeof errorResponse>;
