import { z } from 'zod';
import { optionalText, safeText } from './text';
import { listQueryBase } from './paging';

/** 三项岗位培训 (notice §7): principals, safety managers and special-operations workers. */
export const TRAINING_CATEGORIES = { principal: '主要负责人', safety_manager: '安全管理人员', special_operator: '特种作业人员' } as const;
export type TrainingCategory = keyof typeof TRAINING_CATEGORIES;

/** The city's region code: targets for the whole city are kept under it. */
export const CITY_REGION_CODE = '500000';
/**
 * 渝安办〔2025〕13号 §7: "争取 2025 年培训'三项岗位'人员 2790 名" (seeded when missing) and
 * "2025 年底前实现全市矿山安全培训教室视频连至市应急管理局联网率达到 90%以上" (the classroom rate target).
 */
export const NOTICE_SOURCE = '渝安办〔2025〕13号';
export const SEEDED_TRAINING_TARGET = { year: 2025, regionCode: CITY_REGION_CODE, target: 2790, source: NOTICE_SOURCE } as const;
export const CLASSROOM_TARGET_RATE = 0.9;
/** Mines whose classroom counts in the rate: producing and building (contracts/org.ts MINE_STATUSES). */
export const CLASSROOM_OBLIGED_STATUSES = ['production', 'construction'] as const;

const isoDate = (label: string) => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, `${label}格式应为YYYY-MM-DD`);
const year = z.coerce.number({ error: '年度无效' }).int('年度无效').min(2000, '年度无效').max(2100, '年度无效');
const bool = z.enum(['true', 'false']).transform((v) => v === 'true');

export const trainingRecordInput = z.object({
  personId: z.uuid('请选择人员'),
  /** regulators name the employer; enterprise users record for their own enterprise */
  enterpriseId: z.uuid('企业无效').nullish(),
  category: z.enum(Object.keys(TRAINING_CATEGORIES) as [TrainingCategory], { error: '请选择培训类别' }),
  course: safeText({ label: '培训课程', max: 200, min: 1 }),
  hours: z.number({ error: '请填写学时' }).gt(0, '学时须大于0').max(2000, '学时过大'),
  examScore: z.number({ error: '考试成绩须为数字' }).min(0, '考试成绩须在0到100之间').max(100, '考试成绩须在0到100之间').nullish(),
  passed: z.boolean({ error: '请选择是否合格' }),
  certificateNo: optionalText({ label: '培训合格证号', max: 60 }),
  trainedOn: isoDate('培训日期'),
});
export type TrainingRecordInput = z.output<typeof trainingRecordInput>;
/** A correction: person and employer stay; the rest is replaced at the expected version. */
export const trainingRecordUpdate = trainingRecordInput.omit({ personId: true, enterpriseId: true }).extend({ version: z.number().int() });
export type TrainingRecordUpdate = z.output<typeof trainingRecordUpdate>;

export const trainingRecordOut = z.object({
  id: z.string(), personId: z.string(), personName: z.string(), enterpriseId: z.string(), enterpriseName: z.string(),
  regionCode: z.string().nullable(), regionName: z.string().nullable(), category: z.string(), course: z.string(),
  hours: z.number(), examScore: z.number().nullable(), passed: z.boolean(), certificateNo: z.string().nullable(),
  trainedOn: z.string(), version: z.number(), createdAt: z.string(),
});
export type TrainingRecordOut = z.infer<typeof trainingRecordOut>;

export const trainingRecordFilter = z.object({
  year: year.optional(),
  category: z.enum(Object.keys(TRAINING_CATEGORIES) as [TrainingCategory]).optional(),
  passed: bool.optional(),
  regionCode: z.string().max(20).optional(),
  enterpriseId: z.uuid().optional(),
  /** person name */
  q: z.string().max(100).optional(),
});
export const trainingRecordListQuery = listQueryBase.omit({ q: true }).extend(trainingRecordFilter.shape);

export const trainingTargetParams = z.object({ year, regionCode: z.string().min(1).max(20) });
export const trainingTargetInput = z.object({
  target: z.number({ error: '请填写目标人数' }).int('目标人数须为整数').min(0, '目标人数不能为负').max(1_000_000, '目标人数过大'),
  source: safeText({ label: '目标依据', max: 200, min: 1 }),
});
export const trainingTargetOut = z.object({ year: z.number(), regionCode: z.string(), target: z.number(), source: z.string().nullable(), updatedAt: z.string() });

export const progressQuery = z.object({ year });
const progressRow = z.object({
  regionCode: z.string(), regionName: z.string(), target: z.number().nullable(), targetSource: z.string().nullable(),
  /** distinct persons who passed in the year, credited to their employer's district */
  passed: z.number(), rate: z.number().nullable(),
});
export const trainingProgressOut = z.object({ year: z.number(), city: progressRow.nullable(), rows: z.array(progressRow) });
export type TrainingProgressOut = z.infer<typeof trainingProgressOut>;

/** 培训教室视频联网 */
export const classroomInput = z.object({
  connected: z.boolean({ error: '请选择是否联网' }),
  since: isoDate('联网日期').nullish(),
  checkedBy: safeText({ label: '核查人', max: 50, min: 1 }),
  checkedOn: isoDate('核查日期'),
  note: optionalText({ label: '备注', max: 500, multiline: true }),
  /** required when the mine already has a record (optimistic concurrency) */
  version: z.number().int().optional(),
});
export type ClassroomInput = z.output<typeof classroomInput>;

export const classroomOut = z.object({
  mineId: z.string(), mineName: z.string(), mineStatus: z.string(), enterpriseId: z.string(), enterpriseName: z.string(),
  regionCode: z.string(), regionName: z.string(), obliged: z.boolean(),
  connected: z.boolean().nullable(), since: z.string().nullable(), checkedBy: z.string().nullable(), checkedOn: z.string().nullable(),
  note: z.string().nullable(), version: z.number().nullable(),
});
export type ClassroomOut = z.infer<typeof classroomOut>;
export const classroomListQuery = listQueryBase.extend({
  regionCode: z.string().max(20).optional(),
  /** yes | no | unknown (never checked) */
  connected: z.enum(['yes', 'no', 'unknown']).optional(),
  obligedOnly: bool.optional(),
});
const rateRow = z.object({ regionCode: z.string(), regionName: z.string(), obliged: z.number(), connected: z.number(), rate: z.number().nullable() });
export const classroomRateOut = z.object({ targetRate: z.number(), targetSource: z.string(), city: rateRow.nullable(), rows: z.array(rateRow) });
export type ClassroomRateOut = z.infer<typeof classroomRateOut>;
