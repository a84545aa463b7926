import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { toGeographic } from '../../platform/geo/crs';
import { distanceToDistrictBoundary, pointInDistrict } from '../../platform/geo/outlines';
import { isValidCreditCode, isValidIdNumber } from './demo-codes';
import { buildDemoDataset, DEMO_PASSWORD, type DemoMine } from './demo-dataset';

// Independent checkers written from the standards' text (REFERENCE.md §10), not from demo-codes.ts.
function specCreditCodeOk(code: string): boolean {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  if (code.length !== 18 || [...code].some((c) => !alphabet.includes(c))) return false;
  const sum = w.reduce((s, wi, i) => s + alphabet.indexOf(code[i]) * wi, 0);
  return alphabet[(31 - (sum % 31)) % 31] === code[17];
}
function specIdOk(id: string): boolean {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const r = w.reduce((s, wi, i) => s + Number(id[i]) * wi, 0) % 11;
  return ['1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'][r] === id[17];
}

const divisionCodes = new Set(
  (JSON.parse(fs.readFileSync(new URL('../../../../reference-data/chongqing-divisions.json', import.meta.url), 'utf8')) as { divisions: { code: string }[] })
    .divisions.map((d) => d.code),
);

const ds = buildDemoDataset();
const byKey = <T extends { key: string }>(xs: T[]) => new Map(xs.map((x) => [x.key, x]));
const enterprises = byKey(ds.enterprises);
const mines = byKey(ds.mines);
const isTailings = (m: DemoMine) => m.kinds.includes('tailings_pond');

