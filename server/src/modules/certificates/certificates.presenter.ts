import type { CertificateListItem, CertificateOut, CertificateTypeOut } from '@contracts/certificates';
import type { certificateReviews, certificateVerifications } from '../../platform/db/schema';
import type { CertificateJoined, CertificateTypeRow } from './certificates.repository';

/** Whitelisted fields; the holder's ID number only masked (never the ciphertext or the blind index). */
export function presentCertificateItem(r: CertificateJoined): CertificateListItem {
  const c = r.c;
  return {
    id: c.id, personId: c.personId, personName: r.personName, idNumber: r.idNumberMasked,
    enterpriseId: c.enterpriseId, enterpriseName: r.enterpriseName, regionCode: c.regionCode,
    typeId: c.typeId, typeCode: r.t.code, typeName: r.t.name,
    number: c.number, issuingAuthority: c.issuingAuthority, issueDate: c.issueDate, expiryDate: c.expiryDate,
    status: c.status, extendedReview: c.extendedReview,
    lastReviewedOn: r.lastReviewedOn, nextReviewDue: r.nextReviewDue, state: r.state, version: c.version,
  };
}

export function presentType(t: CertificateTypeRow, current: boolean): CertificateTypeOut {
  return {
    id: t.id, code: t.code, name: t.name, category: t.category, validYears: t.validYears, reviewYears: t.reviewYears,
    extendedReviewYears: t.extendedReviewYears, effectiveFrom: t.effectiveFrom, effectiveTo: t.effectiveTo, source: t.source,
    unconfirmed: t.unconfirmed, current, version: t.version,
  };
}

type Review = typeof certificateReviews.$inferSelect;
type Verification = typeof certificateVerifications.$inferSelect;

export const presentReview = (r: Review) => ({ id: r.id, reviewedOn: r.reviewedOn, result: r.result, note: r.note, recordedAt: r.recordedAt.toISOString() });
export const presentVerification = (v: Verification) => ({
  id: v.id, verifiedOn: v.verifiedOn, method: v.method, verifierName: v.verifierName, result: v.result, note: v.note, recordedAt: v.recordedAt.toISOString(),
});

export function presentCertificate(r: CertificateJoined, reviews: Review[], verifications: Verification[], today: string, can: CertificateOut['can']): CertificateOut {
  const t = r.t;
  const current = t.effectiveFrom <= today && (t.effectiveTo === null || t.effectiveTo >= today);
  return {
    ...presentCertificateItem(r),
    extendedApprovedBy: r.c.extendedApprovedBy, extendedApprovedOn: r.c.extendedApprovedOn,
    type: presentType(t, current), reviewWindowOpens: r.reviewWindowOpens,
    reviews: reviews.map(presentReview), verifications: verifications.map(presentVerification), can,
  };
}
