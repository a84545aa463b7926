import type { CertificateInput } from '@contracts/certificates';
import type { Actor } from '../../platform/access/actor';
import { AppError, fieldError, notFound } from '../../platform/errors';
import type { Executor } from '../../platform/db/client';
import { findEnterprise } from '../enterprises/enterprises.repository';
import * as repo from './certificates.repository';

/** Today's date in Asia/Shanghai (UTC+8, no daylight saving). */
export const shanghaiToday = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

/** The regex in contracts accepts 2025-02-30; the database would not. */
export function assertRealDate(field: string, label: string, d: string) {
  const t = new Date(`${d}T00:00:00Z`);
  if (Number.isNaN(t.getTime()) || t.toISOString().slice(0, 10) !== d) throw fieldError(field, `${label}不是有效日期`);
}

/** Calendar years later (29 February → 28 February, as PostgreSQL's date + interval does). */
export function addYears(d: string, years: number): string {
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  return `${String(y + years).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
}

type Fields = Omit<CertificateInput, 'personId' | 'enterpriseId'>;

/**
 * The checks of a create or an edit (also run row by row by the import), returning the columns to write:
 * the catalogue entry in force on the issue date (by code), the expiry (given, or issue date + the entry's
 * validity), the extension decision (approver and date both, not before the issue date), the number unique per code.
 * Whether the holder really worked 10 clean years in the trade cannot be decided from one certificate (earlier ones
 * may predate the system): the extension is recorded as the issuing authority's decision.
 */
export async function prepareCertificate(db: Executor, f: Fields, selfId?: string) {
  const today = shanghaiToday();
  assertRealDate('issueDate', '初领日期', f.issueDate);
  if (f.issueDate > today) throw fieldError('issueDate', '初领日期不能晚于今天');
  const type = await repo.typeInForce(db, f.typeCode, f.issueDate);
  if (!type) throw fieldError('typeCode', `作业类别“${f.typeCode}”在初领日期${f.issueDate}没有施行中的目录条目`);
  let expiryDate = addYears(f.issueDate, type.validYears);
  if (f.expiryDate) {
    assertRealDate('expiryDate', '有效期至', f.expiryDate);
    if (f.expiryDate <= f.issueDate) throw fieldError('expiryDate', '有效期至应晚于初领日期');
    expiryDate = f.expiryDate;
  }
  let extendedApprovedBy: string | null = null;
  let extendedApprovedOn: string | null = null;
  if (f.extendedReview) {
    if (!f.extendedApprovedBy) throw fieldError('extendedApprovedBy', '延长复审周期须填写批准的考核发证机关');
    if (!f.extendedApprovedOn) throw fieldError('extendedApprovedOn', '延长复审周期须填写批准日期');
    assertRealDate('extendedApprovedOn', '延长复审批准日期', f.extendedApprovedOn);
    if (f.extendedApprovedOn < f.issueDate) throw fieldError('extendedApprovedOn', '延长复审批准日期不能早于初领日期');
    if (f.extendedApprovedOn > today) throw fieldError('extendedApprovedOn', '延长复审批准日期不能晚于今天');
    extendedApprovedBy = f.extendedApprovedBy;
    extendedApprovedOn = f.extendedApprovedOn;
  }
  const dup = await repo.findByNumber(db, type.code, f.number);
  if (dup && dup.id !== selfId) throw new AppError('CONFLICT', '该作业类别下已登记此证号', { number: '该作业类别下已登记此证号' });
  return {
    typeId: type.id, number: f.number, issuingAuthority: f.issuingAuthority, issueDate: f.issueDate, expiryDate,
    status: f.status, extendedReview: f.extendedReview, extendedApprovedBy, extendedApprovedOn,
  };
}

/**
 * The employer that registers the certificate (its scope). Enterprise users: their own enterprise (or another of their
 * group when named); agencies: the one named, else the holder's owner enterprise. region_code: the registering
 * district for district users, the enterprise's district otherwise (as for people, see people.rules.ts).
 */
export async function resolveEmployer(db: Executor, actor: Actor, wanted: string | null | undefined, personOwner: string | null) {
  const id = wanted ?? (actor.scope.kind === 'enterprise' ? actor.orgId : personOwner);
  if (!id) throw fieldError('enterpriseId', '请选择持证人所在企业');
  const ent = await findEnterprise(db, actor.scope, id);
  if (!ent) throw notFound('企业');
  return { enterpriseId: id, regionCode: actor.scope.kind === 'district' ? actor.scope.regionCode : ent.e.regionCode };
}
