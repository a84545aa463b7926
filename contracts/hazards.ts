import { z } from 'zod';
import { optionalText, safeText } from './text';
import { listQueryBase } from './paging';
import { resumptionOut } from './resumptions';

/** 隐患 (major accident hazards and general hazards): statuses, actions and request/response shapes. */
export const HAZARD_STATUSES = {
  reported: '已上报', // 待区县认定（重大）或待企业整改（一般）
  in_rectification: '整改中',
  awaiting_acceptance: '待验收',
  awaiting_delisting: '待摘牌',
  closed: '已销号',
} as const;
export type HazardStatus = keyof typeof HAZARD_STATUSES;
export const HAZARD_GRADES = { major: '重大事故隐患', general: '一般隐患' } as const;
export type HazardGrade = keyof typeof HAZARD_GRADES;
export const HAZARD_SOURCES = {
  enterprise_self_inspection: '企业自查', regulator_inspection: '监管检查', employee_report: '职工报告', other: '其他',
} as const;
export const HAZARD_ACTIONS = {
  confirm: '认定为重大隐患', reject_as_general: '不予认定（按一般隐患处理）', submit_plan: '提交整改方案',
  progress: '整改进展', self_accept: '企业自验', accept_pass: '验收通过', accept_fail: '验收不通过', close_general: '一般隐患销号',
  revoke_closure: '撤销销号（重新整改）',
} as const;
export type HazardAction = keyof typeof HAZARD_ACTIONS;
export const HAZARD_ACTION_LIST = Object.keys(HAZARD_ACTIONS) as HazardAction[];
export const LISTING_STATUSES = { active: '督办中', awaiting_delisting: '待摘牌', delisted: '已摘牌' } as const;

const isoDate = (label: string) => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, `${label}格式应为YYYY-MM-DD`);
const text = (label: string, max = 2000) => optionalText({ label, max, multiline: true });

export const hazardInput = z.object({
  mineId: z.uuid('矿山无效'),
  grade: z.enum(['major', 'general'], { error: '请选择隐患等级' }),
  source: z.enum(['enterprise_self_inspection', 'employee_report', 'regulator_inspection', 'other']).optional(),
  standardItemCode: z.string().max(20).nullish(),
  standardSituationCode: z.string().max(20).nullish(),
  description: safeText({ label: '隐患描述', max: 2000, min: 1, multiline: true }),
  placeText: text('隐患部位', 200),
  place: z.object({ lon: z.number().min(-180).max(180), lat: z.number().min(-90).max(90) }).nullish(),
  foundAt: z.iso.datetime({ offset: true, error: '发现时间格式不正确' }),
  foundBy: safeText({ label: '发现人', max: 100, min: 1 }),
  /** regulator-found hazards start in rectification with this deadline */
  deadline: isoDate('整改期限').nullish(),
  stopProduction: z.boolean().optional(),
  workersWithdrawn: z.boolean().optional(),
  /** 复发自: a closed hazard of the same mine this one repeats (found again after 销号) */
  recurrenceOfId: z.uuid('复发自的隐患编号无效').nullish(),
});
export type HazardInput = z.infer<typeof hazardInput>;

/** One body for every action; which fields are required depends on the action (hazards.transitions.ts). */
export const hazardActionBody = z.object({
  version: z.number().int(),
  note: text('说明'),
  reason: text('理由'),
  deadline: isoDate('整改期限').nullish(),
  standardItemCode: z.string().max(20).nullish(),
  standardSituationCode: z.string().max(20).nullish(),
  goal: text('整改目标和任务'),
  measures: text('整改方法和措施'),
  fundsMaterials: text('经费和物资'),
  responsiblePeople: text('负责机构和人员'),
  planDeadline: isoDate('方案完成时限').nullish(),
  interimMeasures: text('临时安全措施'),
  stopProduction: z.boolean().optional(),
  workersWithdrawn: z.boolean().optional(),
  password: z.string().max(128).optional(),
  /** 现场核查未整改: with 验收不通过 or 撤销销号, flags suspected falsification (弄虚作假) */
  onsiteNotRectified: z.boolean().optional(),
});
export type HazardActionBody = z.infer<typeof hazardActionBody>;
export const hazardActionParams = z.object({ id: z.uuid('记录编号无效'), action: z.enum(HAZARD_ACTION_LIST, { error: '未知的操作' }) });

