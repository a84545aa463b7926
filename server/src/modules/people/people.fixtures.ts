// Test fixtures (tests and server/test/scope entries): people and positions written straight through the
// platform, the way the registry's factories write enterprises and mines. Not used by the app.
import { randomInt } from 'node:crypto';
import { idNumberCheckChar } from '@contracts/codes';
import type { PositionCode } from '@contracts/people';
import type { Platform } from '../../platform/context';
import { people, positions } from '../../platform/db/schema';
import { sealIdNumber, sealPhone } from '../../platform/crypto/pii';

const PROVINCES = ['11', '31', '32', '33', '42', '44', '50', '51', '52', '53', '61'];

/** A fresh valid 公民身份号码 (about 10¹³ possibilities, so repeated runs on one database do not collide). */
export function newIdNumber(): string {
  const region = PROVINCES[randomInt(PROVINCES.length)]! + String(randomInt(101, 10_000)).padStart(4, '0');
  const birth = new Date(Date.UTC(1960, 0, 1) + randomInt(0, 40 * 365) * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '');
  const body = region + birth + String(randomInt(0, 1000)).padStart(3, '0');
  return body + idNumberCheckChar(body);
}

export const newMobile = () => `139${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;

export async function insertPerson(p: Platform, v: { name: string; ownerEnterpriseId?: string | null; idNumber?: string; phone?: string }) {
  const id = sealIdNumber(p, 'resident_id', v.idNumber);
  const ph = sealPhone(p, v.phone);
  const [row] = await p.database.db.insert(people).values({
    name: v.name, idDocType: 'resident_id', idNumberEnc: id.enc, idNumberBidx: id.bidx, idNumberMasked: id.masked,
    phoneEnc: ph.enc, phoneBidx: ph.bidx, phoneMasked: ph.masked, ownerEnterpriseId: v.ownerEnterpriseId ?? null,
  }).returning({ id: people.id });
  return row!.id;
}

export async function insertPosition(p: Platform, v: {
  personId: string; enterpriseId: string; mineId?: string | null; position: PositionCode; startDate: string; endDate?: string | null;
}) {
  const [row] = await p.database.db.insert(positions).values({ ...v, mineId: v.mineId ?? null, endDate: v.endDate ?? null })
    .returning({ id: positions.id });
  return row!.id;
}
