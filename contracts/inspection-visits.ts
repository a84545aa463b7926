import { z } from 'zod';
import { optionalText, safeText } from './text';
import { listQueryBase } from './paging';
import { hazardInput } from './hazards';

/** 检查 with 逢查必验、逢查必评、逢查必考 (notice §7; REFERENCE.md §7): a minimal visit record. */
export const TRAINING_RATINGS = { good: '好', adequate: '一般', poor: '差' } as const;
export type TrainingRating = keyof typeof TRAINING_RATINGS;
export const VERIFICATION_METHODS = { qr_scan: '扫码核验', national_site: '全国查询网站', original: '查验原件', other: '其他' } as const;
export const VERIFICATION_RESULTS = { genuine: '真实有效', mismatch: '信息不符', not_found: '查无此证' } as const;

const isoDate = (label: string) => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, `${label}格式应为YYYY-MM-DD`);
const score = z.number({ error: '成绩须为数字' }).min(0, '成绩须在0到100之间').max(100, '成绩须在0到100之间');

export const workerTestInput = z.object({
  personId: z.uuid('人员无效').nullish(),
  personName: safeText({ label: '被考人员姓名', max: 50, min: 1 }),
  subject: safeText({ label: '考试内容', max: 200, min: 1 }),
  score,
  passed: z.boolean({ error: '请选择是否合格' }),
});
export const verificationInput = z.object({
  certificateId: z.uuid('证书无效'),
  method: z.enum(Object.keys(VERIFICATION_METHODS) as [keyof typeof VERIFICATION_METHODS], { error: '请选择核验方式' }),
  result: z.enum(Object.keys(VERIFICATION_RESULTS) as [keyof typeof VERIFICATION_RESULTS], { error: '请选择核验结果' }),
  note: optionalText({ label: '核验说明', max: 500 }),
});

export const visitInput = z.object({
  mineId: z.uuid('请选择矿山'),
  visitDate: isoDate('检查日期'),
  /** joint inspection: the other agencies (the caller's agency leads) */
  otherAgencyIds: z.array(z.uuid('部门无效')).max(20, '联合检查部门最多20个').default([]),
  inspectors: safeText({ label: '检查人员', max: 500, min: 1 }),
  findings: optionalText({ label: '检查发现', max: 4000, multiline: true }),
  /** 逢查必评 */
  trainingEvaluation: optionalText({ label: '培训评价', max: 2000, multiline: true }),
  trainingRating: z.enum(Object.keys(TRAINING_RATINGS) as [TrainingRating], { error: '培训评价等级无效' }).nullish(),
  /** 逢查必考 */
  workerTests: z.array(workerTestInput).max(200, '现场考试最多200人').default([]),
  /** 逢查必验 */
  verifications: z.array(verificationInput).max(200, '核验证书最多200本').default([]),
});
export type VisitInput = z.output<typeof visitInput>;

export const visitOut = z.object({
  id: z.string(), mineId: z.string(), mineName: z.string(), enterpriseId: z.string(), enterpriseName: z.string(),
  regionCode: z.string(), regionName: z.string(), visitDate: z.string(),
  leadAgencyId: z.string(), leadAgencyName: z.string(), agencies: z.array(z.object({ id: z.string(), name: z.string() })),
  inspectors: z.string(), findings: z.string().nullable(), trainingEvaluation: z.string().nullable(), trainingRating: z.string().nullable(),
  createdAt: z.string(), version: z.number(),
});
export type VisitOut = z.infer<typeof visitOut>;

export const visitDetailOut = visitOut.extend({
  workerTests: z.array(z.object({
    id: z.string(), personId: z.string().nullable(), personName: z.string(), subject: z.string(), score: z.number(), passed: z.boolean(),
  })),
  verifications: z.array(z.object({
    id: z.string(), certificateId: z.string(), certificateNumber: z.string(), typeName: z.string(), personName: z.string(),
    method: z.string(), result: z.string(), note: z.string().nullable(), verifierName: z.string(), verifiedOn: z.string(),
  })),
  hazards: z.array(z.object({
    id: z.string(), grade: z.string(), status: z.string(), description: z.string(), deadline: z.string().nullable(), foundAt: z.string(),
  })),
});
export type VisitDetailOut = z.infer<typeof visitDetailOut>;

export const visitListQuery = listQueryBase.omit({ q: true }).extend({
  mineId: z.uuid().optional(),
  regionCode: z.string().max(20).optional(),
  from: isoDate('起始日期').optional(),
  to: isoDate('截止日期').optional(),
});

/** A hazard found on the visit: the hazard form without the mine (the visit's mine). */
export const visitHazardInput = hazardInput.omit({ mineId: true });