export const extensionInput = z.object({
  requestedDeadline: isoDate('申请延期至'),
  reason: safeText({ label: '延期理由', max: 1000, min: 1, multiline: true }),
});
export const extensionDecision = z.object({ approve: z.boolean(), note: text('审批意见') });
export const listingInput = z.object({
  version: z.number().int(),
  deadline: isoDate('督办期限'),
  requirements: safeText({ label: '督办要求', max: 2000, min: 1, multiline: true }),
  responsibleUnit: safeText({ label: '责任单位', max: 200, min: 1 }),
});
export const delistInput = z.object({ verificationNote: safeText({ label: '现场核查意见', max: 2000, min: 1, multiline: true }) });

const flag = z.enum(['true', 'false']).transform((v) => v === 'true').optional();
export const hazardListQuery = listQueryBase.extend({
  mineId: z.uuid().optional(),
  enterpriseId: z.uuid().optional(),
  regionCode: z.string().max(12).optional(),
  status: z.enum(Object.keys(HAZARD_STATUSES) as [HazardStatus]).optional(),
  grade: z.enum(['major', 'general']).optional(),
  /** deadline before today (Asia/Shanghai) and not closed */
  overdue: flag,
  listed: flag,
  /** not closed */
  open: flag,
  sort: z.enum(['-registeredAt', 'registeredAt']).default('-registeredAt'),
});

export const hazardListItem = z.object({
  id: z.string(), mineId: z.string(), mineName: z.string(), enterpriseId: z.string(), enterpriseName: z.string(),
  regionCode: z.string(), regionName: z.string(), source: z.string(), grade: z.string(), status: z.string(),
  standardItemCode: z.string().nullable(), description: z.string(), deadline: z.string().nullable(),
  overdue: z.boolean(), listingDocNo: z.string().nullable(), foundAt: z.string(), registeredAt: z.string(),
  version: z.number(),
});

const timelineEvent = z.object({
  seq: z.number(), action: z.string(), fromStatus: z.string().nullable(), toStatus: z.string(),
  actorUserId: z.string().nullable(), actorName: z.string().nullable(), note: z.string().nullable(), payload: z.unknown(), at: z.string(),
});
const extensionOut = z.object({
  id: z.string(), requestedDeadline: z.string(), previousDeadline: z.string().nullable(), reason: z.string(), status: z.string(),
  requestedAt: z.string(), decidedAt: z.string().nullable(), decisionNote: z.string().nullable(),
});
const listingOut = z.object({
  id: z.string(), agencyId: z.string(), agencyName: z.string(), year: z.number(), number: z.number(), docNo: z.string(),
  deadline: z.string(), requirements: z.string(), responsibleUnit: z.string(), status: z.string(), listedAt: z.string(),
  delistedAt: z.string().nullable(), verificationNote: z.string().nullable(),
});


export const HAZARD_FLAG_KINDS = {
  repeated_after_rectification: '屡改屡犯（销号后再次发现）',
  recurring: '同类重大隐患反复出现',
  suspected_falsification: '涉嫌弄虚作假（现场核查未整改）',
} as const;
export type HazardFlagKind = keyof typeof HAZARD_FLAG_KINDS;
/** who held a principal post on one of the flag's relevant dates */
const principalOut = z.object({ date: z.string(), personId: z.string(), name: z.string(), position: z.string(), orgName: z.string() });
export const hazardFlagOut = z.object({
  id: z.string(), hazardId: z.string(), kind: z.string(), relatedHazardId: z.string().nullable(), onDate: z.string(),
  detail: z.string(), minePrincipals: z.array(principalOut), parentPrincipals: z.array(principalOut), raisedAt: z.string(),
  mineId: z.string(), mineName: z.string(), enterpriseId: z.string(), enterpriseName: z.string(), regionCode: z.string(), regionName: z.string(),
  hazardDescription: z.string(), standardItemCode: z.string().nullable(),
});
export type HazardFlagOut = z.infer<typeof hazardFlagOut>;

