import { and, asc, eq, sql } from 'drizzle-orm';
import type { Scope } from '@contracts/access';
import type { HazardFlagOut } from '@contracts/hazards';
import { POSITIONS } from '@contracts/people';
import { queryRows, type Executor } from '../../platform/db/client';
import { enterprises, hazardFlags, hazards, mines, regions } from '../../platform/db/schema';
import { scopeCondition } from '../../platform/access/scope-sql';
import { afterCursor, allOf, cappedCount, orderBy, page, type SortSpec } from '../../platform/db/paging';

export type FlagRow = typeof hazardFlags.$inferSelect;
export interface Principal { date: string; personId: string; name: string; position: string; orgName: string }

const flagScope = (scope: Scope) => scopeCondition(scope, { region: hazardFlags.regionCode, enterprise: hazardFlags.enterpriseId });

const selection = {
  f: hazardFlags,
  mineName: mines.name,
  enterpriseName: enterprises.name,
  regionName: regions.name,
  hazardDescription: hazards.description,
  standardItemCode: hazards.standardItemCode,
};
function base(db: Executor) {
  return db.select(selection).from(hazardFlags)
    .innerJoin(hazards, eq(hazards.id, hazardFlags.hazardId))
    .innerJoin(mines, eq(mines.id, hazardFlags.mineId))
    .innerJoin(enterprises, eq(enterprises.id, hazardFlags.enterpriseId))
    .innerJoin(regions, eq(regions.code, hazardFlags.regionCode));
}
type Joined = Awaited<ReturnType<ReturnType<typeof base>['execute']>>[number];

export function presentFlag(r: Joined): HazardFlagOut {
  const f = r.f;
  return {
    id: f.id, hazardId: f.hazardId, kind: f.kind, relatedHazardId: f.relatedHazardId, onDate: f.onDate, detail: f.detail,
    minePrincipals: f.minePrincipals as Principal[], parentPrincipals: f.parentPrincipals as Principal[], raisedAt: f.raisedAt.toISOString(),
    mineId: f.mineId, mineName: r.mineName, enterpriseId: f.enterpriseId, enterpriseName: r.enterpriseName,
    regionCode: f.regionCode, regionName: r.regionName, hazardDescription: r.hazardDescription, standardItemCode: r.standardItemCode,
  };
}

export async function flagsOfHazard(db: Executor, hazardId: string): Promise<HazardFlagOut[]> {
  const rows = await base(db).where(eq(hazardFlags.hazardId, hazardId)).orderBy(asc(hazardFlags.raisedAt), asc(hazardFlags.id));
  return rows.map(presentFlag);
}

export async function recurrenceSummary(db: Executor, id: string | null) {
  if (!id) return null;
  const [row] = await db.select({ id: hazards.id, description: hazards.description, closedAt: hazards.closedAt }).from(hazards).where(eq(hazards.id, id));
  return row ? { id: row.id, description: row.description, closedAt: row.closedAt?.toISOString() ?? null } : null;
}

export interface FlagFilter { scope: Scope; kind?: string; regionCode?: string; mineId?: string; enterpriseId?: string }
const filterWhere = (f: FlagFilter) => allOf(
  flagScope(f.scope),
  f.kind ? eq(hazardFlags.kind, f.kind) : undefined,
  f.regionCode ? eq(hazardFlags.regionCode, f.regionCode) : undefined,
  f.mineId ? eq(hazardFlags.mineId, f.mineId) : undefined,
  f.enterpriseId ? eq(hazardFlags.enterpriseId, f.enterpriseId) : undefined,
);
export const FLAG_SORTS: Record<string, SortSpec> = {
  raisedAt: { column: hazardFlags.raisedAt, desc: false, key: 'raisedAt' },
  '-raisedAt': { column: hazardFlags.raisedAt, desc: true, key: 'raisedAt' },
};
export async function listFlags(db: Executor, f: FlagFilter, sort: SortSpec, limit: number, cursor?: string) {
  const rowsP = base(db).where(allOf(filterWhere(f), afterCursor(sort, hazardFlags.id, cursor)))
    .orderBy(...orderBy(sort, hazardFlags.id)).limit(limit + 1);
  const [rows, counted] = await Promise.all([rowsP, cappedCount(db, sql`${hazardFlags}`, filterWhere(f))]);
  return { ...page(rows.map((r) => ({ ...r, id: r.f.id })), limit, (r) => r.f.raisedAt), ...counted };
}

