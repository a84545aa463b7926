import { and, asc, inArray, sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../platform/db/client';
import { agencies, auditEvents, enterprises, users } from '../../platform/db/schema';

/**
 * SQL of the 责任倒查 view. One query per kind of thing, never one per event: the related record ids,
 * the audit rows (by the audit_entity_idx on entity_type, entity_id, seq), the previous rows' HMACs
 * for the link check, the actors, their organisations, and the office-holders over a date range.
 */

/** Entity types an audit row about this hazard may carry; ids are uuids, so they never clash across types. */
export const RELATED_ENTITY_TYPES = ['hazard', 'attachment', 'hazard_extension', 'hazard_listing', 'hazard_flag', 'hazard_resumption'];

/** The hazard's own id and those of its extensions, listings, attachments, flags and resumptions, in one round trip. */
export async function relatedIds(db: Executor, hazardId: string): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(db, sql`
    SELECT id::text AS id FROM hazard_extensions WHERE hazard_id = ${hazardId}::uuid
    UNION ALL SELECT id::text FROM hazard_listings WHERE hazard_id = ${hazardId}::uuid
    UNION ALL SELECT id::text FROM attachments WHERE owner_type = 'hazard' AND owner_id = ${hazardId}::uuid
    UNION ALL SELECT id::text FROM hazard_flags WHERE hazard_id = ${hazardId}::uuid
    UNION ALL SELECT id::text FROM hazard_resumptions WHERE hazard_id = ${hazardId}::uuid`);
  return [hazardId, ...rows.map((r) => r.id)];
}

export type AuditRow = typeof auditEvents.$inferSelect;

/** Every audit row whose entity is one of the ids, oldest first (chain columns included, for the check). */
export function auditRowsOf(db: Executor, ids: string[]): Promise<AuditRow[]> {
  return db.select().from(auditEvents)
    .where(and(inArray(auditEvents.entityType, RELATED_ENTITY_TYPES), inArray(auditEvents.entityId, ids)))
    .orderBy(asc(auditEvents.seq));
}

/** seq → hmac of the given rows (the predecessors of the listed events), by primary key. */
export async function hmacsOf(db: Executor, seqs: number[]): Promise<Map<number, string>> {
  if (seqs.length === 0) return new Map();
  const rows = await db.select({ seq: auditEvents.seq, hmac: auditEvents.hmac }).from(auditEvents).where(inArray(auditEvents.seq, seqs));
  return new Map(rows.map((r) => [r.seq, r.hmac]));
}

export async function usersOf(db: Executor, ids: string[]) {
  if (ids.length === 0) return new Map<string, { username: string; displayName: string }>();
  const rows = await db.select({ id: users.id, username: users.username, displayName: users.displayName }).from(users).where(inArray(users.id, ids));
  return new Map(rows.map((r) => [r.id, r]));
}

/** Organisation names (agencies and enterprises share the actor_org_id column). */
export async function orgNamesOf(db: Executor, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const list = sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `);
  const rows = await queryRows<{ id: string; name: string }>(db, sql`
    SELECT id::text AS id, name FROM ${agencies} WHERE id IN (${list})
    UNION ALL SELECT id::text, name FROM ${enterprises} WHERE id IN (${list})`);
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function parentOf(db: Executor, enterpriseId: string) {
  const [row] = await queryRows<{ id: string; name: string }>(db, sql`
    SELECT p.id::text AS id, p.name FROM ${enterprises} e JOIN ${enterprises} p ON p.id = e.parent_id WHERE e.id = ${enterpriseId}::uuid`);
  return row ?? null;
}

export interface HeldPost {
  duty: 'mine_principal' | 'mine_manager' | 'parent_principal';
  unitName: string; name: string; phoneMasked: string | null; startDate: string; endDate: string | null;
}

/**
 * Positions overlapping [from, to] of: the mine's 主要负责人 or 矿长, the enterprise-level 主要负责人, and the
 * parent company's 主要负责人. The caller picks the holders of each date. Only the masked phone leaves the database.
 */
export async function postsBetween(db: Executor, m: { mineId: string; enterpriseId: string; parentId: string | null }, from: string, to: string): Promise<HeldPost[]> {
  return queryRows<HeldPost>(db, sql`
    SELECT CASE WHEN p.enterprise_id = ${m.enterpriseId}::uuid
                THEN (CASE WHEN p.position = 'mine_manager' THEN 'mine_manager' ELSE 'mine_principal' END)
                ELSE 'parent_principal' END AS duty,
           COALESCE(mi.name, e.name) AS "unitName", pe.name, pe.phone_masked AS "phoneMasked",
           to_char(p.start_date, 'YYYY-MM-DD') AS "startDate", to_char(p.end_date, 'YYYY-MM-DD') AS "endDate"
      FROM positions p
      JOIN people pe ON pe.id = p.person_id
      JOIN enterprises e ON e.id = p.enterprise_id
      LEFT JOIN mines mi ON mi.id = p.mine_id
     WHERE p.start_date <= ${to}::date AND (p.end_date IS NULL OR p.end_date >= ${from}::date)
       AND ((p.enterprise_id = ${m.enterpriseId}::uuid
             AND ((p.mine_id = ${m.mineId}::uuid AND p.position IN ('principal', 'mine_manager'))
                  OR (p.mine_id IS NULL AND p.position = 'principal')))
         OR (${m.parentId}::uuid IS NOT NULL AND p.enterprise_id = ${m.parentId}::uuid AND p.mine_id IS NULL AND p.position = 'principal'))
     ORDER BY p.start_date, pe.name, p.id`);
}
