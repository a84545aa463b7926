import { z } from 'zod';
import { safeText } from './text';
import { listQueryBase } from './paging';

/** 重大隐患月度自查 (notice §4: the principal organises ≥1 major-hazard self-inspection per mine each month). */
export const SELF_INSPECTION_RESULTS = { hazards_found: '发现重大隐患', no_major_hazard: '未发现重大隐患' } as const;
export type SelfInspectionResult = keyof typeof SELF_INSPECTION_RESULTS;

/** A mine's month in the matrix: computed by query from the records and the calendar, never stored. */
export const MONTH_STATUSES = {
  submitted: '按时提交', late: '逾期提交', missing: '未提交', exempt: '无需自查', pending: '待提交（未到期）',
} as const;
export type MonthStatus = keyof typeof MONTH_STATUSES;

const month = (label: string) => z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, `${label}格式应为YYYY-MM`);
const isoDate = (label: string) => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, `${label}格式应为YYYY-MM-DD`);

const fields = {
  organiserPersonId: z.uuid('组织人无效'),
  inspectionDate: isoDate('自查日期'),
  participants: safeText({ label: '参加人员', max: 500, min: 1, multiline: true }),
  scope: safeText({ label: '自查范围', max: 2000, min: 1, multiline: true }),
  result: z.enum(['hazards_found', 'no_major_hazard'], '自查结论无效'),
  hazardIds: z.array(z.uuid('隐患编号无效')).max(200, '关联隐患最多200条').default([]),
  /** the organiser's own password: signs the statement (required for 未发现重大隐患) */
  password: z.string().min(1).max(200).optional(),
};

export const selfInspectionInput = z.object({ mineId: z.uuid('矿山无效'), month: month('自查月份'), ...fields });
export const selfInspectionUpdate = z.object({ ...fields, version: z.number().int() });
export type SelfInspectionInput = z.output<typeof selfInspectionInput>;
export type SelfInspectionUpdate = z.output<typeof selfInspectionUpdate>;

export const selfInspectionOut = z.object({
  id: z.string(), mineId: z.string(), mineName: z.string(), enterpriseId: z.string(), enterpriseName: z.string(),
  regionCode: z.string(), regionName: z.string(), month: z.string(),
  organiserPersonId: z.string(), organiserName: z.string(), organiserRoleOk: z.boolean(),
  inspectionDate: z.string(), participants: z.string(), scope: z.string(), result: z.string(), hazardIds: z.array(z.string()),
  signedByUserId: z.string().nullable(), signedAt: z.string().nullable(),
  submittedAt: z.string(), late: z.boolean(), backfilled: z.boolean(), dueDate: z.string(),
  warnings: z.array(z.string()), version: z.number(), updatedAt: z.string(),
});
export type SelfInspectionOut = z.infer<typeof selfInspectionOut>;

export const selfInspectionListQuery = listQueryBase.omit({ q: true }).extend({
  mineId: z.uuid().optional(), month: month('月份').optional(), regionCode: z.string().max(20).optional(),
});

export const monthRangeQuery = z.object({ from: month('起始月份'), to: month('截止月份') });
export const matrixQuery = monthRangeQuery.extend({ regionCode: z.string().max(20).optional(), enterpriseId: z.uuid().optional() });

export const matrixOut = z.object({
  months: z.array(z.string()),
  rows: z.array(z.object({
    mineId: z.string(), mineName: z.string(), enterpriseId: z.string(), enterpriseName: z.string(),
    regionCode: z.string(), regionName: z.string(),
    cells: z.array(z.object({ month: z.string(), status: z.enum(['submitted', 'late', 'missing', 'exempt', 'pending']),
      backfilled: z.boolean(), recordId: z.string().nullable() })),
  })),
});
export type MatrixOut = z.infer<typeof matrixOut>;

/** Per division and month: completeness = (submitted + late) / obliged; on-time rate = submitted / obliged (null when none obliged). */
export const statsOut = z.object({
  rows: z.array(z.object({
    regionCode: z.string(), regionName: z.string(), month: z.string(),
    obliged: z.number(), submitted: z.number(), late: z.number(), missing: z.number(), pending: z.number(), exempt: z.number(),
    completeness: z.number().nullable(), onTimeRate: z.number().nullable(),
  })),
});
export type StatsOut = z.infer<typeof statsOut>;

/** Rules whose source is unconfirmed are settings (table `settings`), with these defaults and labels. */
export const SELF_INSPECTION_SETTINGS = {
  graceDays: {
    key: 'self_inspection_grace_days', default: 0,
    label: '月度自查宽限天数（截止日期 = 月末 + 宽限天数；依据未确认，默认0天）',
  },
  organiserPositions: {
    key: 'self_inspection_organiser_positions', default: ['principal', 'mine_manager'] as string[],
    label: '可组织月度自查的职务（默认：企业主要负责人、矿长；依据未确认，其他组织人可提交但标记）',
  },
} as const;
