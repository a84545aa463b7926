// People and their posts: a principal for every enterprise, some actual controllers, and a 矿长 and
// 总工程师 for every mine – with history (a replaced 矿长) and one engineer serving two mines.
import { makeIdNumber } from './demo-codes';
import { MANAGEMENT_MAJORS, TECH_MAJORS, mobile, personName } from './demo-names';
import { addDays, chance, int, pick, randomDate, unique, type Rng } from './demo-rng';
import type { DemoEnterprise, DemoMine, DemoPerson, DemoPosition, PositionKind } from './demo-types';

/** Birth regions for ID numbers: Chongqing division codes (the demo districts and a few others). */
const BIRTH_REGIONS = ['500229', '500243', '500240', '500238', '500236', '500156', '500110', '500101', '500102', '500106', '500112', '500114', '500230', '500235'];

/** Mines whose previous 矿长 left on the given day; the successor starts the day after. */
const MANAGER_CHANGES: Record<string, string> = {
  'mine-ck-xiuqi': '2025-08-15',
  'mine-ps-yushan': '2025-06-30',
  'mine-sz-xituo': '2026-03-31',
};

/** 总工程师 of the second mine is the same person as at the first (兼职, to be flagged). */
const SHARED_CHIEF_ENGINEER = { mine: 'mine-ck-miaoba', sameAs: 'mine-ck-gaoyan' };

type Role = 'principal' | 'controller' | 'manager' | 'chief';

const PROFILE: Record<Role, { male: number; born: [number, number]; education: string[]; majors: string[]; titles: (string | null)[] }> = {
  principal: { male: 0.85, born: [1965, 1988], education: ['本科', '大专', '硕士', '高中'], majors: MANAGEMENT_MAJORS, titles: [null, '经济师', '工程师'] },
  controller: { male: 0.85, born: [1965, 1985], education: ['本科', '大专', '高中'], majors: MANAGEMENT_MAJORS, titles: [null, '经济师'] },
  manager: { male: 0.95, born: [1968, 1992], education: ['本科', '大专', '本科', '硕士'], majors: TECH_MAJORS, titles: ['工程师', '高级工程师', '助理工程师'] },
  chief: { male: 0.9, born: [1970, 1995], education: ['本科', '硕士', '本科'], majors: TECH_MAJORS.slice(0, 4), titles: ['高级工程师', '工程师'] },
};

export interface PeopleResult {
  people: DemoPerson[];
  positions: DemoPosition[];
  principalOf: Map<string, DemoPerson>;
}

export function buildPeople(rng: Rng, enterprises: DemoEnterprise[], controllers: Set<string>, mines: DemoMine[], phones: Set<string>): PeopleResult {
  const people: DemoPerson[] = [];
  const positions: DemoPosition[] = [];
  const principalOf = new Map<string, DemoPerson>();
  const ids = new Set<string>();

  const person = (key: string, role: Role, owner: string, home: string | null): DemoPerson => {
    const p = PROFILE[role];
    const gender = chance(rng, p.male) ? 'M' : 'F';
    const birthDate = randomDate(rng, p.born[0], p.born[1]);
    const region = home && chance(rng, 0.6) ? home : pick(rng, BIRTH_REGIONS);
    const idNumber = unique(ids, () => makeIdNumber(region, birthDate, int(rng, 0, 999), gender));
    const made: DemoPerson = {
      key, name: personName(rng, gender), gender, idNumber, birthDate,
      phone: unique(phones, () => mobile(rng)),
      education: pick(rng, p.education), major: pick(rng, p.majors), title: pick(rng, p.titles),
      ownerEnterpriseKey: owner,
    };
    people.push(made);
    return made;
  };
  const post = (who: DemoPerson, orgType: 'enterprise' | 'mine', orgKey: string, enterpriseKey: string, position: PositionKind, startDate: string, endDate: string | null = null) =>
    positions.push({ personKey: who.key, orgType, orgKey, enterpriseKey, position, startDate, endDate });

  for (const ent of enterprises) {
    const principal = person(`p-${ent.key}-principal`, 'principal', ent.key, ent.regionCode);
    principalOf.set(ent.key, principal);
    post(principal, 'enterprise', ent.key, ent.key, 'principal', randomDate(rng, 2014, 2023));
    if (controllers.has(ent.key)) {
      const controller = person(`p-${ent.key}-controller`, 'controller', ent.key, ent.regionCode);
      post(controller, 'enterprise', ent.key, ent.key, 'actual_controller', randomDate(rng, 2012, 2020));
    }
  }

  const chiefOf = new Map<string, DemoPerson>();
  for (const mine of mines.filter((x) => x.servesMineKey === null)) {
    const change = MANAGER_CHANGES[mine.key];
    if (change) {
      const previous = person(`p-${mine.key}-manager-prev`, 'manager', mine.enterpriseKey, mine.regionCode);
      post(previous, 'mine', mine.key, mine.enterpriseKey, 'mine_manager', randomDate(rng, 2016, 2020), change);
    }
    const manager = person(`p-${mine.key}-manager`, 'manager', mine.enterpriseKey, mine.regionCode);
    post(manager, 'mine', mine.key, mine.enterpriseKey, 'mine_manager', change ? addDays(change, 1) : randomDate(rng, 2019, 2024));

    const shared = SHARED_CHIEF_ENGINEER.mine === mine.key ? chiefOf.get(SHARED_CHIEF_ENGINEER.sameAs) : undefined;
    const chief = shared ?? person(`p-${mine.key}-chief`, 'chief', mine.enterpriseKey, mine.regionCode);
    chiefOf.set(mine.key, chief);
    post(chief, 'mine', mine.key, mine.enterpriseKey, 'chief_engineer', randomDate(rng, 2019, 2025));
  }
  return { people, positions, principalOf };
}
