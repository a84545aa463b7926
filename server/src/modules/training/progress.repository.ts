import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { queryRows } from '../../platform/db/client';
import { classroomConnections, mines, regions, trainingRecords, trainingTargets } from '../../platform/db/schema';
import { CITY_REGION_CODE, CLASSROOM_OBLIGED_STATUSES } from '@contracts/training';

export interface ProgressRow { region_code: string; region_name: string; target: number | null; target_source: string | null; passed: number }

/**
 * Per district: the target and the distinct persons who passed a course in the year, credited to the district
 * of the employer that recorded it (training_records.region_code). Districts are the city's divisions (parent
 * 500000) plus any region holding a target or a credited person. `onlyRegion` narrows to one district.
 */
export async function progressByDistrict(db: Executor, year: number, onlyRegion?: string): Promise<ProgressRow[]> {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  return queryRows<ProgressRow>(db, sql`
    WITH passed AS (
      SELECT ${trainingRecords.regionCode} AS region_code, count(DISTINCT ${trainingRecords.personId})::int AS n
      FROM ${trainingRecords}
      WHERE ${trainingRecords.passed} AND ${trainingRecords.trainedOn} BETWEEN ${from}::date AND ${to}::date AND ${trainingRecords.regionCode} IS NOT NULL
      GROUP BY 1
    ), target AS (
      SELECT ${trainingTargets.regionCode} AS region_code, ${trainingTargets.target} AS target, ${trainingTargets.source} AS source
      FROM ${trainingTargets} WHERE ${trainingTargets.year} = ${year}
    )
    SELECT ${regions.code} AS region_code, ${regions.name} AS region_name, target.target, target.source AS target_source, coalesce(passed.n, 0)::int AS passed
    FROM ${regions}
    LEFT JOIN passed ON passed.region_code = ${regions.code}
    LEFT JOIN target ON target.region_code = ${regions.code}
    WHERE ${regions.code} <> ${CITY_REGION_CODE}
      AND (${regions.parentCode} = ${CITY_REGION_CODE} OR passed.n IS NOT NULL OR target.target IS NOT NULL)
      ${onlyRegion ? sql`AND ${regions.code} = ${onlyRegion}` : sql``}
    ORDER BY ${regions.sortOrder}, ${regions.code}`);
}

/** The city: distinct persons over every district (a person trained twice, or in two districts, counts once). */
export async function cityProgress(db: Executor, year: number): Promise<ProgressRow> {
  const [row] = await queryRows<ProgressRow>(db, sql`
    SELECT ${regions.code} AS region_code, ${regions.name} AS region_name, t.target, t.source AS target_source,
      (SELECT count(DISTINCT ${trainingRecords.personId})::int FROM ${trainingRecords}
        WHERE ${trainingRecords.passed} AND ${trainingRecords.trainedOn} BETWEEN ${`${year}-01-01`}::date AND ${`${year}-12-31`}::date
          AND ${trainingRecords.regionCode} IS NOT NULL) AS passed
    FROM ${regions}
    LEFT JOIN ${trainingTargets} t ON t.region_code = ${regions.code} AND t.year = ${year}
    WHERE ${regions.code} = ${CITY_REGION_CODE}`);
  return row ?? { region_code: CITY_REGION_CODE, region_name: '重庆市', target: null, target_source: null, passed: 0 };
}

export interface RateRow { region_code: string; region_name: string; obliged: number; connected: number }

const obliged = sql`${mines.status} IN ${[...CLASSROOM_OBLIGED_STATUSES]}`;

/** Classroom connection per district over the producing and building mines (other mines are not counted). */
export async function classroomRateByDistrict(db: Executor, where: SQL | undefined): Promise<RateRow[]> {
  return queryRows<RateRow>(db, sql`
    SELECT ${mines.regionCode} AS region_code, ${regions.name} AS region_name,
      count(*)::int AS obliged, count(*) FILTER (WHERE ${classroomConnections.connected})::int AS connected
    FROM ${mines}
    JOIN ${regions} ON ${regions.code} = ${mines.regionCode}
    LEFT JOIN ${classroomConnections} ON ${classroomConnections.mineId} = ${mines.id}
    WHERE ${obliged} ${where ? sql`AND ${where}` : sql``}
    GROUP BY 1, 2 ORDER BY 1`);
}
