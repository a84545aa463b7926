import { z } from 'zod';
import { optionalText, safeText } from './text';
import { listQueryBase } from './paging';

/**
 * 特种作业操作证 (special-operations certificates): the catalogue of certificate types with effective dates,
 * certificates, their reviews (复审) and verifications (核验). Due dates and the state are computed by the server
 * (in SQL, on Asia/Shanghai dates) and never stored.
 */
export const CERTIFICATE_STATUSES = { active: '有效', revoked: '已撤销', cancelled: '已注销' } as const;
export type CertificateStatus = keyof typeof CERTIFICATE_STATUSES;

/** The computed state, in priority order (a revoked certificate is revoked whatever its dates). */
export const CERTIFICATE_STATES = {
  valid: '有效', review_due_soon: '临近复审', review_overdue: '逾期未复审', expiring_soon: '即将到期', expired: '已过期', revoked: '已撤销/注销',
} as const;
export type CertificateState = keyof typeof CERTIFICATE_STATES;
export const CERTIFICATE_STATE_LIST = Object.keys(CERTIFICATE_STATES) as CertificateState[];

/** "Soon": within this many days (the review is applied for within 60 days before it falls due). */
export const DUE_SOON_DAYS = 60;

export const REVIEW_RESULTS = { passed: '复审合格', failed: '复审不合格' } as const;
export const VERIFICATION_METHODS = { qr_scan: '扫描二维码', national_site: '全国特种作业操作证查询网站', original: '核对原件', other: '其他' } as const;
export const VERIFICATION_RESULTS = { genuine: '真实有效', mismatch: '信息不符', not_found: '查无此证' } as const;

export const isoDate = (label: string) => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, `${label}格式应为YYYY-MM-DD`);
const years = (label: string) => z.number({ error: `请填写${label}` }).int(`${label}应为整数`).min(1, `${label}至少1年`).max(20, `${label}不超过20年`);

// ---- catalogue ----
export const certificateTypeInput = z.object({
  code: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$/, '类别代码为字母、数字、点或连字符，最多20位'),
  name: safeText({ label: '作业类别名称', max: 60, min: 1 }),
  category: safeText({ label: '作业类别', max: 60, min: 1 }),
  validYears: years('有效期'),
  reviewYears: years('复审周期'),
  extendedReviewYears: years('延长后的复审周期'),
  effectiveFrom: isoDate('施行日期'),
  effectiveTo: isoDate('截止日期').nullish(),
  source: safeText({ label: '依据', max: 200, min: 1 }),
  unconfirmed: z.boolean().default(true),
});
export type CertificateTypeInput = z.infer<typeof certificateTypeInput>;
export const endCertificateTypeInput = z.object({ effectiveTo: isoDate('截止日期') });

export const certificateTypeOut = z.object({
  id: z.string(), code: z.string(), name: z.string(), category: z.string(),
  validYears: z.number(), reviewYears: z.number(), extendedReviewYears: z.number(),
  effectiveFrom: z.string(), effectiveTo: z.string().nullable(), source: z.string(), unconfirmed: z.boolean(),
  /** in force today (Asia/Shanghai) */
  current: z.boolean(),
  version: z.number(),
});
export type CertificateTypeOut = z.infer<typeof certificateTypeOut>;

// ---- certificates ----
export const certificateInput = z.object({
  personId: z.uuid('请选择人员'),
  /** enterprise users: their own (default); agencies must name it */
  enterpriseId: z.uuid().nullish(),
  /** the catalogue code; the entry in force on the issue date is picked by the server */
  typeCode: z.string({ error: '请选择作业类别' }).min(1, '请选择作业类别').max(20),
  number: safeText({ label: '证号', max: 40, min: 1 }),
  issuingAuthority: safeText({ label: '发证机关', max: 100, min: 1 }),
  issueDate: isoDate('初领日期'),
  /** default: issue date + the entry's validity */
  expiryDate: isoDate('有效期至').nullish(),
  status: z.enum(Object.keys(CERTIFICATE_STATUSES) as [CertificateStatus]).default('active'),
  /** 10-clean-years extension of the review interval: the issuing authority's decision */
  extendedReview: z.boolean().default(false),
  extendedApprovedBy: optionalText({ label: '延长复审批准机关', max: 100 }),
  extendedApprovedOn: isoDate('延长复审批准日期').nullish(),
});
export type CertificateInput = z.infer<typeof certificateInput>;
export const certificateUpdate = certificateInput.omit({ personId: true, enterpriseId: true }).extend({ version: z.number().int() });

