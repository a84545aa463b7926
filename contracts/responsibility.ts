import { z } from 'zod';
import { HAZARD_ACTIONS } from './hazards';

/**
 * 隐患责任倒查: a hazard's whole history read from the audit log (who did what, when, how late) and the
 * people who held the principal posts on the dates that matter. Labels are Chinese, ready to print.
 */

/** Audit actions on a hazard and the records around it (extensions, listings, attachments, flags, resumptions). */
export const RESPONSIBILITY_ACTIONS: Record<string, string> = {
  create: '登记隐患', ...HAZARD_ACTIONS,
  extension_request: '申请延期', extension_approve: '批准延期', extension_reject: '不批准延期',
  list: '挂牌督办', delist: '摘牌销号', upload: '上传附件',
  raise: '标记隐患', resumption_apply: '申请复产', resumption_approve: '复产核查通过', resumption_reject: '不予复产',
};

/** What the audit entry is about (its entity type). */
export const RESPONSIBILITY_ENTITIES: Record<string, string> = {
  hazard: '隐患', attachment: '附件', hazard_extension: '延期申请', hazard_listing: '挂牌督办',
  hazard_flag: '隐患标记', hazard_resumption: '复产申请',
};
/** Statuses of a 复产申请, whose snapshots the resumption steps record on the hazard's audit entries. */
export const RESUMPTION_STATUSES: Record<string, string> = { pending: '待核查', approved: '核查通过', rejected: '不予复产' };

/** 时效 kinds: 登记时限, against the deadline in force, and the district's turnaround. */
export const TIMING_KINDS = { registration: '登记时效', deadline: '整改期限', turnaround: '审核用时' } as const;
export type TimingKind = keyof typeof TIMING_KINDS;

/** The posts named in the view (a parent company's principal is held responsible too). */
export const DUTIES = {
  mine_principal: '主要负责人', mine_manager: '矿长', parent_principal: '上级公司主要负责人',
} as const;
export type Duty = keyof typeof DUTIES;
export const DATE_BASES = { found: '发现之日', closure: '销号之日', today: '今日（未销号）' } as const;
export type DateBasis = keyof typeof DATE_BASES;

export const timingOut = z.object({
  kind: z.enum(Object.keys(TIMING_KINDS) as [TimingKind]),
  label: z.string(),
  /** the whole figure in words, e.g. 逾期2天（整改期限2026-03-01） */
  text: z.string(),
  /** late: over the limit or after the deadline; null when lateness does not apply (turnaround) */
  late: z.boolean().nullable(),
  /** registration gap or turnaround in hours */
  hours: z.number().nullable(),
  /** calendar days after the deadline (Asia/Shanghai); negative = early */
  daysLate: z.number().nullable(),
  /** the deadline in force at that moment, or the configured limit */
  deadline: z.string().nullable(),
  limitHours: z.number().nullable(),
});
export type TimingOut = z.infer<typeof timingOut>;

export const responsibilityEntryOut = z.object({
  seq: z.number(),
  occurredAt: z.string(),
  /** YYYY-MM-DD HH:mm:ss, Asia/Shanghai */
  time: z.string(),
  entityType: z.string(),
  entityLabel: z.string(),
  action: z.string(),
  actionLabel: z.string(),
  actor: z.object({
    userId: z.string().nullable(), username: z.string().nullable(), displayName: z.string().nullable(),
    /** roles as recorded on the audit row (at that time) */
    roles: z.array(z.string()), roleLabel: z.string(),
    orgId: z.string().nullable(), orgName: z.string().nullable(),
  }),
  fromStatus: z.string().nullable(), toStatus: z.string().nullable(),
  fromStatusLabel: z.string().nullable(), toStatusLabel: z.string().nullable(),
  /** facts from the audit snapshots: deadline set or moved, listing number, file name */
  detail: z.string().nullable(),
  timing: z.array(timingOut),
  /** the row's own HMAC, canonical form and link to the previous event check out */
  chainOk: z.boolean(),
});
export type ResponsibilityEntryOut = z.infer<typeof responsibilityEntryOut>;

export const responsiblePersonOut = z.object({
  basis: z.enum(Object.keys(DATE_BASES) as [DateBasis]), basisLabel: z.string(), date: z.string(),
  duty: z.enum(Object.keys(DUTIES) as [Duty]), dutyLabel: z.string(), unitName: z.string().nullable(),
  /** null: nobody recorded in that post on that date */
  name: z.string().nullable(),
  /** masked (e.g. 139****5678) */
  phone: z.string().nullable(),
  startDate: z.string().nullable(), endDate: z.string().nullable(),
});
export type ResponsiblePersonOut = z.infer<typeof responsiblePersonOut>;

export const responsibilityOut = z.object({
  hazard: z.object({
    id: z.string(), description: z.string(), mineName: z.string(), enterpriseName: z.string(),
    parentEnterpriseName: z.string().nullable(), regionName: z.string(),
    grade: z.string(), gradeLabel: z.string(), standardItemCode: z.string().nullable(), standardItemTitle: z.string().nullable(),
    standardSituationCode: z.string().nullable(), status: z.string(), statusLabel: z.string(),
    foundAt: z.string(), registeredAt: z.string(), deadline: z.string().nullable(), closedAt: z.string().nullable(),
    listingDocNo: z.string().nullable(),
  }),
  registrationLimitHours: z.number(),
  entries: z.array(responsibilityEntryOut),
  people: z.array(responsiblePersonOut),
  verification: z.object({
    ok: z.boolean(), checked: z.number(),
    failures: z.array(z.object({ seq: z.number(), reason: z.string() })),
    note: z.string(),
  }),
  notes: z.array(z.string()),
  generatedAt: z.string(),
});
export type ResponsibilityOut = z.infer<typeof responsibilityOut>;
