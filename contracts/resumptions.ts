import { z } from 'zod';
import { optionalText, safeText } from './text';
import { listQueryBase } from './paging';

/**
 * 复产申请: after a major hazard with a stop-production order passed acceptance, the enterprise applies to
 * resume production; the regulator verifies on site within a number of days (setting, rule unconfirmed).
 */
export const RESUMPTION_STATUSES = { pending: '待核查', approved: '核查通过', rejected: '不予复产' } as const;
export type ResumptionStatus = keyof typeof RESUMPTION_STATUSES;
export const RESUMPTION_DAY_BASES = { calendar: '自然日', working: '工作日' } as const;
export type ResumptionDayBasis = keyof typeof RESUMPTION_DAY_BASES;
/** The settings of the clock; both are unconfirmed rules (待核对). */
export const RESUMPTION_SETTINGS = {
  days: { key: 'hazard.resumption_days', default: 10, label: '复产核查时限天数（默认10天，待核对）' },
  basis: { key: 'hazard.resumption_day_basis', default: 'calendar' as ResumptionDayBasis, label: '复产核查时限计算方式（默认自然日，待核对）' },
} as const;

const isoDate = (label: string) => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, `${label}格式应为YYYY-MM-DD`);

export const resumptionInput = z.object({
  note: safeText({ label: '复产申请说明', max: 2000, min: 1, multiline: true }),
});
export const resumptionDecision = z.object({
  approve: z.boolean({ error: '请选择核查结论' }),
  /** approve: the on-site verification date */
  verifiedOn: isoDate('现场核查日期').nullish(),
  /** approve: the verification note; reject: the reason */
  note: optionalText({ label: '核查意见', max: 2000, multiline: true }),
});
export type ResumptionDecision = z.infer<typeof resumptionDecision>;

const flag = z.enum(['true', 'false']).transform((v) => v === 'true').optional();
export const resumptionListQuery = listQueryBase.extend({
  status: z.enum(Object.keys(RESUMPTION_STATUSES) as [ResumptionStatus]).optional(),
  /** pending past its due date (Asia/Shanghai); the due date itself is not overdue */
  overdue: flag,
  regionCode: z.string().max(12).optional(),
  hazardId: z.uuid().optional(),
});

export const resumptionOut = z.object({
  id: z.string(), hazardId: z.string(), mineId: z.string(), mineName: z.string(), enterpriseId: z.string(), enterpriseName: z.string(),
  regionCode: z.string(), regionName: z.string(), hazardDescription: z.string(),
  note: z.string(), appliedAt: z.string(), appliedOn: z.string(), dayBasis: z.string(), days: z.number(),
  /** null when the working calendar has no schedule for a year the count needs (dueDateNote says why) */
  dueDate: z.string().nullable(), dueDateNote: z.string().nullable(),
  status: z.string(), overdue: z.boolean(), verifiedOn: z.string().nullable(), decidedAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
  /** whether the caller may decide it (the listing agency for a listed hazard, otherwise the district) */
  canDecide: z.boolean(),
  /** the rule's source is unconfirmed: say so next to the clock */
  ruleNote: z.string(),
});
export type ResumptionOut = z.infer<typeof resumptionOut>;

/** On the hazard: its applications, and whether the caller may apply now. */
export const hazardResumptions = z.object({ items: z.array(resumptionOut), canApply: z.boolean(), ruleNote: z.string() });