export const hazardOut = hazardListItem.extend({
  standardSituationCode: z.string().nullable(), standardVersion: z.string().nullable(),
  placeText: z.string().nullable(), place: z.object({ lon: z.number(), lat: z.number() }).nullable(), foundBy: z.string(),
  /** 登记时限 (registered_at − found_at) against a configurable limit, default 24 h (unconfirmed) */
  registration: z.object({ delayHours: z.number(), limitHours: z.number(), late: z.boolean(), note: z.string() }),
  stopProduction: z.boolean(), workersWithdrawn: z.boolean(),
  plan: z.object({
    goal: z.string().nullable(), measures: z.string().nullable(), fundsMaterials: z.string().nullable(),
    responsiblePeople: z.string().nullable(), deadline: z.string().nullable(), interimMeasures: z.string().nullable(),
    submittedAt: z.string().nullable(),
  }),
  rejectionReason: z.string().nullable(), returnReason: z.string().nullable(), closedAt: z.string().nullable(),
  /** the actions the caller may take now (the UI shows buttons from this, never re-implements the rules) */
  allowedActions: z.array(z.string()),
  timeline: z.array(timelineEvent), extensions: z.array(extensionOut), listings: z.array(listingOut),
  /** 复发自 and the number of times a regulator revoked this hazard's 销号 */
  recurrenceOf: z.object({ id: z.string(), description: z.string(), closedAt: z.string().nullable() }).nullable(),
  reopenedCount: z.number(),
  flags: z.array(hazardFlagOut),
  /** 复产申请 (contracts/resumptions.ts) and whether the caller may apply now */
  resumptions: z.array(resumptionOut), canApplyResumption: z.boolean(),
  updatedAt: z.string(),
});
export type HazardOut = z.infer<typeof hazardOut>;

export const standardQuery = z.object({ mineId: z.uuid('矿山无效'), q: z.string().max(100).optional() });
export const standardResponse = z.object({
  version: z.string(),
  note: z.string(),
  items: z.array(z.object({
    code: z.string(), mineType: z.string(), title: z.string(),
    situations: z.array(z.object({ code: z.string(), text: z.string() })),
  })),
});

export const hazardFlagListQuery = listQueryBase.extend({
  kind: z.enum(Object.keys(HAZARD_FLAG_KINDS) as [HazardFlagKind]).optional(),
  regionCode: z.string().max(12).optional(),
  mineId: z.uuid().optional(),
  enterpriseId: z.uuid().optional(),
  sort: z.enum(['-raisedAt', 'raisedAt']).default('-raisedAt'),
});

/** 提请关闭建议 (national hard measures: ≥2 major hazards within 3 months while producing, or producing without licences). */
export const CLOSURE_REASONS = { repeated_major_hazards: '短期内多次发现重大隐患仍在生产', unlicensed_production: '无证或证照过期仍在生产' } as const;
export const CLOSURE_STATUSES = { open: '待审核', adopted: '已采纳（提请关闭）', dismissed: '不予采纳' } as const;
export const closureProposalOut = z.object({
  id: z.string(), mineId: z.string(), mineName: z.string(), enterpriseId: z.string(), enterpriseName: z.string(),
  regionCode: z.string(), regionName: z.string(), reason: z.string(), summary: z.string(), evidence: z.unknown(),
  status: z.string(), raisedAt: z.string(), decidedAt: z.string().nullable(), decidedByName: z.string().nullable(),
  decisionNote: z.string().nullable(), version: z.number(),
});
export type ClosureProposalOut = z.infer<typeof closureProposalOut>;
export const closureListQuery = listQueryBase.extend({
  status: z.enum(Object.keys(CLOSURE_STATUSES) as [keyof typeof CLOSURE_STATUSES]).optional(),
  reason: z.enum(Object.keys(CLOSURE_REASONS) as [keyof typeof CLOSURE_REASONS]).optional(),
  regionCode: z.string().max(12).optional(),
  mineId: z.uuid().optional(),
  sort: z.enum(['-raisedAt', 'raisedAt']).default('-raisedAt'),
});
export const closureDecision = z.object({
  version: z.number().int(),
  adopt: z.boolean({ error: '请选择是否采纳' }),
  note: safeText({ label: '审核意见', max: 2000, min: 1, multiline: true }),
});
