import { z } from 'zod';
import { POSITIONS } from './people';

/**
 * Business rules an administrator may change (table `settings`). Where REFERENCE.md marks a rule unconfirmed, or
 * the sources leave a detail open, the setting says so (`unconfirmed`) and the UI labels it 待核对.
 */
export interface RuleSetting {
  key: string;
  group: string;
  label: string;
  kind: 'int' | 'enum' | 'positions';
  default: number | string | string[];
  min?: number;
  max?: number;
  options?: Record<string, string>;
  unconfirmed: boolean;
  note: string;
}

export const RULE_SETTINGS: RuleSetting[] = [
  { key: 'hazard.registration_limit_hours', group: '隐患', label: '隐患登记时限（小时）', kind: 'int', default: 24, min: 1, max: 720, unconfirmed: true,
    note: '发现后超过该时限才登记的隐患标记为“登记超时”。依据待核对。' },
  { key: 'hazard.recurrence_window_months', group: '隐患', label: '同类重大隐患反复出现的时间窗口（月）', kind: 'int', default: 12, min: 1, max: 60, unconfirmed: true,
    note: '同一矿山在该时间内再次发现同一判定标准条款的重大隐患，标记为“同类重大隐患反复出现”。通知未规定具体期限。' },
  { key: 'closure.major_hazard_occasions', group: '提请关闭', label: '提请关闭：发现重大隐患的次数', kind: 'int', default: 2, min: 2, max: 10, unconfirmed: false,
    note: '国家硬措施：3个月内2次以上发现重大事故隐患仍然生产的，提请关闭。“次”按发现日期计（同一天发现的多条算一次），为本系统的理解。' },
  { key: 'closure.window_months', group: '提请关闭', label: '提请关闭：统计时间窗口（月）', kind: 'int', default: 3, min: 1, max: 24, unconfirmed: false,
    note: '国家硬措施规定为3个月。' },
  { key: 'hazard.resumption_days', group: '复产', label: '复产申请核查时限（天）', kind: 'int', default: 10, min: 1, max: 90, unconfirmed: true,
    note: '挂牌督办并责令停产的重大隐患整改后，企业申请复产，监管部门在该时限内现场核查。' },
  { key: 'hazard.resumption_day_basis', group: '复产', label: '复产核查时限的计日方式', kind: 'enum', default: 'calendar',
    options: { calendar: '自然日', working: '工作日（按国务院节假日安排）' }, unconfirmed: true,
    note: '依据只写“10日内”，未明确自然日或工作日。' },
  { key: 'self_inspection_grace_days', group: '月度自查', label: '月度自查宽限天数', kind: 'int', default: 0, min: 0, max: 60, unconfirmed: true,
    note: '截止日期 = 月末 + 宽限天数。' },
  { key: 'self_inspection_organiser_positions', group: '月度自查', label: '可组织月度自查的职务', kind: 'positions', default: ['principal', 'mine_manager'],
    options: { ...POSITIONS }, unconfirmed: true, note: '其他人员组织的自查可以提交，但标记为“组织人不符”。' },
  { key: 'deadline.due_soon_days', group: '期限提醒', label: '隐患、挂牌督办、复产核查“即将到期”提醒天数', kind: 'int', default: 3, min: 1, max: 30, unconfirmed: true,
    note: '期限前该天数内（含期限当天）提醒一次“即将到期”。依据未规定，为本系统的设定。' },
  { key: 'deadline.escalate_after_days', group: '期限提醒', label: '隐患逾期多少天后通知市级', kind: 'int', default: 7, min: 1, max: 90, unconfirmed: true,
    note: '逾期超过该天数仍未销号的隐患，通知市级监管人员。依据未规定，为本系统的设定。' },
  { key: 'onsite.min_hours', group: '领导在岗', label: '在岗日最少在岗小时数', kind: 'int', default: 0, min: 0, max: 24, unconfirmed: true,
    note: '填写了到岗和离岗时间的记录，在岗时长不足该小时数的不计入在岗天数；0 表示到岗即计。通知未规定时长。' },
  { key: 'onsite.actual_controller_days', group: '领导在岗', label: '实际控制人每月最少在岗工作日', kind: 'int', default: 10, min: 1, max: 23, unconfirmed: false,
    note: '通知第三条：实际控制人每月在岗不少于10个工作日（按国务院节假日安排计工作日）。' },
  { key: 'onsite.chief_engineer_days', group: '领导在岗', label: '总工程师每月最少在岗工作日', kind: 'int', default: 15, min: 1, max: 23, unconfirmed: false,
    note: '通知第三条：总工程师每月在岗不少于15个工作日（按国务院节假日安排计工作日）。' },
];

export const ruleSettingOut = z.object({
  key: z.string(), group: z.string(), label: z.string(), kind: z.string(), default: z.unknown(), min: z.number().optional(), max: z.number().optional(),
  options: z.record(z.string(), z.string()).optional(), unconfirmed: z.boolean(), note: z.string(),
  value: z.unknown(), isDefault: z.boolean(), updatedAt: z.string().nullable(),
});
export type RuleSettingOut = z.infer<typeof ruleSettingOut>;
export const ruleSettingParams = z.object({ key: z.string().max(100) });
export const ruleSettingInput = z.object({
  /** null restores the default */
  value: z.union([z.number(), z.string().max(50), z.array(z.string().max(50)).max(20), z.null()]),
});

/** The value as the rule wants it, or a Chinese message naming the setting. */
export function checkRuleValue(s: RuleSetting, v: unknown): string | null {
  if (s.kind === 'int') {
    if (typeof v !== 'number' || !Number.isInteger(v)) return `${s.label}应为整数`;
    if ((s.min !== undefined && v < s.min) || (s.max !== undefined && v > s.max)) return `${s.label}应在${s.min}～${s.max}之间`;
    return null;
  }
  if (s.kind === 'enum') return typeof v === 'string' && !!s.options && Object.hasOwn(s.options, v) ? null : `${s.label}取值无效`;
  if (!Array.isArray(v) || v.length === 0) return `请至少选择一项${s.label}`;
  return v.every((x) => typeof x === 'string' && !!s.options && Object.hasOwn(s.options, x)) && new Set(v).size === v.length ? null : `${s.label}取值无效`;
}
