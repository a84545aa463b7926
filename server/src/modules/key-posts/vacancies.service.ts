import type { z } from 'zod';
import { postLabel, type MineKeyPostsOut, type VacancyListOut, type VacancyRowOut, type vacancyListQuery } from '@contracts/key-posts';
import type { Actor } from '../../platform/access/actor';
import { assertCan, can } from '../../platform/access/actor';
import type { Platform } from '../../platform/context';
import type { Executor } from '../../platform/db/client';
import { fieldError, notFound } from '../../platform/errors';
import * as repo from './key-posts.repository';
import { evaluateMine, systemsOf, type MineEvaluation } from './key-posts.rules';

type ListQuery = z.output<typeof vacancyListQuery>;

/** Today in Asia/Shanghai (UTC+8, no daylight saving). */
export const todayInShanghai = (now = new Date()) => new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

/** Mines checked per request: a city-wide list beyond this is a report (the response says it was cut). */
export const MAX_MINES = 5000;
/** Rows returned: the mines with vacancies or flags, district by district. */
export const MAX_ROWS = 1000;

function dateOf(date: string | undefined): string {
  if (!date) return todayInShanghai();
  const t = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(t.getTime()) || t.toISOString().slice(0, 10) !== date) throw fieldError('date', '日期不是有效日期');
  return date;
}

/** Evaluates a set of mines on a date with three queries (rules, positions, principals elsewhere). */
async function evaluate(db: Executor, mines: repo.KeyPostMine[], date: string): Promise<Map<string, MineEvaluation>> {
  const [rows, holdings] = await Promise.all([repo.listRequirements(db), repo.holdingsAt(db, mines.map((m) => m.id), date)]);
  const rules = rows.map(repo.toRule);
  const principals = await repo.principalMinesOf(db, [...new Set(holdings.map((h) => h.personId))], date);
  const byMine = new Map<string, typeof holdings>();
  for (const h of holdings) byMine.set(h.mineId, [...(byMine.get(h.mineId) ?? []), h]);
  return new Map(mines.map((m) => [m.id, evaluateMine(m, rules, byMine.get(m.id) ?? [], principals)]));
}

/** District regulators with hazard.create_found may turn an underground or tailings vacancy into a major hazard. */
export const mayRaiseHazard = (actor: Actor) => can(actor, 'hazard.create_found') && actor.orgType === 'agency' && actor.tier === 'district';

/** 关键岗位: the mine's required posts on the date (default today), each with its holder, qualification and flags. */
export async function getMineKeyPosts(p: Platform, actor: Actor, mineId: string, date?: string): Promise<MineKeyPostsOut> {
  const db = p.database.db;
  const [mine] = await repo.minesFor(db, { scope: actor.scope, mineId }, 1);
  if (!mine) throw notFound('矿山');
  assertCan(actor, 'person.read');
  const day = dateOf(date);
  const ev = (await evaluate(db, [mine], day)).get(mine.id)!;
  const raise = mayRaiseHazard(actor);
  const seen = new Set<string>();
  const hazardPositions = ev.posts.filter((x) => raise && !x.filled && x.hazardItemCode).flatMap((x) => {
    const key = `${x.position}:${x.productionSystem ?? ''}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ position: x.position, productionSystem: x.productionSystem, hazardItemCode: x.hazardItemCode! }];
  });
  return {
    mineId: mine.id, mineName: mine.name, enterpriseId: mine.enterpriseId, enterpriseName: mine.enterpriseName, regionCode: mine.regionCode,
    regionName: mine.regionName, kinds: mine.kinds, status: mine.status, date: day, independentSystems: systemsOf(mine),
    hydroComplexity: mine.hydroComplexity, posts: ev.posts.map(({ flag: _f, ...post }) => post), vacancies: ev.vacancies, flags: ev.flags,
    hazardPositions,
  };
}

/**
 * 岗位空缺: the mines of the caller's scope (closed mines left out) with vacancies or flags, and counts per district
 * (a district sees its own line, the city every district).
 */
export async function listVacancies(p: Platform, actor: Actor, q: ListQuery): Promise<VacancyListOut> {
  assertCan(actor, 'person.read');
  const db = p.database.db;
  const day = dateOf(q.date);
  const mines = await repo.minesFor(db, { scope: actor.scope, regionCode: q.regionCode, mineKind: q.mineKind, excludeClosed: true }, MAX_MINES + 1);
  const checked = mines.slice(0, MAX_MINES);
  const results = await evaluate(db, checked, day);
  const districts = new Map<string, VacancyListOut['byDistrict'][number]>();
  const items: VacancyRowOut[] = [];
  for (const m of checked) {
    const ev = results.get(m.id)!;
    const d = districts.get(m.regionCode) ?? { regionCode: m.regionCode, regionName: m.regionName, mines: 0, minesWithVacancies: 0, vacancies: 0, flaggedMines: 0 };
    districts.set(m.regionCode, d);
    d.mines++;
    d.vacancies += ev.vacancies;
    if (ev.vacancies > 0) d.minesWithVacancies++;
    if (ev.flags > 0) d.flaggedMines++;
    if (q.onlyFlagged ? ev.flags === 0 : ev.vacancies + ev.flags === 0) continue;
    items.push({
      mineId: m.id, mineName: m.name, enterpriseId: m.enterpriseId, enterpriseName: m.enterpriseName, regionCode: m.regionCode,
      regionName: m.regionName, kinds: m.kinds, status: m.status, vacancies: ev.vacancies, flags: ev.flags,
      vacantPosts: ev.posts.filter((x) => !x.filled).map((x) => postLabel(x.position, x.productionSystem)),
      flagTexts: ev.posts.flatMap((x) => (x.flag ? x.issues.map((i) => `${postLabel(x.position, x.productionSystem)}：${i}`) : [])),
    });
  }
  return {
    date: day, items: items.slice(0, MAX_ROWS), checkedMines: checked.length,
    truncated: mines.length > MAX_MINES || items.length > MAX_ROWS, byDistrict: [...districts.values()],
  };
}
