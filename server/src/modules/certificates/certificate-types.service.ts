import type { CertificateTypeInput, CertificateTypeOut } from '@contracts/certificates';
import { assertCan, type Actor } from '../../platform/access/actor';
import { writeTx, type Platform, type RequestCtx } from '../../platform/context';
import { AppError, fieldError, notFound, stateConflict } from '../../platform/errors';
import * as repo from './certificates.repository';
import { presentType } from './certificates.presenter';
import { assertRealDate, shanghaiToday } from './certificates.rules';

const FAR = '9999-12-31';
const overlaps = (a: { effectiveFrom: string; effectiveTo: string | null }, b: { effectiveFrom: string; effectiveTo: string | null }) =>
  a.effectiveFrom <= (b.effectiveTo ?? FAR) && b.effectiveFrom <= (a.effectiveTo ?? FAR);
const isCurrent = (t: { effectiveFrom: string; effectiveTo: string | null }, today = shanghaiToday()) =>
  t.effectiveFrom <= today && (t.effectiveTo ?? FAR) >= today;

/** 特种作业目录: every entry, past and future versions included (reference data for every signed-in user). */
export async function listCertificateTypes(p: Platform): Promise<CertificateTypeOut[]> {
  return (await repo.listTypes(p.database.db)).map((t) => presentType(t, t.current));
}

/**
 * A new entry (a new category, or a new version of a code from a date, e.g. the 2026 catalogue): the periods of one
 * code may not overlap, so a certificate's issue date always picks exactly one entry. End the current one first.
 */
export async function addCertificateType(p: Platform, ctx: RequestCtx, actor: Actor, input: CertificateTypeInput): Promise<CertificateTypeOut> {
  assertCan(actor, 'rules.manage');
  const db = p.database.db;
  assertRealDate('effectiveFrom', '施行日期', input.effectiveFrom);
  if (input.effectiveTo) {
    assertRealDate('effectiveTo', '截止日期', input.effectiveTo);
    if (input.effectiveTo < input.effectiveFrom) throw fieldError('effectiveTo', '截止日期不能早于施行日期');
  }
  if (input.reviewYears > input.validYears) throw fieldError('reviewYears', '复审周期不能长于有效期');
  if (input.extendedReviewYears < input.reviewYears) throw fieldError('extendedReviewYears', '延长后的复审周期不能短于复审周期');
  const entry = { ...input, effectiveTo: input.effectiveTo ?? null };
  const clash = (await repo.typesOfCode(db, input.code)).find((t) => overlaps(t, entry));
  if (clash) {
    const msg = `与该类别${clash.effectiveFrom}起施行的条目时间重叠，请先为其设置截止日期`;
    throw new AppError('CONFLICT', msg, { effectiveFrom: msg });
  }
  const id = await writeTx(p, ctx, async (tx, audit) => {
    const newId = await repo.insertType(tx, entry);
    audit({ entityType: 'certificate_type', entityId: newId, action: 'create', after: presentType((await repo.findType(tx, newId))!, isCurrent(entry)) });
    return newId;
  });
  const row = (await repo.findType(db, id))!;
  return presentType(row, isCurrent(row));
}

/** 截止: the entry stops applying after this date; certificates already issued after it would lose their rules (409). */
export async function endCertificateType(p: Platform, ctx: RequestCtx, actor: Actor, id: string, effectiveTo: string): Promise<CertificateTypeOut> {
  const db = p.database.db;
  const current = await repo.findType(db, id);
  if (!current) throw notFound('目录条目');
  assertCan(actor, 'rules.manage');
  assertRealDate('effectiveTo', '截止日期', effectiveTo);
  if (effectiveTo < current.effectiveFrom) throw fieldError('effectiveTo', `截止日期不能早于施行日期${current.effectiveFrom}`);
  const ended = { effectiveFrom: current.effectiveFrom, effectiveTo };
  const clash = (await repo.typesOfCode(db, current.code)).find((t) => t.id !== id && overlaps(t, ended));
  if (clash) throw stateConflict(`与该类别${clash.effectiveFrom}起施行的条目时间重叠`);
  const lastIssue = await repo.lastIssueOfType(db, id);
  if (lastIssue && lastIssue > effectiveTo) throw stateConflict(`已有初领日期为${lastIssue}的证书适用该条目，截止日期不能早于该日期`);
  return writeTx(p, ctx, async (tx, audit) => {
    if (!(await repo.endType(tx, id, current.version, effectiveTo))) throw new AppError('STALE');
    const after = presentType((await repo.findType(tx, id))!, isCurrent(ended));
    audit({ entityType: 'certificate_type', entityId: id, action: 'end', before: presentType(current, isCurrent(current)), after });
    return after;
  });
}
