import { sql, type SQL } from 'drizzle-orm';
import type { Scope } from '@contracts/access';
import { enterprises, mines, people, positions } from '../../platform/db/schema';
import { enterpriseScope } from '../enterprises/enterprises.repository';

/**
 * Data scope for people (人员) and positions (任职), in SQL.
 *
 * A position follows where it is held: a mine post follows the mine's district (or enterprise), an
 * enterprise-level post (主要负责人, 实际控制人 …) the enterprise's scope — a district sees the principal of
 * every enterprise operating a mine there. A person is visible when any of their positions, current or
 * past, is; or through the owner (the enterprise the person was registered for): enterprise callers by
 * owner_enterprise_id, districts when the owner enterprise is registered there or the person was
 * registered by/for the district (owner_region_code), so a person is never invisible to whoever created it.
 */
export function positionScope(scope: Scope): SQL | undefined {
  if (scope.kind === 'city') return undefined;
  if (scope.kind === 'enterprise') {
    return scope.enterpriseIds.length ? sql`${positions.enterpriseId} IN ${scope.enterpriseIds}` : sql`false`;
  }
  return sql`(CASE WHEN ${positions.mineId} IS NULL
    THEN ${positions.enterpriseId} IN (SELECT ${enterprises.id} FROM ${enterprises} WHERE ${enterpriseScope(scope)})
    ELSE ${positions.mineId} IN (SELECT ${mines.id} FROM ${mines} WHERE ${mines.regionCode} = ${scope.regionCode}) END)`;
}

export function personScope(scope: Scope): SQL | undefined {
  if (scope.kind === 'city') return undefined;
  const held = sql`EXISTS (SELECT 1 FROM ${positions} WHERE ${positions.personId} = ${people.id} AND ${positionScope(scope)})`;
  if (scope.kind === 'enterprise') {
    return scope.enterpriseIds.length ? sql`(${people.ownerEnterpriseId} IN ${scope.enterpriseIds} OR ${held})` : sql`false`;
  }
  return sql`(${people.ownerRegionCode} = ${scope.regionCode}
    OR ${people.ownerEnterpriseId} IN (SELECT ${enterprises.id} FROM ${enterprises} WHERE ${enterprises.regionCode} = ${scope.regionCode})
    OR ${held})`;
}
