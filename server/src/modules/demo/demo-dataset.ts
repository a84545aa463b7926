// Deterministic demo dataset for 非煤矿山安全在线: regulators, enterprises, mines and tailings ponds,
// people with their posts, and login accounts – plain objects linked by keys, no database here.
// Same seed → identical dataset (tests and screenshots depend on it); all names are fictional.
import { mulberry32 } from '../../platform/geo/random';
import { makeCreditCode } from './demo-codes';
import { buildMines } from './demo-mines';
import { district, mobile, personName, ruralAddress } from './demo-names';
import { buildAgencies, buildUsers } from './demo-orgs';
import { buildPeople } from './demo-people';
import { digits, unique, type Rng } from './demo-rng';
import { ENTERPRISES, PARENTS } from './demo-table-enterprises';
import type { DemoDataset, DemoEnterprise } from './demo-types';

export type * from './demo-types';
export { RESTRUCTURING_CATEGORIES } from './demo-types';
export { DEMO_PASSWORD, QIYE_ENTERPRISE, QIYE2_ENTERPRISE } from './demo-orgs';

export function buildDemoDataset(seed = 2025): DemoDataset {
  const rng = mulberry32(seed);
  const phones = new Set<string>();
  const enterprises = buildEnterprises(rng, phones);
  const mines = buildMines(rng);
  const controllers = new Set(ENTERPRISES.filter((e) => e.controller).map((e) => e.key));
  const { people, positions, principalOf } = buildPeople(rng, enterprises, controllers, mines, phones);
  for (const e of enterprises) e.legalRepresentative = principalOf.get(e.key)?.name ?? '';
  return { seed, agencies: buildAgencies(), enterprises, mines, people, positions, users: buildUsers(principalOf) };
}

/** Parent companies first, so a loader inserting in order can resolve parentKey immediately. */
function buildEnterprises(rng: Rng, phones: Set<string>): DemoEnterprise[] {
  const codes = new Set<string>();
  const creditCode = (region: string) => unique(codes, () => makeCreditCode(region, digits(rng, 8)));
  const contact = () => ({ contactName: personName(rng, rng() < 0.7 ? 'M' : 'F'), contactPhone: unique(phones, () => mobile(rng)) });
  const parents = PARENTS.map((p): DemoEnterprise => ({
    key: p.key, name: p.name, creditCode: creditCode(p.creditRegion), regionCode: p.regionCode,
    address: p.address, legalRepresentative: '', ...contact(), parentKey: null,
  }));
  const operators = ENTERPRISES.map((e): DemoEnterprise => ({
    key: e.key, name: e.name, creditCode: creditCode(e.region), regionCode: e.region,
    address: ruralAddress(rng, district(e.region), e.town), legalRepresentative: '', ...contact(), parentKey: e.parent ?? null,
  }));
  return [...parents, ...operators];
}