export async function hasFlag(db: Executor, hazardId: string, kind: string): Promise<boolean> {
  const [row] = await db.select({ id: hazardFlags.id }).from(hazardFlags).where(and(eq(hazardFlags.hazardId, hazardId), eq(hazardFlags.kind, kind))).limit(1);
  return !!row;
}

export async function insertFlag(db: Executor, v: typeof hazardFlags.$inferInsert): Promise<string> {
  const [row] = await db.insert(hazardFlags).values(v).returning({ id: hazardFlags.id });
  return row!.id;
}

/**
 * Who held the principal posts on a date: at the mine (主要负责人 or 矿长 of the mine, or the
 * enterprise-level 主要负责人), and at the parent company (its 主要负责人). Names only, from positions
 * with history; personal data stays out of the flag.
 */
export async function principalsOn(db: Executor, mineId: string, enterpriseId: string, onDate: string): Promise<{ mine: Principal[]; parent: Principal[] }> {
  const rows = await queryRows<{ person_id: string; name: string; position: string; org_name: string; level: string }>(db, sql`
    SELECT p.person_id, pe.name, p.position, COALESCE(m.name, e.name) AS org_name,
           CASE WHEN p.enterprise_id = ${enterpriseId}::uuid THEN 'mine' ELSE 'parent' END AS level
      FROM positions p
      JOIN people pe ON pe.id = p.person_id
      JOIN enterprises e ON e.id = p.enterprise_id
      LEFT JOIN mines m ON m.id = p.mine_id
     WHERE p.start_date <= ${onDate}::date AND (p.end_date IS NULL OR p.end_date >= ${onDate}::date)
       AND ((p.enterprise_id = ${enterpriseId}::uuid
             AND ((p.mine_id = ${mineId}::uuid AND p.position IN ('principal', 'mine_manager'))
                  OR (p.mine_id IS NULL AND p.position = 'principal')))
         OR (p.enterprise_id = (SELECT parent_id FROM enterprises WHERE id = ${enterpriseId}::uuid)
             AND p.mine_id IS NULL AND p.position = 'principal'))
     ORDER BY level, p.position, pe.name, p.person_id`);
  const out = (level: string) => rows.filter((r) => r.level === level).map((r) => ({
    date: onDate, personId: r.person_id, name: r.name, position: POSITIONS[r.position as keyof typeof POSITIONS] ?? r.position, orgName: r.org_name,
  }));
  return { mine: out('mine'), parent: out('parent') };
}

/**
 * The latest closed major hazard of the same standard item at the mine that was already closed when this one
 * was registered (复发自 candidate).
 */
export async function latestClosedSameItem(db: Executor, h: { id: string; mineId: string; standardItemCode: string; registeredAt: Date }) {
  const [row] = await queryRows<{ id: string; closed_at: Date }>(db, sql`
    SELECT id, closed_at FROM ${hazards}
     WHERE mine_id = ${h.mineId}::uuid AND standard_item_code = ${h.standardItemCode} AND grade = 'major'
       AND status = 'closed' AND id <> ${h.id}::uuid AND closed_at <= ${h.registeredAt.toISOString()}::timestamptz
     ORDER BY closed_at DESC, id LIMIT 1`);
  return row;
}

/** Earlier confirmed major hazards of the same item at the mine found within `months` before `foundAt`. */
export async function sameItemWithin(db: Executor, h: { id: string; mineId: string; standardItemCode: string; foundAt: Date }, months: number) {
  return queryRows<{ id: string; found_at: Date }>(db, sql`
    SELECT id, found_at FROM ${hazards}
     WHERE mine_id = ${h.mineId}::uuid AND standard_item_code = ${h.standardItemCode} AND grade = 'major'
       AND status <> 'reported' AND id <> ${h.id}::uuid
       AND found_at <= ${h.foundAt.toISOString()}::timestamptz
       AND found_at > ${h.foundAt.toISOString()}::timestamptz - make_interval(months => ${months}::int)
     ORDER BY found_at DESC, id`);
}