describe('demo dataset', () => {
  it('has the promised size and variety', () => {
    const operators = ds.enterprises.filter((e) => ds.enterprises.every((o) => o.parentKey !== e.key));
    expect(operators.length).toBeGreaterThanOrEqual(32);
    expect(ds.mines.length).toBeGreaterThanOrEqual(44);
    expect(ds.mines.filter(isTailings).length).toBeGreaterThanOrEqual(6);
    expect(ds.mines.filter((m) => m.kinds.join() === 'underground,open_pit').length).toBeGreaterThanOrEqual(2);
    expect(ds.mines.some((m) => m.kinds.join() === 'underground')).toBe(true);
    expect(ds.mines.some((m) => m.kinds.join() === 'open_pit')).toBe(true);
    expect(ds.mines.filter((m) => m.boundary?.crs === 'CGCS2000_GK3').length).toBe(5);
    expect(ds.mines.filter((m) => m.boundary?.crs === 'XIAN80_GK3').length).toBe(2);
    expect(new Set(ds.mines.map((m) => m.status))).toEqual(new Set(['construction', 'production', 'suspended_rectification', 'construction_halted', 'closed']));
    expect(ds.agencies.filter((a) => a.tier === 'city')).toHaveLength(4);
    const districtCodes = new Set(ds.agencies.filter((a) => a.tier === 'district').map((a) => a.regionCode));
    for (const code of ['500229', '500243', '500240', '500238', '500236', '500156', '500110']) expect(districtCodes.has(code)).toBe(true);
  });

  it('gives every enterprise a unique, valid credit code and links parents', () => {
    const codes = ds.enterprises.map((e) => e.creditCode);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) {
      expect(isValidCreditCode(code), code).toBe(true);
      expect(specCreditCodeOk(code), code).toBe(true);
      expect(code.slice(0, 2)).toBe('91');
    }
    expect(specCreditCodeOk('9144030071526726XG')).toBe(true); // the standard's own example
    for (const e of ds.enterprises) if (e.regionCode) expect(e.creditCode.slice(2, 8)).toBe(e.regionCode);
    const children = ds.enterprises.filter((e) => e.parentKey);
    expect(children.length).toBeGreaterThanOrEqual(6);
    for (const c of children) expect(enterprises.get(c.parentKey!)?.parentKey).toBeNull();
    expect(new Set(children.map((c) => c.parentKey)).size).toBe(3);
    expect(ds.enterprises.some((e) => e.regionCode === null && /^91(51|52)/.test(e.creditCode))).toBe(true);
    for (const e of ds.enterprises) expect(e.contactPhone).toMatch(/^1[3-9]\d{9}$/);
  });

  it('places every mine and licence corner well inside its district', () => {
    for (const m of ds.mines) {
      expect(enterprises.has(m.enterpriseKey)).toBe(true);
      expect(pointInDistrict(m.regionCode, ...m.location), m.key).toBe(true);
      expect(distanceToDistrictBoundary(m.regionCode, ...m.location)).toBeGreaterThanOrEqual(0.01);
      if (!m.boundary) continue;
      let result = toGeographic(m.boundary);
      if (m.boundary.crs === 'XIAN80_GK3') {
        expect(result.converted).toBe(false);
        // demo Xi'an 80 values were projected like CGCS2000 – close enough to check the place
        result = toGeographic({ ...m.boundary, crs: 'CGCS2000_GK3' });
      }
      expect(result.converted, m.key).toBe(true);
      if (!result.converted) continue;
      for (const [lon, lat] of result.rings.flat()) expect(pointInDistrict(m.regionCode, lon, lat), m.key).toBe(true);
    }
  });

  it('links tailings ponds to a mine and gives them no mining licence', () => {
    for (const t of ds.mines.filter(isTailings)) {
      const served = mines.get(t.servesMineKey!);
      expect(served && !isTailings(served)).toBe(true);
      expect(t.enterpriseKey).toBe(served!.enterpriseKey);
      expect(t.miningLicence).toBeNull();
      expect(t.tailings?.grade).toMatch(/^[一二三四五]等$/);
    }
    expect(ds.mines.filter(isTailings).some((t) => t.tailings!.headOver)).toBe(true);
    for (const m of ds.mines.filter((x) => !isTailings(x))) expect(m.servesMineKey).toBeNull();
  });

  it('has licence numbers in shape except the pinned malformed one, and a few expired', () => {
    const licences = ds.mines.flatMap((m) => (m.miningLicence ? [m.miningLicence] : []));
    expect(licences.filter((l) => !/^C\d{22}$/.test(l.no))).toHaveLength(1);
    expect(new Set(licences.map((l) => l.no)).size).toBe(licences.length);
    const expired = licences.filter((l) => l.validTo < '2026-01-01').length;
    expect(expired).toBeGreaterThanOrEqual(1);
    expect(expired).toBeLessThanOrEqual(2);
    for (const m of ds.mines) {
      if (m.safetyLicence) expect(m.safetyLicence.no).toMatch(/^\(渝\)FM安许证字〔\d{4}〕\d{4}$/);
      if (m.elevation) expect(m.elevation.min).toBeGreaterThanOrEqual(200);
      if (m.elevation) expect(m.elevation.max).toBeLessThanOrEqual(2000);
    }
  });

  it('gives people valid, unique ID numbers and consistent posts', () => {
    const ids = ds.people.map((p) => p.idNumber);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of ds.people) {
      expect(isValidIdNumber(p.idNumber)).toBe(true);
      expect(specIdOk(p.idNumber), p.idNumber).toBe(true);
      expect(divisionCodes.has(p.idNumber.slice(0, 6))).toBe(true);
      expect(p.idNumber.slice(6, 14)).toBe(p.birthDate.replaceAll('-', ''));
      expect(new Date(`${p.birthDate}T00:00:00Z`).toISOString().slice(0, 10)).toBe(p.birthDate);
      expect(Number(p.birthDate.slice(0, 4))).toBeGreaterThanOrEqual(1965);
      expect(Number(p.birthDate.slice(0, 4))).toBeLessThanOrEqual(1995);
      expect(Number(p.idNumber[16]) % 2).toBe(p.gender === 'M' ? 1 : 0);
      expect(p.phone).toMatch(/^1[3-9]\d{9}$/);
    }
    const people = byKey(ds.people);
    for (const pos of ds.positions) {
      expect(people.has(pos.personKey)).toBe(true);
      expect(pos.orgType === 'mine' ? mines.has(pos.orgKey) : enterprises.has(pos.orgKey)).toBe(true);
    }
    for (const e of ds.enterprises) expect(ds.positions.filter((p) => p.orgKey === e.key && p.position === 'principal')).toHaveLength(1);
    for (const m of ds.mines.filter((x) => !isTailings(x))) {
      for (const role of ['mine_manager', 'chief_engineer']) {
        expect(ds.positions.filter((p) => p.orgKey === m.key && p.position === role && p.endDate === null), `${m.key} ${role}`).toHaveLength(1);
      }
    }
    const managerOn = (mine: string, day: string) =>
      ds.positions.find((p) => p.orgKey === mine && p.position === 'mine_manager' && p.startDate <= day && (p.endDate === null || day <= p.endDate))?.personKey;
    expect(managerOn('mine-ck-xiuqi', '2025-06-01')).toBe('p-mine-ck-xiuqi-manager-prev');
    expect(managerOn('mine-ck-xiuqi', '2025-09-01')).toBe('p-mine-ck-xiuqi-manager');
    const minesPerPerson = new Map<string, Set<string>>();
    for (const p of ds.positions.filter((x) => x.orgType === 'mine' && x.endDate === null)) {
      minesPerPerson.set(p.personKey, (minesPerPerson.get(p.personKey) ?? new Set()).add(p.orgKey));
    }
    expect([...minesPerPerson.values()].filter((s) => s.size === 2)).toHaveLength(1);
  });

  it('has the demo users with existing organisations', () => {
    const agencies = byKey(ds.agencies);
    const users = new Map(ds.users.map((u) => [u.username, u]));
    for (const name of ['admin', 'security', 'auditor', 'city', 'cityadmin', 'inspector', 'chengkou', 'chengkouadmin', 'pengshui', 'shizhu', 'ziranziyuan', 'qiye', 'qiye2']) {
      expect(users.has(name), name).toBe(true);
    }
    for (const u of ds.users) {
      expect(u.orgType === 'agency' ? agencies.has(u.orgKey) : enterprises.has(u.orgKey), u.username).toBe(true);
    }
    expect(agencies.get(users.get('inspector')!.orgKey)?.name).toBe('国家矿山安全监察局重庆局');
    expect(agencies.get(users.get('chengkou')!.orgKey)?.name).toBe('城口县应急管理局');
    expect(agencies.get(users.get('ziranziyuan')!.orgKey)?.name).toBe('城口县规划和自然资源局');
    const qiye = users.get('qiye')!;
    expect(qiye.roles).toEqual(['enterprise_admin', 'enterprise_principal']);
    expect(ds.mines.some((m) => m.enterpriseKey === qiye.orgKey && m.regionCode === '500229')).toBe(true);
    expect(ds.positions.some((p) => p.personKey === qiye.personKey && p.orgKey === qiye.orgKey && p.position === 'principal')).toBe(true);
    // 领导在岗 (the onsite journey): qiye's enterprise has an actual controller and its mine a chief engineer, both since before 2026
    const leader = (position: string, orgKey: string) => ds.positions.find((p) => p.position === position && p.orgKey === orgKey && p.endDate === null);
    expect(leader('actual_controller', qiye.orgKey)!.startDate < '2026-01-01').toBe(true);
    expect(leader('chief_engineer', 'mine-ck-xiuqi')!.startDate < '2026-01-01').toBe(true);
    const qiye2 = users.get('qiye2')!;
    expect(qiye2.orgKey).not.toBe(qiye.orgKey);
    expect(enterprises.get(qiye2.orgKey)?.regionCode).toBe('500229');
    expect(DEMO_PASSWORD).toBe('Demo@2025');
  });

  it('is deterministic for a seed', () => {
    expect(buildDemoDataset()).toEqual(ds);
    expect(buildDemoDataset(2025)).toEqual(ds);
    const other = buildDemoDataset(7);
    expect(other.mines.map((m) => m.key)).toEqual(ds.mines.map((m) => m.key));
    expect(other.mines[0].location).not.toEqual(ds.mines[0].location);
  });
});
