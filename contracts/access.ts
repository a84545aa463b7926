/**
 * Roles, permissions and the role × permission matrix: the single source of truth for the
 * server (which enforces it) and the web (which shows menus and buttons from it).
 * Data scope (which rows) is separate from permission (which actions): see docs/access.md.
 */
export const ROLES = {
  system_admin: { label: '系统管理员', tier: 'admin' },
  security_admin: { label: '安全管理员', tier: 'admin' },
  audit_admin: { label: '审计管理员', tier: 'admin' },
  city_admin: { label: '市级管理员', tier: 'city' },
  city_supervisor: { label: '市级监管人员', tier: 'city' },
  national_inspectorate: { label: '国家矿山安监局重庆局', tier: 'city' },
  district_admin: { label: '区县管理员', tier: 'district' },
  district_supervisor: { label: '区县监管人员', tier: 'district' },
  natural_resources_officer: { label: '规划和自然资源局人员', tier: 'district' },
  enterprise_admin: { label: '企业管理员', tier: 'enterprise' },
  enterprise_principal: { label: '企业主要负责人', tier: 'enterprise' },
  enterprise_staff: { label: '企业人员', tier: 'enterprise' },
} as const;
export type Role = keyof typeof ROLES;
export const ROLE_LIST = Object.keys(ROLES) as Role[];
/** 三员分立: these three are kept separate; one user may not hold two of them. */
export const ADMIN_ROLES: Role[] = ['system_admin', 'security_admin', 'audit_admin'];

export const PERMISSIONS = {
  'region.read': '查看行政区划',
  'agency.read': '查看监管部门',
  'agency.manage': '管理监管部门',
  'enterprise.read': '查看企业',
  'enterprise.create': '新增企业',
  'enterprise.update': '编辑企业',
  'enterprise.import': '导入企业和矿山',
  'mine.read': '查看矿山',
  'mine.create': '新增矿山',
  'mine.update': '编辑矿山',
  'mine.licence.update': '编辑许可证信息',
  'person.read': '查看人员',
  'person.manage': '管理人员与任职',
  'person.reveal': '查看完整个人信息',
  'user.read': '查看用户',
  'user.manage': '管理用户账号',
  'user.roles': '分配角色、解锁和重置密码',
  'token.manage': '管理API令牌',
  'audit.read': '查看审计日志',
  'audit.verify': '校验审计链',
  'system.backup': '备份与恢复',
  'data.export': '导出数据',
  'hazard.read': '查看隐患',
  'hazard.report': '上报隐患',
  'hazard.rectify': '整改隐患（方案、进展、延期申请、一般隐患销号）',
  'hazard.sign': '企业自验签字',
  'hazard.create_found': '登记监管检查发现的隐患',
  'hazard.confirm': '重大隐患认定',
  'hazard.accept': '重大隐患验收销号',
  'hazard.extension.decide': '审批延期申请',
  'hazard.list': '挂牌督办',
  'hazard.delist': '摘牌（限挂牌部门）',
  'hazard.closure.decide': '查看和审核提请关闭建议',
  'rules.manage': '修改业务规则设置（时限、阈值、岗位配备要求、证书目录等）',
  'certificate.manage': '登记和维护特种作业操作证',
  'certificate.verify': '核验特种作业操作证',
  'training.manage': '登记三项岗位培训记录',
  'training.target': '设定年度培训目标',
  'classroom.record': '登记培训教室视频联网情况',
  'inspection.record': '登记检查（逢查必验、逢查必评、逢查必考）',
  'onsite.declare': '填报领导在岗（带班）记录、导入人员定位数据',
  'onsite.spotcheck': '抽查领导在岗记录',
  'selfinspection.read': '查看重大隐患月度自查',
  'selfinspection.submit': '填报重大隐患月度自查',
} as const;
export type Permission = keyof typeof PERMISSIONS;
export const PERMISSION_LIST = Object.keys(PERMISSIONS) as Permission[];

