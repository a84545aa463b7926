/** Chinese names for the audit log's entity types and actions; unknown codes are shown as they are. */
export const ENTITY_TYPES: Record<string, string> = {
  enterprise: '企业', mine: '矿山', person: '人员', position: '任职', user: '用户', session: '登录会话',
  api_token: 'API令牌', token: 'API令牌', agency: '监管部门', import: '批量导入', audit: '审计日志', region: '行政区划',
  system: '系统',
};

export const ACTIONS: Record<string, string> = {
  create: '新增', update: '修改', delete: '删除', end: '离任', reveal: '查看完整信息', export: '导出', import: '导入',
  login: '登录', logout: '退出', login_failed: '登录失败', account_locked: '账号锁定', login_refused_locked: '锁定期间尝试登录',
  login_refused_disabled: '停用账号尝试登录', password_changed: '修改密码', password_reset: '重置密码', unlock: '解锁',
  totp_setup_started: '生成动态验证码密钥', totp_enabled: '启用动态验证码', revoke: '吊销', verify: '校验审计链', checkpoint: '导出检查点',
  view: '查看', seed_demo: '生成演示数据',
};

/** Entity types with a detail page in this app. */
export const ENTITY_LINKS: Record<string, string> = { enterprise: '/enterprises', mine: '/mines', person: '/people' };

/** Why the chain check failed (server/src/platform/audit/chain.ts ChainFailureKind). */
export const VERIFY_KINDS: Record<string, string> = {
  altered: '记录内容被修改', missing: '记录缺失（被删除）', reordered: '记录顺序被改动',
  bad_mac: '校验码不符（记录被伪造或密钥不一致）', truncated: '记录被截断（与检查点不一致）',
};
