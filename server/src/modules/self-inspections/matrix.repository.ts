import { sql, type SQL } from 'drizzle-orm';
import type { Scope } from '@contracts/access';
import type { MonthStatus } from '@contracts/self-inspections';
import type { Executor } from '../../platform/db/client';
import { queryRows } from '../../platform/db/client';
import { enterprises, mines, regions, selfInspections } from '../../platform/db/schema';
import { allOf } from '../../platform/db/paging';
import { mineScope } from '../mines/mines.repository';

export interface MatrixFilter { scope: Scope; from: string; to: string; regionCode?: string; enterpriseId?: string; today: string; graceDays: number }

export interface CellRow {
  mine_id: string; mine_name: string; enterprise_id: string; enterprise_name: string; region_code: string; region_name: string;
  month: string; status: MonthStatus; backfilled: boolean; record_id: string | null;
}

/**
 * Every mine in scope × every month of the range, with its status computed here (never stored):
 * a record → submitted or late (fixed at submission); no record and the mine closed or the month before
 * its self_inspection_from month → exempt; not yet past the due date (month end + grace) → pending; else missing.
 */
function cells(f: MatrixFilter): SQL {
  const where = allOf(
    mineScope(f.scope),
    f.regionCode ? sql`${mines.regionCode} = ${f.regionCode}` : undefined,
    f.enterpriseId ? sql`${mines.enterpriseId} = ${f.enterpriseId}` : undefined,
  );
  return sql`
    WITH mo AS (
      SELECT to_char(g, 'YYYY-MM') AS month, ((g + interval '1 month')::date - 1 + ${f.graceDays}::int) AS due
      FROM generate_series(${`${f.from}-01`}::timestamp, ${`${f.to}-01`}::timestamp, interval '1 month') AS g
    )
    SELECT ${mines.id} AS mine_id, ${mines.name} AS mine_name, ${mines.enterpriseId} AS enterprise_id, ${enterprises.name} AS enterprise_name,
      ${mines.regionCode} AS region_code, ${regions.name} AS region_name, mo.month, ${selfInspections.id} AS record_id,
      coalesce(${selfInspections.backfilled}, false) AS backfilled,
      CASE
        WHEN ${selfInspections.id} IS NOT NULL THEN CASE WHEN ${selfInspections.late} THEN 'late' ELSE 'submitted' END
        WHEN ${mines.status} = 'closed' OR mo.month < to_char(${mines.selfInspectionFrom}, 'YYYY-MM') THEN 'exempt'
        WHEN mo.due >= ${f.today}::date THEN 'pending'
        ELSE 'missing'
      END AS status
    FROM ${mines}
    JOIN ${enterprises} ON ${enterprises.id} = ${mines.enterpriseId}
    JOIN ${regions} ON ${regions.code} = ${mines.regionCode}
    CROSS JOIN mo
    LEFT JOIN ${selfInspections} ON ${selfInspections.mineId} = ${mines.id} AND ${selfInspections.month} = mo.month
    ${where ? sql`WHERE ${where}` : sql``}`;
}

export async function matrixCells(db: Executor, f: MatrixFilter): Promise<CellRow[]> {
  return queryRows<CellRow>(db, sql`SELECT * FROM (${cells(f)}) c ORDER BY c.region_code, c.enterprise_name, c.mine_name, c.mine_id, c.month`);
}

export interface StatsRow {
  region_code: string; region_name: string; month: string;
  submitted: number; late: number; missing: number; pending: number; exempt: number;
}

/** The matrix's cells counted per division (区县) and month. */
export async function statsByDivision(db: Executor, f: MatrixFilter): Promise<StatsRow[]> {
  const n = (status: MonthStatus) => sql`count(*) FILTER (WHERE c.status = ${status})::int`;
  return queryRows<StatsRow>(db, sql`
    SELECT c.region_code, c.region_name, c.month, ${n('submitted')} AS submitted, ${n('late')} AS late, ${n('missing')} AS missing,
      ${n('pending')} AS pending, ${n('exempt')} AS exempt
    FROM (${cells(f)}) c GROUP BY c.region_code, c.region_name, c.month ORDER BY c.region_code, c.month`);
}
