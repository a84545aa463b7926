import { EDUCATION_LEVELS, postLabel, type KeyPostOut, type QualificationRule } from '@contracts/key-posts';
import { POSITIONS } from '@contracts/people';

/**
 * 关键岗位配备 rules, pure (no database): which posts a mine must fill on a date, who fills each, and the flags.
 * A post counts as filled only by a qualified, full-time holder; one person fills at most one 五职 post at a mine
 * (the later appointment counts as vacant and is flagged); a full-time principal post held at another mine on the
 * same date is flagged. See docs/personnel.md.
 */
export interface RequirementRow {
  id: string; mineKind: string; position: string; count: number; perSystem: boolean; fiveDuties: boolean;
  condition: string | null; qualification: QualificationRule; hazardItemCode: string | null; unconfirmed: boolean; sort: number;
}
export interface MineFacts { id: string; kinds: string[]; independentSystems: number | null; hydroComplexity: string | null }
export interface Holding {
  positionId: string; personId: string; personName: string; position: string; startDate: string; endDate: string | null;
  fullTime: boolean; productionSystem: number | null;
  education: string | null; major: string | null; title: string | null; miningYears: number | null;
}

/** 主要负责人, 矿长 and the 五职: a full-time one of these at two mines at once is flagged. */
export const PRINCIPAL_POSTS = ['principal', 'mine_manager', 'chief_engineer', 'safety_deputy', 'production_deputy', 'mechanical_deputy'];

/** Independent production systems (mines.independent_systems; unknown or 0 counts as one). */
export const systemsOf = (m: MineFacts) => Math.max(1, m.independentSystems ?? 1);

function conditionMet(condition: string | null, m: MineFacts): boolean {
  if (!condition) return true;
  if (condition === 'hydro_medium_or_complex') return m.hydroComplexity === 'medium' || m.hydroComplexity === 'complex';
  return false; // an unknown condition never silently applies
}

const slotsOf = (r: RequirementRow, systems: number) => r.count * (r.perSystem ? systems : 1);

/**
 * The rows that apply to the mine: its kinds, switched on (count > 0), condition met. A mine of two kinds
 * (underground and open-pit) needs the union: per post the row asking for more, ties to the row with a hazard item.
 */
export function applicableRequirements(m: MineFacts, rows: RequirementRow[]): RequirementRow[] {
  const systems = systemsOf(m);
  const byPosition = new Map<string, RequirementRow>();
  for (const r of rows) {
    if (!m.kinds.includes(r.mineKind) || r.count <= 0 || !conditionMet(r.condition, m)) continue;
    const prev = byPosition.get(r.position);
    const better = !prev || slotsOf(r, systems) > slotsOf(prev, systems)
      || (slotsOf(r, systems) === slotsOf(prev, systems) && !prev.hazardItemCode && !!r.hazardItemCode);
    if (better) byPosition.set(r.position, r);
  }
  return [...byPosition.values()].sort((a, b) => a.sort - b.sort);
}

function educationLevel(education: string | null): number {
  if (!education) return -1;
  const aliases: [string, number][] = [['博士', 6], ['硕士', 5], ['研究生', 5], ['本科', 4], ['专科', 3]];
  const direct = EDUCATION_LEVELS.reduce((best, l, i) => (education.includes(l) ? Math.max(best, i) : best), -1);
  return aliases.reduce((best, [w, i]) => (education.includes(w) ? Math.max(best, i) : best), direct);
}

/** Why a holder does not meet the row's qualification; empty when qualified. */
export function qualificationProblems(q: QualificationRule, h: Holding): string[] {
  const problems: string[] = [];
  if (q.fullTime && !h.fullTime) problems.push('非专职');
  if (q.majors?.length && !(h.major && q.majors.some((m) => h.major!.includes(m)))) {
    problems.push(h.major ? `专业（${h.major}）不符合要求` : '未填写专业');
  }
  const titles = q.titles ?? [];
  if (q.minEducation || titles.length) {
    const eduOk = !!q.minEducation && educationLevel(h.education) >= EDUCATION_LEVELS.indexOf(q.minEducation);
    // 助理级 titles (助理工程师) do not count as 工程师.
    const titleOk = titles.length > 0 && !!h.title && !h.title.includes('助理') && titles.some((t) => h.title!.includes(t));
    if (!eduOk && !titleOk) {
      const wanted = [q.minEducation && `${q.minEducation}及以上学历`, titles.length && `${titles.join('、')}职称`].filter(Boolean).join('或');
      problems.push(`学历或职称不符合要求（须${wanted}）`);
    }
  }
  if (q.minYears && (h.miningYears ?? 0) < q.minYears) {
    problems.push(h.miningYears == null ? '未填写从业年限' : `从业年限${h.miningYears}年，不足${q.minYears}年`);
  }
  return problems;
}

