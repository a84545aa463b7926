import { z } from 'zod';
import { safeText, optionalText } from './text';

/**
 * 领导在岗 (notice §3, REFERENCE.md §8): the actual controller ≥10 and the chief engineer ≥15 official working days
 * on site a month. Days are declared by the enterprise or imported from the personnel positioning system (CSV).
 */
export const ONSITE_ROLES = { actual_controller: '实际控制人', chief_engineer: '总工程师' } as const;
export type OnsiteRole = keyof typeof ONSITE_ROLES;
export const ONSITE_LOCATIONS = { underground: '井下', surface: '地面' } as const;
export const ONSITE_SOURCES = { declared: '企业填报', positioning: '人员定位导入' } as const;
export const SPOT_CHECK_RESULTS = { consistent: '记录属实', inconsistent: '记录不符' } as const;

/** The flags of a month view (see docs/personnel.md § Leaders on site). */
export const ONSITE_FLAGS = {
  two_mines: '同一人同日在两个矿山在岗',
  underground_not_in_positioning: '填报下井但人员定位数据中无记录',
} as const;

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为YYYY-MM');
const isoDate = (label: string) => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, `${label}格式应为YYYY-MM-DD`);
const time = (label: string) => z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, `${label}格式应为HH:MM`);

export const onsiteMonthQuery = z.object({ month });

export const declaredDayInput = z.object({
  day: isoDate('日期'),
  arrival: time('到岗时间').nullish(),
  departure: time('离岗时间').nullish(),
  location: z.enum(['underground', 'surface'], '请选择井下或地面'),
  photoAttachmentId: z.uuid('照片无效').nullish(),
});
/** Several days of one leader at once (the month calendar): all or nothing. */
export const declareDaysInput = z.object({
  personId: z.uuid('请选择人员'),
  role: z.enum(['actual_controller', 'chief_engineer'], '请选择职务'),
  days: z.array(declaredDayInput).min(1, '请至少选择一天').max(31, '一次最多填报31天'),
});
export type DeclareDaysInput = z.output<typeof declareDaysInput>;

export const onsiteDayOut = z.object({
  id: z.string(), personId: z.string(), role: z.string(), day: z.string(), arrival: z.string().nullable(), departure: z.string().nullable(),
  location: z.string().nullable(), source: z.string(), photoAttachmentId: z.string().nullable(),
  /** counted toward the requirement: a working day, held the post, and the minimum hours when times are given */
  counted: z.boolean().nullable(),
  flags: z.array(z.string()),
});
export type OnsiteDayOut = z.infer<typeof onsiteDayOut>;

export const leaderMonthOut = z.object({
  personId: z.string(), personName: z.string(), role: z.string(),
  /** null when the year has no official schedule */
  counted: z.number().nullable(), required: z.number(), shortfall: z.number().nullable(),
  days: z.array(onsiteDayOut),
});

export const spotCheckInput = z.object({
  month,
  checkedOn: isoDate('抽查日期'),
  checkerName: safeText({ label: '抽查人', max: 50, min: 1 }),
  result: z.enum(['consistent', 'inconsistent'], '请选择抽查结果'),
  note: optionalText({ label: '说明', max: 1000, multiline: true }),
});
export const spotCheckOut = z.object({
  id: z.string(), mineId: z.string(), month: z.string(), checkedOn: z.string(), checkerName: z.string(), result: z.string(),
  note: z.string().nullable(), createdAt: z.string(),
});

export const calendarDayOut = z.object({ day: z.string(), working: z.boolean(), holiday: z.boolean(), makeUp: z.boolean() });

export const mineMonthOut = z.object({
  mineId: z.string(), mineName: z.string(), enterpriseName: z.string(), regionCode: z.string(), month: z.string(),
  positioningInstalled: z.boolean(),
  /** the schedule is missing: the message instead of numbers */
  scheduleMissing: z.string().nullable(),
  workingDays: z.number().nullable(),
  calendar: z.array(calendarDayOut),
  minHours: z.number(),
  leaders: z.array(leaderMonthOut),
  /** a required leader with no post this month */
  missingRoles: z.array(z.string()),
  compliant: z.boolean().nullable(),
  spotChecks: z.array(spotCheckOut),
});
export type MineMonthOut = z.infer<typeof mineMonthOut>;

export const complianceQuery = z.object({
  month,
  regionCode: z.string().max(20).optional(),
  /** true: every mine in scope; default: the non-compliant ones */
  all: z.enum(['true', 'false']).optional(),
});
export const complianceRowOut = z.object({
  mineId: z.string(), mineName: z.string(), enterpriseName: z.string(), regionCode: z.string(), regionName: z.string(),
  controllerDays: z.number().nullable(), engineerDays: z.number().nullable(),
  controllerRequired: z.number(), engineerRequired: z.number(),
  missingRoles: z.array(z.string()), compliant: z.boolean(), flags: z.number(), spotChecks: z.number(),
});
export const complianceOut = z.object({
  month: z.string(), scheduleMissing: z.string().nullable(), workingDays: z.number().nullable(),
  rows: z.array(complianceRowOut),
  districts: z.array(z.object({ regionCode: z.string(), regionName: z.string(), mines: z.number(), nonCompliant: z.number() })),
});
export type ComplianceOut = z.infer<typeof complianceOut>;

/** Column mapping of a positioning-system CSV (header names as they appear in the file). */
export const positioningImportQuery = z.object({
  mode: z.enum(['dry-run', 'commit']).default('dry-run'),
  personColumn: z.string().max(100).optional(),
  matchBy: z.enum(['name', 'id_number']).default('name'),
  /** date, or date and time (e.g. 下井时间 2026-02-03 08:12) */
  dateColumn: z.string().max(100).optional(),
  arrivalColumn: z.string().max(100).optional(),
  departureColumn: z.string().max(100).optional(),
  /** values such as 是/否, 井下/地面, 1/0; without it every row counts as underground */
  undergroundColumn: z.string().max(100).optional(),
});
export type PositioningMapping = z.output<typeof positioningImportQuery>;
export const positioningPreviewOut = z.object({
  encoding: z.string(), headers: z.array(z.string()), sample: z.array(z.array(z.string())),
  rows: z.number(), errors: z.array(z.object({ row: z.number(), message: z.string() })),
  /** rows of people who are not the mine's actual controller or chief engineer on that day (ignored) */
  ignored: z.number(),
  /** leader-days that commit writes (or wrote) */
  days: z.number(),
  committed: z.boolean(), importId: z.string().nullable(),
});
export type PositioningPreviewOut = z.infer<typeof positioningPreviewOut>;
