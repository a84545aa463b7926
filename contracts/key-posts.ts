import { z } from 'zod';
import { optionalText } from './text';
import { MINE_KINDS, type MineKind } from './org';
import { POSITIONS, type PositionCode } from './people';

/**
 * 关键岗位配备: the posts each mine kind must fill (table position_requirements, seeded and labelled 待核对),
 * the per-mine view of who fills them, the vacancy list and turning a vacancy into a major hazard.
 */
const isoDate = (label: string) => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, `${label}格式应为YYYY-MM-DD`);

/** Education levels, lowest first: a rule's minEducation is met by that level or any above it. */
export const EDUCATION_LEVELS = ['初中', '高中', '中专', '大专', '本科', '硕士研究生', '博士研究生'] as const;

/** Conditions a requirement row may carry (the row applies only when the mine meets it). */
export const REQUIREMENT_CONDITIONS = { hydro_medium_or_complex: '水文地质类型为中等或复杂' } as const;

export const qualificationRule = z.object({
  /** keywords: the holder's major must contain one of them */
  majors: z.array(z.string().trim().min(1).max(20)).max(30).optional(),
  /** met by this education level or above … */
  minEducation: z.enum(EDUCATION_LEVELS, { error: '学历取值无效' }).optional(),
  /** … or by a title containing one of these words (助理级 titles do not count) */
  titles: z.array(z.string().trim().min(1).max(20)).max(20).optional(),
  minYears: z.number().int().min(0).max(50).optional(),
  /** the post must be held full-time (专职) */
  fullTime: z.boolean().optional(),
});
export type QualificationRule = z.infer<typeof qualificationRule>;

export const requirementOut = z.object({
  id: z.string(), mineKind: z.string(), position: z.string(), count: z.number(), perSystem: z.boolean(), fiveDuties: z.boolean(),
  condition: z.string().nullable(), qualification: qualificationRule, hazardItemCode: z.string().nullable(),
  unconfirmed: z.boolean(), note: z.string().nullable(), sort: z.number(), version: z.number(), updatedAt: z.string(),
});
export type RequirementOut = z.infer<typeof requirementOut>;

/** What an administrator may change on a row (kind, post, condition and hazard item are fixed by the seed). */
export const requirementInput = z.object({
  /** 0 switches the row off */
  count: z.number({ error: '人数应为整数' }).int('人数应为整数').min(0, '人数不能为负数').max(20, '人数不能超过20'),
  perSystem: z.boolean(),
  qualification: qualificationRule,
  unconfirmed: z.boolean(),
  note: optionalText({ label: '说明', max: 500, multiline: true }),
  version: z.number().int(),
});
export type RequirementInput = z.infer<typeof requirementInput>;

export const holderOut = z.object({
  personId: z.string(), personName: z.string(), positionId: z.string(), startDate: z.string(), endDate: z.string().nullable(),
  fullTime: z.boolean(), productionSystem: z.number().nullable(), qualified: z.boolean(),
  /** why the holder does not qualify (wrong major, too few years, not full-time …) */
  problems: z.array(z.string()),
});
export type HolderOut = z.infer<typeof holderOut>;

export const keyPostOut = z.object({
  requirementId: z.string(), mineKind: z.string(), position: z.string(), positionLabel: z.string(),
  /** per-system posts: the production system (1, 2, …); otherwise null */
  productionSystem: z.number().nullable(),
  fiveDuties: z.boolean(), hazardItemCode: z.string().nullable(), unconfirmed: z.boolean(),
  filled: z.boolean(), holder: holderOut.nullable(),
  /** flags on this post: 五职兼任, a full-time principal post at another mine too */
  issues: z.array(z.string()),
});
export type KeyPostOut = z.infer<typeof keyPostOut>;

export const mineKeyPostsOut = z.object({
  mineId: z.string(), mineName: z.string(), enterpriseId: z.string(), enterpriseName: z.string(),
  regionCode: z.string(), regionName: z.string(), kinds: z.array(z.string()), status: z.string(),
  date: z.string(), independentSystems: z.number(), hydroComplexity: z.string().nullable(),
  posts: z.array(keyPostOut),
  vacancies: z.number(), flags: z.number(),
  /** positions whose vacancy the caller may turn into a major hazard now (district, UG/TP, vacant) */
  hazardPositions: z.array(z.object({ position: z.string(), productionSystem: z.number().nullable(), hazardItemCode: z.string() })),
});
export type MineKeyPostsOut = z.infer<typeof mineKeyPostsOut>;

export const keyPostsQuery = z.object({ date: isoDate('日期').optional() });

export const vacancyListQuery = z.object({
  date: isoDate('日期').optional(),
  regionCode: z.string().max(20).optional(),
  mineKind: z.enum(Object.keys(MINE_KINDS) as [MineKind]).optional(),
  /** only mines with a flag (五职兼任, principal at two mines), not plain vacancies */
  onlyFlagged: z.enum(['true', 'false']).optional().transform((v) => v === 'true'),
});

export const vacancyRowOut = z.object({
  mineId: z.string(), mineName: z.string(), enterpriseId: z.string(), enterpriseName: z.string(),
  regionCode: z.string(), regionName: z.string(), kinds: z.array(z.string()), status: z.string(),
  vacancies: z.number(), flags: z.number(),
  /** the vacant posts as labels, e.g. 总工程师（第2生产系统） */
  vacantPosts: z.array(z.string()),
  flagTexts: z.array(z.string()),
});
export type VacancyRowOut = z.infer<typeof vacancyRowOut>;

export const vacancyListOut = z.object({
  date: z.string(),
  items: z.array(vacancyRowOut),
  /** mines checked and the list cap: more mines with vacancies than the cap → truncated */
  checkedMines: z.number(), truncated: z.boolean(),
  byDistrict: z.array(z.object({
    regionCode: z.string(), regionName: z.string(), mines: z.number(), minesWithVacancies: z.number(), vacancies: z.number(), flaggedMines: z.number(),
  })),
});
export type VacancyListOut = z.infer<typeof vacancyListOut>;

export const vacancyHazardInput = z.object({
  position: z.enum(Object.keys(POSITIONS) as [PositionCode], { error: '请选择岗位' }),
  productionSystem: z.number().int().min(1).max(50).nullish(),
  deadline: isoDate('整改期限'),
  description: optionalText({ label: '隐患描述', max: 2000, multiline: true }),
});
export type VacancyHazardInput = z.infer<typeof vacancyHazardInput>;
export const vacancyHazardOut = z.object({ hazardId: z.string(), standardItemCode: z.string() });

/** Label of a post slot: 总工程师（第2生产系统）. */
export function postLabel(position: string, productionSystem: number | null): string {
  const label = (POSITIONS as Record<string, string>)[position] ?? position;
  return productionSystem ? `${label}（第${productionSystem}生产系统）` : label;
}