export const certificateListQuery = listQueryBase.extend({
  typeCode: z.string().max(20).optional(),
  state: z.enum(CERTIFICATE_STATE_LIST).optional(),
  /** expiry within N days from today (not yet expired) */
  expiringWithinDays: z.coerce.number().int().min(0).max(3650).optional(),
  enterpriseId: z.uuid().optional(),
  regionCode: z.string().max(12).optional(),
  /** people holding a current position at this mine */
  mineId: z.uuid().optional(),
  personId: z.uuid().optional(),
});
export type CertificateListQuery = z.infer<typeof certificateListQuery>;

export const certificateListItem = z.object({
  id: z.string(), personId: z.string(), personName: z.string(),
  idNumber: z.string().nullable().describe('masked'),
  enterpriseId: z.string(), enterpriseName: z.string(), regionCode: z.string().nullable(),
  typeId: z.string(), typeCode: z.string(), typeName: z.string(),
  number: z.string(), issuingAuthority: z.string(), issueDate: z.string(), expiryDate: z.string(),
  status: z.string(), extendedReview: z.boolean(),
  lastReviewedOn: z.string().nullable(), nextReviewDue: z.string(), state: z.enum(CERTIFICATE_STATE_LIST),
  version: z.number(),
});
export type CertificateListItem = z.infer<typeof certificateListItem>;

export const certificateReviewInput = z.object({
  reviewedOn: isoDate('复审日期'),
  result: z.enum(Object.keys(REVIEW_RESULTS) as [keyof typeof REVIEW_RESULTS], { error: '请选择复审结果' }),
  note: optionalText({ label: '备注', max: 500, multiline: true }),
});
export const certificateReviewOut = z.object({ id: z.string(), reviewedOn: z.string(), result: z.string(), note: z.string().nullable(), recordedAt: z.string() });

export const certificateVerificationInput = z.object({
  verifiedOn: isoDate('核验日期'),
  method: z.enum(Object.keys(VERIFICATION_METHODS) as [keyof typeof VERIFICATION_METHODS], { error: '请选择核验方式' }),
  verifierName: safeText({ label: '核验人', max: 50, min: 1 }),
  result: z.enum(Object.keys(VERIFICATION_RESULTS) as [keyof typeof VERIFICATION_RESULTS], { error: '请选择核验结果' }),
  note: optionalText({ label: '备注', max: 500, multiline: true }),
});
export const certificateVerificationOut = z.object({
  id: z.string(), verifiedOn: z.string(), method: z.string(), verifierName: z.string(), result: z.string(), note: z.string().nullable(), recordedAt: z.string(),
});

export const certificateOut = certificateListItem.extend({
  extendedApprovedBy: z.string().nullable(), extendedApprovedOn: z.string().nullable(),
  type: certificateTypeOut,
  reviewWindowOpens: z.string(),
  reviews: z.array(certificateReviewOut),
  verifications: z.array(certificateVerificationOut),
  /** what the caller may do with it (the UI shows buttons from this) */
  can: z.object({ manage: z.boolean(), verify: z.boolean() }),
});
export type CertificateOut = z.infer<typeof certificateOut>;

export const certificateAlertsOut = z.object({
  /** count per computed state in the caller's scope */
  byState: z.record(z.enum(CERTIFICATE_STATE_LIST), z.number()),
  dueSoonDays: z.number(),
});
