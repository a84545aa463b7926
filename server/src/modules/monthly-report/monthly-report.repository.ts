import { sql } from 'drizzle-orm';
import type { Scope } from '@contracts/access';
import type { Executor } from '../../platform/db/client';
import { queryRows } from '../../platform/db/client';

/** The month as instants: [start, end) in Asia/Shanghai, and the first day of the next month (the overdue cut). */
export interface Period { start: string; end: string; nextFirstDay: string }

/** Divisions are a district caller's own region, or every region with a mine for the city. */
const regionFilter = (scope: Scope, column: ReturnType<typeof sql.raw>) =>
  scope.kind === 'district' ? sql`AND ${column} = ${scope.regionCode}` : sql``;

export interface DivisionRow { code: string; name: string }

/** 有矿山的区县, in the administrative order. */
export async function divisions(db: Executor, scope: Scope): Promise<DivisionRow[]> {
  return queryRows<DivisionRow>(db, sql`
    SELECT r.code, r.name FROM regions r
    WHERE EXISTS (SELECT 1 FROM mines m WHERE m.region_code = r.code) ${regionFilter(scope, sql.raw('r.code'))}
    ORDER BY r.sort_order, r.code`);
}

export interface HazardFigures {
  region_code: string; open_at_start: number; found: number; closed: number; reopened: number;
  open_at_end: number; overdue_at_end: number;
}

/**
 * Major hazards (current grade) found before the month's end, with their state at the month's start and end taken
 * from the timeline (the last hazard_events row before the instant; none yet → open). A hazard without any timeline
 * (legacy data) is closed from its closed_at. The deadline in force at the end: none while a later 认定 (confirm) was
 * still to come; the previous deadline of the first extension approved after the end; else today's deadline.
 */
export async function hazardFigures(db: Executor, scope: Scope, p: Period): Promise<HazardFigures[]> {
  const S = sql`${p.start}::timestamptz`;
  const E = sql`${p.end}::timestamptz`;
  return queryRows<HazardFigures>(db, sql`
    WITH x AS (
      SELECT h.region_code, h.found_at,
        CASE WHEN ev.n > 0 THEN coalesce(ls.to_status = 'closed', false) ELSE (h.closed_at IS NOT NULL AND h.closed_at < ${S}) END AS closed_at_start,
        CASE WHEN ev.n > 0 THEN coalesce(le.to_status = 'closed', false) ELSE (h.closed_at IS NOT NULL AND h.closed_at < ${E}) END AS closed_at_end,
        CASE WHEN ev.n > 0 THEN ev.closures ELSE (h.closed_at >= ${S} AND h.closed_at < ${E})::int END AS closures,
        coalesce(ev.reopens, 0) AS reopens,
        CASE WHEN ev.confirmed_later THEN NULL WHEN ext.previous IS NOT NULL THEN ext.previous ELSE h.deadline END AS deadline_at_end
      FROM hazards h
      CROSS JOIN LATERAL (
        SELECT count(*)::int AS n,
          count(*) FILTER (WHERE e.to_status = 'closed' AND coalesce(e.from_status, '') <> 'closed' AND e.at >= ${S} AND e.at < ${E})::int AS closures,
          count(*) FILTER (WHERE e.from_status = 'closed' AND e.to_status <> 'closed' AND e.at >= ${S} AND e.at < ${E})::int AS reopens,
          coalesce(bool_or(e.action = 'confirm' AND e.at >= ${E}), false) AS confirmed_later
        FROM hazard_events e WHERE e.hazard_id = h.id) ev
      LEFT JOIN LATERAL (SELECT e.to_status FROM hazard_events e WHERE e.hazard_id = h.id AND e.at < ${S} ORDER BY e.seq DESC LIMIT 1) ls ON true
      LEFT JOIN LATERAL (SELECT e.to_status FROM hazard_events e WHERE e.hazard_id = h.id AND e.at < ${E} ORDER BY e.seq DESC LIMIT 1) le ON true
      LEFT JOIN LATERAL (SELECT x.previous_deadline AS previous FROM hazard_extensions x
        WHERE x.hazard_id = h.id AND x.status = 'approved' AND x.decided_at >= ${E} ORDER BY x.decided_at LIMIT 1) ext ON true
      WHERE h.grade = 'major' AND h.found_at < ${E} ${regionFilter(scope, sql.raw('h.region_code'))}
    )
    SELECT region_code,
      count(*) FILTER (WHERE found_at < ${S} AND NOT closed_at_start)::int AS open_at_start,
      count(*) FILTER (WHERE found_at >= ${S})::int AS found,
      sum(closures)::int AS closed,
      sum(reopens)::int AS reopened,
      count(*) FILTER (WHERE NOT closed_at_end)::int AS open_at_end,
      -- overdue at the month's end, or today for the running month (the deadline day itself is not overdue)
      count(*) FILTER (WHERE NOT closed_at_end
        AND deadline_at_end < LEAST(${p.nextFirstDay}::date, (now() AT TIME ZONE 'Asia/Shanghai')::date))::int AS overdue_at_end
    FROM x GROUP BY region_code`);
}

export interface ListingFigures { region_code: string; listed_at_end: number; newly_listed: number }

/** 挂牌督办: active at the end (listed before it, not delisted before it) and listed within the month. */
export async function listingFigures(db: Executor, scope: Scope, p: Period): Promise<ListingFigures[]> {
  const S = sql`${p.start}::timestamptz`;
  const E = sql`${p.end}::timestamptz`;
  return queryRows<ListingFigures>(db, sql`
    SELECT h.region_code,
      count(DISTINCT l.hazard_id) FILTER (WHERE l.listed_at < ${E} AND (l.delisted_at IS NULL OR l.delisted_at >= ${E}))::int AS listed_at_end,
      count(DISTINCT l.hazard_id) FILTER (WHERE l.listed_at >= ${S} AND l.listed_at < ${E})::int AS newly_listed
    FROM hazard_listings l JOIN hazards h ON h.id = l.hazard_id
    WHERE h.grade = 'major' AND l.listed_at < ${E} ${regionFilter(scope, sql.raw('h.region_code'))}
    GROUP BY h.region_code`);
}
