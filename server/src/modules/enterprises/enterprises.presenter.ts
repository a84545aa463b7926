import type { EnterpriseOut } from '@contracts/org';
import type { EnterpriseJoined } from './enterprises.repository';

/** Whitelists response fields: personal data only masked, never the ciphertext or blind index. */
export function presentEnterprise(r: EnterpriseJoined): EnterpriseOut {
  const e = r.e;
  return {
    id: e.id, name: e.name, creditCode: e.creditCode, regionCode: e.regionCode, regionName: r.regionName ?? null,
    address: e.address, parentId: e.parentId, parentName: r.parentName ?? null, legalRepresentative: e.legalRepresentative,
    contactName: e.contactName, contactPhone: e.contactPhoneMasked, mineCount: Number(r.mineCount ?? 0),
    version: e.version, updatedAt: e.updatedAt.toISOString(),
  };
}