export interface MineEvaluation { posts: (KeyPostOut & { flag: boolean })[]; vacancies: number; flags: number }

/**
 * Every required slot of the mine with its holder. `holdings`: the mine's positions active on the date;
 * `principalMines`: person → the mines where they hold a full-time principal post on the date.
 */
export function evaluateMine(m: MineFacts, rows: RequirementRow[], holdings: Holding[], principalMines: Map<string, Set<string>>): MineEvaluation {
  const systems = systemsOf(m);
  const required = applicableRequirements(m, rows);
  const fivePositions = new Set(required.filter((r) => r.fiveDuties).map((r) => r.position));

  // 五职兼任: per person, the earliest 五职 appointment counts; the others are flagged and cannot fill.
  const dual = new Map<string, string>(); // positionId → the post already held
  const fiveByPerson = new Map<string, Holding[]>();
  for (const h of holdings) if (fivePositions.has(h.position)) fiveByPerson.set(h.personId, [...(fiveByPerson.get(h.personId) ?? []), h]);
  const rank = (h: Holding) => required.findIndex((r) => r.position === h.position);
  for (const list of fiveByPerson.values()) {
    if (list.length < 2) continue;
    const sorted = [...list].sort((a, b) => a.startDate.localeCompare(b.startDate) || rank(a) - rank(b) || a.positionId.localeCompare(b.positionId));
    for (const h of sorted.slice(1)) dual.set(h.positionId, postLabel(sorted[0]!.position, sorted[0]!.productionSystem));
  }

  const posts: MineEvaluation['posts'] = [];
  for (const r of required) {
    const q = r.qualification ?? {};
    const candidates = holdings.filter((h) => h.position === r.position).map((h) => {
      const problems = qualificationProblems(q, h);
      return { h, problems, fills: problems.length === 0 && !dual.has(h.positionId), used: false };
    });
    const slots: { system: number | null; c?: (typeof candidates)[number] }[] = [];
    for (let s = 1; s <= (r.perSystem ? systems : 1); s++) for (let i = 0; i < r.count; i++) slots.push({ system: r.perSystem ? s : null });
    const exact = (slot: (typeof slots)[number], h: Holding) => !r.perSystem || systems === 1 || h.productionSystem === slot.system;
    const loose = (slot: (typeof slots)[number], h: Holding) => exact(slot, h) || h.productionSystem == null || h.productionSystem > systems;
    const take = (match: typeof exact, fills: boolean) => {
      for (const slot of slots) {
        if (slot.c) continue;
        const c = candidates.find((x) => !x.used && x.fills === fills && match(slot, x.h));
        if (c) { c.used = true; slot.c = c; }
      }
    };
    take(exact, true); take(loose, true); take(exact, false); take(loose, false);

    for (const slot of slots) {
      const c = slot.c;
      const issues: string[] = [];
      let flag = false;
      if (c && dual.has(c.h.positionId)) {
        issues.push(`同一人兼任五职（已任${dual.get(c.h.positionId)}），本岗位视为空缺`);
        flag = true;
      }
      if (c && c.h.fullTime && PRINCIPAL_POSTS.includes(r.position) && [...(principalMines.get(c.h.personId) ?? [])].some((id) => id !== m.id)) {
        issues.push(`${c.h.personName}同时在其他矿山担任专职主要负责人或五职矿长`);
        flag = true;
      }
      posts.push({
        requirementId: r.id, mineKind: r.mineKind, position: r.position,
        positionLabel: (POSITIONS as Record<string, string>)[r.position] ?? r.position, productionSystem: slot.system,
        fiveDuties: r.fiveDuties, hazardItemCode: r.hazardItemCode, unconfirmed: r.unconfirmed, filled: !!c?.fills, flag, issues,
        holder: c ? {
          personId: c.h.personId, personName: c.h.personName, positionId: c.h.positionId, startDate: c.h.startDate, endDate: c.h.endDate,
          fullTime: c.h.fullTime, productionSystem: c.h.productionSystem, qualified: c.problems.length === 0, problems: c.problems,
        } : null,
      });
    }
  }
  return { posts, vacancies: posts.filter((x) => !x.filled).length, flags: posts.filter((x) => x.flag).length };
}
