import type { PersonOut, PositionOut } from '@contracts/people';
import type { PersonJoined } from './people.repository';
import type { PositionJoined } from './positions.repository';

/** Whitelists response fields: ID number and phone only masked, never the ciphertext or the blind index. */
export function presentPerson(r: PersonJoined): PersonOut {
  const p = r.p;
  return {
    id: p.id, name: p.name, idDocType: p.idDocType, idNumber: p.idNumberMasked, phone: p.phoneMasked,
    education: p.education, major: p.major, title: p.title, miningYears: p.miningYears, ownerEnterpriseId: p.ownerEnterpriseId,
    ownerEnterpriseName: r.ownerEnterpriseName ?? null, version: p.version, updatedAt: p.updatedAt.toISOString(),
  };
}

export function presentPosition(r: PositionJoined): PositionOut {
  const s = r.s;
  return {
    id: s.id, personId: s.personId, personName: r.personName, enterpriseId: s.enterpriseId, enterpriseName: r.enterpriseName,
    mineId: s.mineId, mineName: r.mineName ?? null, position: s.position, startDate: s.startDate, endDate: s.endDate,
    fullTime: s.fullTime, productionSystem: s.productionSystem,
  };
}