const READ_ORG: Permission[] = ['region.read', 'agency.read', 'enterprise.read', 'mine.read', 'person.read', 'data.export', 'hazard.read', 'selfinspection.read'];
const HAZARD_CITY: Permission[] = ['hazard.create_found', 'hazard.list', 'hazard.delist', 'hazard.closure.decide'];
/** Key personnel work of city and district regulators (certificates, training, classrooms, inspections, spot checks). */
const PERSONNEL_REGULATOR: Permission[] = ['certificate.manage', 'certificate.verify', 'training.manage', 'classroom.record', 'inspection.record', 'onsite.spotcheck'];
/** District regulators grade, accept and decide extensions; only the listing agency's users delist (checked in the service). */
const HAZARD_DISTRICT: Permission[] = [...HAZARD_CITY, 'hazard.confirm', 'hazard.accept', 'hazard.extension.decide'];

export const ROLE_PERMISSIONS: Record<Role, Permission[]> = {
  // 系统管理员: organisation structure and accounts, no business data edits, no audit reading.
  system_admin: ['region.read', 'agency.read', 'agency.manage', 'user.read', 'user.manage', 'system.backup'],
  // 安全管理员: roles, unlocks, resets and machine tokens.
  security_admin: ['region.read', 'agency.read', 'user.read', 'user.roles', 'token.manage'],
  // 审计管理员: reads and verifies the audit log, nothing else.
  audit_admin: ['region.read', 'agency.read', 'audit.read', 'audit.verify'],
  city_admin: [...READ_ORG, 'enterprise.create', 'enterprise.update', 'enterprise.import', 'mine.create', 'mine.update',
    'mine.licence.update', 'person.manage', 'person.reveal', 'user.read', 'user.manage', 'token.manage', 'rules.manage', 'training.target', ...HAZARD_CITY, ...PERSONNEL_REGULATOR],
  city_supervisor: [...READ_ORG, 'enterprise.create', 'enterprise.update', 'enterprise.import', 'mine.create', 'mine.update',
    'mine.licence.update', 'person.manage', 'person.reveal', 'training.target', ...HAZARD_CITY, ...PERSONNEL_REGULATOR],
  national_inspectorate: [...READ_ORG, 'hazard.create_found', 'certificate.verify', 'inspection.record'],
  district_admin: [...READ_ORG, 'enterprise.create', 'enterprise.update', 'enterprise.import', 'mine.create', 'mine.update',
    'mine.licence.update', 'person.manage', 'person.reveal', 'user.read', 'user.manage', ...HAZARD_DISTRICT, ...PERSONNEL_REGULATOR],
  district_supervisor: [...READ_ORG, 'enterprise.create', 'enterprise.update', 'enterprise.import', 'mine.create', 'mine.update',
    'mine.licence.update', 'person.manage', 'person.reveal', ...HAZARD_DISTRICT, ...PERSONNEL_REGULATOR],
  natural_resources_officer: [...READ_ORG, 'mine.licence.update'],
  enterprise_admin: [...READ_ORG, 'enterprise.update', 'mine.update', 'person.manage', 'person.reveal', 'user.read', 'user.manage',
    'hazard.report', 'hazard.rectify', 'selfinspection.submit', 'certificate.manage', 'training.manage', 'onsite.declare'],
  enterprise_principal: [...READ_ORG, 'person.reveal', 'hazard.report', 'hazard.rectify', 'hazard.sign', 'selfinspection.submit', 'onsite.declare'],
  enterprise_staff: ['region.read', 'enterprise.read', 'mine.read', 'person.read', 'hazard.read', 'hazard.report', 'selfinspection.read'],
};

export function permissionsOf(roles: readonly Role[]): Set<Permission> {
  return new Set(roles.flatMap((r) => ROLE_PERMISSIONS[r] ?? []));
}

/** Roles an organisation kind may hold: agency users never get enterprise roles and vice versa. */
export function rolesAllowedFor(orgType: 'agency' | 'enterprise', tier?: 'city' | 'district'): Role[] {
  if (orgType === 'enterprise') return ['enterprise_admin', 'enterprise_principal', 'enterprise_staff'];
  if (tier === 'district') return ['district_admin', 'district_supervisor', 'natural_resources_officer'];
  return ['system_admin', 'security_admin', 'audit_admin', 'city_admin', 'city_supervisor', 'national_inspectorate'];
}

/** Data scope: city-wide, one division, or a set of enterprises. Tokens carry one too. */
export type Scope =
  | { kind: 'city' }
  | { kind: 'district'; regionCode: string }
  | { kind: 'enterprise'; enterpriseIds: string[] };
