import type { MonthlyReportOut, MonthlyReportRow } from '@contracts/monthly-report';
import type { Actor } from '../../platform/access/actor';
import { assertCan } from '../../platform/access/actor';
import type { Platform } from '../../platform/context';
import { AppError, fieldError } from '../../platform/errors';
import { selfInspectionStats } from '../self-inspections/matrix.service';
import { addMonths, todayInShanghai } from '../self-inspections/self-inspections.calendar';
import * as repo from './monthly-report.repository';

/** Asia/Shanghai has no daylight saving: local midnight is 16:00 UTC the day before. */
const shanghaiMidnight = (month: string) => new Date(Date.parse(`${month}-01T00:00:00+08:00`)).toISOString();

export function periodOf(month: string): repo.Period {
  const next = addMonths(month, 1);
  return { start: shanghaiMidnight(month), end: shanghaiMidnight(next), nextFirstDay: `${next}-01` };
}

const zero = (regionCode: string | null, regionName: string): MonthlyReportRow => ({
  regionCode, regionName, openAtStart: 0, found: 0, closed: 0, reopened: 0, openAtEnd: 0, overdueAtEnd: 0,
  listedAtEnd: 0, newlyListed: 0, selfInspectionObliged: 0, selfInspectionCompleteness: null, selfInspectionOnTimeRate: null,
});

/** 动态清零月报: agencies only (enterprises 403); a district sees its own row, the city every division and the total. */
export async function monthlyReport(p: Platform, actor: Actor, month: string, today = todayInShanghai()): Promise<MonthlyReportOut> {
  assertCan(actor, 'hazard.read');
  if (actor.orgType !== 'agency' || actor.scope.kind === 'enterprise') throw new AppError('FORBIDDEN');
  if (month > today.slice(0, 7)) throw fieldError('month', '月份不能晚于本月');
  const db = p.database.db;
  const period = periodOf(month);
  const [divisions, hazards, listings, stats] = await Promise.all([
    repo.divisions(db, actor.scope), repo.hazardFigures(db, actor.scope, period), repo.listingFigures(db, actor.scope, period),
    selfInspectionStats(p, actor, { from: month, to: month }, today),
  ]);
  const byCode = new Map(divisions.map((d) => [d.code, zero(d.code, d.name)]));
  const inspected = new Map<string, { done: number; onTime: number }>();
  for (const h of hazards) {
    const r = byCode.get(h.region_code);
    if (r) Object.assign(r, { openAtStart: h.open_at_start, found: h.found, closed: h.closed, reopened: h.reopened, openAtEnd: h.open_at_end, overdueAtEnd: h.overdue_at_end });
  }
  for (const l of listings) {
    const r = byCode.get(l.region_code);
    if (r) Object.assign(r, { listedAtEnd: l.listed_at_end, newlyListed: l.newly_listed });
  }
  for (const s of stats.rows) {
    const r = byCode.get(s.regionCode);
    if (!r) continue;
    Object.assign(r, { selfInspectionObliged: s.obliged, selfInspectionCompleteness: s.completeness, selfInspectionOnTimeRate: s.onTimeRate });
    inspected.set(s.regionCode, { done: s.submitted + s.late, onTime: s.submitted });
  }
  const rows = [...byCode.values()];
  return {
    month, periodStart: period.start, periodEnd: period.end, generatedAt: new Date().toISOString(), rows,
    total: actor.scope.kind === 'city' ? cityTotal(rows, inspected) : null,
  };
}

/** Sums of every division; the rates from the summed mine counts, not an average of the divisions' rates. */
function cityTotal(rows: MonthlyReportRow[], inspected: Map<string, { done: number; onTime: number }>): MonthlyReportRow {
  const t = zero(null, '全市合计');
  let done = 0;
  let onTime = 0;
  for (const r of rows) {
    for (const k of ['openAtStart', 'found', 'closed', 'reopened', 'openAtEnd', 'overdueAtEnd', 'listedAtEnd', 'newlyListed', 'selfInspectionObliged'] as const) t[k] += r[k];
    done += inspected.get(r.regionCode!)?.done ?? 0;
    onTime += inspected.get(r.regionCode!)?.onTime ?? 0;
  }
  t.selfInspectionCompleteness = t.selfInspectionObliged ? done / t.selfInspectionObliged : null;
  t.selfInspectionOnTimeRate = t.selfInspectionObliged ? onTime / t.selfInspectionObliged : null;
  return t;
}
