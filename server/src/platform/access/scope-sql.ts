import { inArray, eq, sql, type SQL, type AnyColumn } from 'drizzle-orm';
import type { Scope } from '@contracts/access';

/**
 * The data-scope condition for a table whose rows belong to a region and an enterprise.
 * Returns undefined for city-wide scope (no filter).
 */
export function scopeCondition(scope: Scope, cols: { region: AnyColumn; enterprise: AnyColumn }): SQL | undefined {
  switch (scope.kind) {
    case 'city':
      return undefined;
    case 'district':
      return eq(cols.region, scope.regionCode);
    case 'enterprise':
      return scope.enterpriseIds.length ? inArray(cols.enterprise, scope.enterpriseIds) : sql`false`;
  }
}
