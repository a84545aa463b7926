import { asc, eq, sql, type SQL } from 'drizzle-orm';
import type { Scope } from '@contracts/access';
import type { Executor } from '../../platform/db/client';
import { agencies, enterprises, mines, regions } from '../../platform/db/schema';

export type AgencyRow = typeof agencies.$inferSelect;

/**
 * Which agencies a caller may see (监管部门).
 * - city: every agency;
 * - district: the agencies of its own district only (not the city bodies, not other districts);
 * - enterprise: the agencies of the districts that supervise it — where its enterprises are registered
 *   or operate a mine — so a mine knows whom it reports to, and nothing about other districts.
 */
export function agencyScope(scope: Scope): SQL | undefined {
  if (scope.kind === 'city') return undefined;
  if (scope.kind === 'district') return eq(agencies.regionCode, scope.regionCode);
  if (!scope.enterpriseIds.length) return sql`false`;
  return sql`${agencies.regionCode} IN (
    SELECT ${enterprises.regionCode} FROM ${enterprises}
      WHERE ${enterprises.id} IN ${scope.enterpriseIds} AND ${enterprises.regionCode} IS NOT NULL
    UNION SELECT ${mines.regionCode} FROM ${mines} WHERE ${mines.enterpriseId} IN ${scope.enterpriseIds})`;
}

const selection = {
  id: agencies.id, name: agencies.name, kind: agencies.kind, tier: agencies.tier,
  regionCode: agencies.regionCode, regionName: regions.name,
};
export type AgencyJoined = { id: string; name: string; kind: string; tier: string; regionCode: string; regionName: string | null };

/** City bodies first, then districts in the reference order; the list is small (tens of rows). */
export async function listAgencies(db: Executor, scope: Scope): Promise<AgencyJoined[]> {
  return db.select(selection).from(agencies).leftJoin(regions, eq(regions.code, agencies.regionCode))
    .where(agencyScope(scope))
    .orderBy(sql`CASE WHEN ${agencies.tier} = 'city' THEN 0 ELSE 1 END`, asc(regions.sortOrder), asc(agencies.regionCode), asc(agencies.name), asc(agencies.id));
}

/** One agency by id, whatever the caller's scope (callers apply their own rule). */
export async function findAgencyById(db: Executor, id: string): Promise<AgencyRow | undefined> {
  const [row] = await db.select().from(agencies).where(eq(agencies.id, id));
  return row;
}
