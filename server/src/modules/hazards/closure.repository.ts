import { and, eq, sql } from 'drizzle-orm';
import type { Scope } from '@contracts/access';
import type { ClosureProposalOut } from '@contracts/hazards';
import { queryRows, type Executor } from '../../platform/db/client';
import { closureProposals, enterprises, mines, regions, users } from '../../platform/db/schema';
import { scopeCondition } from '../../platform/access/scope-sql';
import { afterCursor, allOf, cappedCount, orderBy, page, type SortSpec } from '../../platform/db/paging';

const proposalScope = (scope: Scope) => scopeCondition(scope, { region: closureProposals.regionCode, enterprise: closureProposals.enterpriseId });

const selection = {
  c: closureProposals, mineName: mines.name, enterpriseName: enterprises.name, regionName: regions.name, decidedByName: users.displayName,
};
function base(db: Executor) {
  return db.select(selection).from(closureProposals)
    .innerJoin(mines, eq(mines.id, closureProposals.mineId))
    .innerJoin(enterprises, eq(enterprises.id, closureProposals.enterpriseId))
    .innerJoin(regions, eq(regions.code, closureProposals.regionCode))
    .leftJoin(users, eq(users.id, closureProposals.decidedBy));
}
type Joined = Awaited<ReturnType<ReturnType<typeof base>['execute']>>[number];

export function presentProposal(r: Joined): ClosureProposalOut {
  const c = r.c;
  return {
    id: c.id, mineId: c.mineId, mineName: r.mineName, enterpriseId: c.enterpriseId, enterpriseName: r.enterpriseName,
    regionCode: c.regionCode, regionName: r.regionName, reason: c.reason, summary: c.summary, evidence: c.evidence,
    status: c.status, raisedAt: c.raisedAt.toISOString(), decidedAt: c.decidedAt?.toISOString() ?? null,
    decidedByName: r.decidedByName ?? null, decisionNote: c.decisionNote, version: c.version,
  };
}

export async function findProposal(db: Executor, scope: Scope, id: string) {
  const [row] = await base(db).where(allOf(eq(closureProposals.id, id), proposalScope(scope)));
  return row;
}

export interface ProposalFilter { scope: Scope; status?: string; reason?: string; regionCode?: string; mineId?: string }
const filterWhere = (f: ProposalFilter) => allOf(
  proposalScope(f.scope),
  f.status ? eq(closureProposals.status, f.status) : undefined,
  f.reason ? eq(closureProposals.reason, f.reason) : undefined,
  f.regionCode ? eq(closureProposals.regionCode, f.regionCode) : undefined,
  f.mineId ? eq(closureProposals.mineId, f.mineId) : undefined,
);
export const PROPOSAL_SORTS: Record<string, SortSpec> = {
  raisedAt: { column: closureProposals.raisedAt, desc: false, key: 'raisedAt' },
  '-raisedAt': { column: closureProposals.raisedAt, desc: true, key: 'raisedAt' },
};
export async function listProposals(db: Executor, f: ProposalFilter, sort: SortSpec, limit: number, cursor?: string) {
  const rowsP = base(db).where(allOf(filterWhere(f), afterCursor(sort, closureProposals.id, cursor)))
    .orderBy(...orderBy(sort, closureProposals.id)).limit(limit + 1);
  const [rows, counted] = await Promise.all([rowsP, cappedCount(db, sql`${closureProposals}`, filterWhere(f))]);
  return { ...page(rows.map((r) => ({ ...r, id: r.c.id })), limit, (r) => r.c.raisedAt), ...counted };
}

/** Inserts an open proposal unless the mine already has one for the reason (partial unique index); returns its id or null. */
export async function insertOpenProposal(db: Executor, v: { mineId: string; enterpriseId: string; regionCode: string; reason: string; summary: string; evidence: unknown }) {
  const rows = await queryRows<{ id: string }>(db, sql`
    INSERT INTO ${closureProposals} (mine_id, enterprise_id, region_code, reason, summary, evidence)
    VALUES (${v.mineId}::uuid, ${v.enterpriseId}::uuid, ${v.regionCode}, ${v.reason}, ${v.summary}, ${JSON.stringify(v.evidence)}::jsonb)
    ON CONFLICT (mine_id, reason) WHERE status = 'open' DO NOTHING
    RETURNING id`);
  return rows[0]?.id ?? null;
}

export async function decideProposal(db: Executor, id: string, version: number, set: { status: string; decidedBy: string; decisionNote: string }) {
  const res = await db.update(closureProposals)
    .set({ ...set, decidedAt: new Date(), version: sql`${closureProposals.version} + 1` })
    .where(and(eq(closureProposals.id, id), eq(closureProposals.version, version), eq(closureProposals.status, 'open')))
    .returning({ id: closureProposals.id });
  return res.length === 1;
}

/**
 * Occasions (distinct Asia/Shanghai calendar days) on which confirmed major hazards were found at the mine
 * within `months` before `asOf`, with the hazards of each day.
 */
export function majorOccasions(db: Executor, mineId: string, asOf: Date, months: number) {
  return queryRows<{ day: string; hazard_ids: string[] }>(db, sql`
    SELECT to_char((found_at AT TIME ZONE 'Asia/Shanghai')::date, 'YYYY-MM-DD') AS day, array_agg(id::text ORDER BY id) AS hazard_ids
      FROM hazards
     WHERE mine_id = ${mineId}::uuid AND grade = 'major' AND status <> 'reported'
       AND found_at <= ${asOf.toISOString()}::timestamptz
       AND found_at > ${asOf.toISOString()}::timestamptz - make_interval(months => ${months}::int)
     GROUP BY 1 ORDER BY 1`);
}

/**
 * Producing mines without a valid licence today (Asia/Shanghai): no safety production licence or one past its
 * end date; for mines other than tailings ponds also no mining licence or one past its end date.
 */
export function unlicensedProducingMines(db: Executor) {
  return queryRows<{ id: string; enterprise_id: string; region_code: string; name: string; safety_to: string | null; mining_to: string | null; tailings: boolean; safety_no: string | null; mining_no: string | null; safety_invalid: boolean; mining_invalid: boolean }>(db, sql`
    WITH today AS (SELECT (now() AT TIME ZONE 'Asia/Shanghai')::date AS d)
    SELECT m.id, m.enterprise_id, m.region_code, m.name,
           to_char(m.safety_licence_to, 'YYYY-MM-DD') AS safety_to, to_char(m.mining_licence_to, 'YYYY-MM-DD') AS mining_to,
           m.safety_licence_no AS safety_no, m.mining_licence_no AS mining_no, m.kinds = ARRAY['tailings_pond']::text[] AS tailings,
           (m.safety_licence_no IS NULL OR m.safety_licence_to < today.d) AS safety_invalid,
           (m.kinds <> ARRAY['tailings_pond']::text[] AND (m.mining_licence_no IS NULL OR m.mining_licence_to < today.d)) AS mining_invalid
      FROM mines m, today
     WHERE m.status = 'production'
       AND ((m.safety_licence_no IS NULL OR m.safety_licence_to < today.d)
            OR (m.kinds <> ARRAY['tailings_pond']::text[] AND (m.mining_licence_no IS NULL OR m.mining_licence_to < today.d)))
       AND NOT EXISTS (SELECT 1 FROM closure_proposals c WHERE c.mine_id = m.id AND c.reason = 'unlicensed_production' AND c.status = 'open')
     ORDER BY m.region_code, m.name, m.id`);
}
