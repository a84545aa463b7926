// Test fixtures (tests and server/test/scope entries): certificates written straight through the platform.
// Not used by the app.
import { randomInt } from 'node:crypto';
import type { Platform } from '../../platform/context';
import { certificates } from '../../platform/db/schema';
import { insertPerson, insertPosition, newIdNumber } from '../people/people.fixtures';
import { typeInForce } from './certificates.repository';
import { addYears } from './certificates.rules';

export const newCertificateNumber = () => `T${String(randomInt(0, 1e9)).padStart(9, '0')}${String(randomInt(0, 1e9)).padStart(9, '0')}`;

export async function insertCertificate(p: Platform, v: {
  personId: string; enterpriseId: string; regionCode: string | null; typeCode?: string; number?: string; issueDate: string; expiryDate?: string;
  extendedReview?: boolean; status?: string;
}) {
  const db = p.database.db;
  const type = (await typeInForce(db, v.typeCode ?? '8.1', v.issueDate))!;
  const [row] = await db.insert(certificates).values({
    personId: v.personId, enterpriseId: v.enterpriseId, regionCode: v.regionCode, typeId: type.id, number: v.number ?? newCertificateNumber(),
    issuingAuthority: '测试发证机关', issueDate: v.issueDate, expiryDate: v.expiryDate ?? addYears(v.issueDate, type.validYears),
    extendedReview: v.extendedReview ?? false, extendedApprovedBy: v.extendedReview ? '测试发证机关' : null,
    extendedApprovedOn: v.extendedReview ? v.issueDate : null, status: v.status ?? 'active',
  }).returning({ id: certificates.id });
  return row!.id;
}

/** A worker of the tenant's enterprise (owner) at its mine, with one certificate. */
export async function workerWithCertificate(p: Platform, t: { enterprise: { id: string }; mine: { id: string }; region: { code: string } }, issueDate = '2024-03-01') {
  const idNumber = newIdNumber();
  const personId = await insertPerson(p, { name: `通风工${t.region.code}`, ownerEnterpriseId: t.enterprise.id, idNumber });
  await insertPosition(p, { personId, enterpriseId: t.enterprise.id, mineId: t.mine.id, position: 'safety_manager', startDate: '2024-01-01' });
  const number = newCertificateNumber();
  const certificateId = await insertCertificate(p, { personId, enterpriseId: t.enterprise.id, regionCode: t.region.code, number, issueDate });
  return { personId, idNumber, number, certificateId };
}
