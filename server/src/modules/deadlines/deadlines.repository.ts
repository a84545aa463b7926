import { sql, type SQL } from 'drizzle-orm';
import { DUE_SOON_DAYS } from '@contracts/certificates';
import { queryRows, type Executor } from '../../platform/db/client';
import type { NotificationInput } from '../notifications/notify';

/**
 * The producers of the deadline scan: pure SQL, one query each, every date computed by the database in Asia/Shanghai.
 * Each returns the notifications that should exist today; notify() inserts only those that do not exist yet
 * (unique per recipient, item, stage and period — the period is the deadline, so a new deadline notifies again).
 */
const TODAY = sql`(now() AT TIME ZONE 'Asia/Shanghai')::date`;

/** Recipients, as SQL fragments on the alias `u` (users). */
const ACTIVE = sql`u.status = 'active'`;
const enterpriseLeads = (enterpriseId: SQL) =>
  sql`${ACTIVE} AND u.enterprise_id = ${enterpriseId} AND u.roles && ARRAY['enterprise_admin','enterprise_principal']::text[]`;
const districtStaff = (regionCode: SQL) => sql`${ACTIVE} AND u.agency_id IN (SELECT a.id FROM agencies a WHERE a.tier = 'district' AND a.region_code = ${regionCode})
  AND u.roles && ARRAY['district_supervisor','district_admin']::text[]`;
/** The supervisors and admins of one agency (never the three admin roles: 三员分立). */
const agencyStaff = (agencyId: SQL) => sql`${ACTIVE} AND u.agency_id = ${agencyId}
  AND u.roles && ARRAY['city_supervisor','city_admin','district_supervisor','district_admin']::text[]`;
const cityStaff = sql`${ACTIVE} AND u.agency_id IN (SELECT a.id FROM agencies a WHERE a.tier = 'city')
  AND u.roles && ARRAY['city_supervisor','city_admin']::text[]`;

interface Row { user_id: string; kind: string; item_type: string; item_id: string; stage: string; period: string; title: string; body: string; link: string }
const toInputs = (rows: Row[]): NotificationInput[] => rows.map((r) => ({
  userId: r.user_id, kind: r.kind, itemType: r.item_type, itemId: r.item_id, stage: r.stage, period: r.period, title: r.title, body: r.body, link: r.link,
}));

export interface DeadlineRules { dueSoonDays: number; escalateAfterDays: number }
/** Only items in these districts (absent: everything). */
export interface ScanFilter { regionCodes?: string[] }
const inRegions = (col: SQL, f: ScanFilter) => f.regionCodes
  ? sql`${col} IN (SELECT jsonb_array_elements_text(${JSON.stringify(f.regionCodes)}::jsonb))` : sql`TRUE`;

/**
 * 隐患整改期限: due soon (deadline within dueSoonDays, the deadline day itself included) → the enterprise's admins and
 * principals; overdue (deadline before today) → the enterprise, and for major hazards the district of the mine; overdue
 * by more than escalateAfterDays → the city.
 */
export async function hazardDeadlines(db: Executor, r: DeadlineRules, f: ScanFilter = {}): Promise<NotificationInput[]> {
  return toInputs(await queryRows<Row>(db, sql`
    WITH h AS (
      SELECT h.id, h.enterprise_id, h.region_code, h.grade, h.deadline::text AS deadline, m.name AS mine_name, left(h.description, 60) AS what,
             ${TODAY} - h.deadline AS days_over,
             CASE WHEN h.grade = 'major' THEN '重大事故隐患' ELSE '一般隐患' END AS grade_name
        FROM hazards h JOIN mines m ON m.id = h.mine_id
       WHERE h.status <> 'closed' AND h.deadline IS NOT NULL AND h.deadline <= ${TODAY} + ${r.dueSoonDays}::int AND ${inRegions(sql`h.region_code`, f)}
    ), staged AS (
      SELECT h.*, 'due_soon' AS stage, '隐患整改即将到期' AS title FROM h WHERE h.days_over <= 0
      UNION ALL SELECT h.*, 'overdue', '隐患整改已逾期' FROM h WHERE h.days_over > 0
      UNION ALL SELECT h.*, 'escalated', '隐患逾期未整改（市级关注）' FROM h WHERE h.days_over > ${r.escalateAfterDays}::int
    )
    SELECT u.id AS user_id, 'hazard_deadline' AS kind, 'hazard' AS item_type, s.id::text AS item_id, s.stage, s.deadline AS period,
           s.title || '：' || s.mine_name AS title,
           s.mine_name || '的' || s.grade_name || '“' || s.what || '”整改期限为' || s.deadline
             || CASE WHEN s.days_over > 0 THEN '，已逾期' || s.days_over || '天。' ELSE '。' END AS body,
           '/hazards/' || s.id AS link
      FROM staged s JOIN users u ON
           (s.stage IN ('due_soon', 'overdue') AND ${enterpriseLeads(sql`s.enterprise_id`)})
        OR (s.stage = 'overdue' AND s.grade = 'major' AND ${districtStaff(sql`s.region_code`)})
        OR (s.stage = 'escalated' AND ${cityStaff})`));
}

/** 挂牌督办期限: active listings due soon / overdue → the listing agency's users and the enterprise. */
export async function listingDeadlines(db: Executor, r: DeadlineRules, f: ScanFilter = {}): Promise<NotificationInput[]> {
  return toInputs(await queryRows<Row>(db, sql`
    WITH l AS (
      SELECT l.id, l.hazard_id, l.agency_id, l.doc_no, l.deadline::text AS deadline, h.enterprise_id, m.name AS mine_name,
             ${TODAY} - l.deadline AS days_over
        FROM hazard_listings l JOIN hazards h ON h.id = l.hazard_id JOIN mines m ON m.id = h.mine_id
       WHERE l.status = 'active' AND h.status <> 'closed' AND l.deadline <= ${TODAY} + ${r.dueSoonDays}::int AND ${inRegions(sql`h.region_code`, f)}
    )
    SELECT u.id AS user_id, 'listing_deadline' AS kind, 'hazard_listing' AS item_type, l.id::text AS item_id,
           CASE WHEN l.days_over > 0 THEN 'overdue' ELSE 'due_soon' END AS stage, l.deadline AS period,
           CASE WHEN l.days_over > 0 THEN '挂牌督办已逾期：' ELSE '挂牌督办即将到期：' END || l.mine_name AS title,
           '挂牌督办（' || l.doc_no || '）的整改期限为' || l.deadline
             || CASE WHEN l.days_over > 0 THEN '，已逾期' || l.days_over || '天。' ELSE '。' END AS body,
           '/hazards/' || l.hazard_id AS link
      FROM l JOIN users u ON (${agencyStaff(sql`l.agency_id`)}) OR (${enterpriseLeads(sql`l.enterprise_id`)})`));
}

/**
 * 复产申请现场核查时限: pending resumptions with a due date, due soon / overdue → the deciding agency: the listing agency
 * while the hazard is listed, else the district of the mine.
 */
export async function resumptionDeadlines(db: Executor, r: DeadlineRules, f: ScanFilter = {}): Promise<NotificationInput[]> {
  return toInputs(await queryRows<Row>(db, sql`
    WITH x AS (
      SELECT x.id, x.hazard_id, x.region_code, x.due_date::text AS due, m.name AS mine_name, ${TODAY} - x.due_date AS days_over,
             -- the deciding agency, as resumptions.repository.ts decides: the latest listing's, delisted or not
             (SELECT l.agency_id FROM hazard_listings l WHERE l.hazard_id = x.hazard_id ORDER BY l.listed_at DESC LIMIT 1) AS listing_agency
        FROM hazard_resumptions x JOIN mines m ON m.id = x.mine_id
       WHERE x.status = 'pending' AND x.due_date IS NOT NULL AND x.due_date <= ${TODAY} + ${r.dueSoonDays}::int
         AND ${inRegions(sql`x.region_code`, f)}
    )
    SELECT u.id AS user_id, 'resumption_deadline' AS kind, 'hazard_resumption' AS item_type, x.id::text AS item_id,
           CASE WHEN x.days_over > 0 THEN 'overdue' ELSE 'due_soon' END AS stage, x.due AS period,
           CASE WHEN x.days_over > 0 THEN '复产核查已逾期：' ELSE '复产核查即将到期：' END || x.mine_name AS title,
           x.mine_name || '的复产申请应于' || x.due || '前完成现场核查'
             || CASE WHEN x.days_over > 0 THEN '，已逾期' || x.days_over || '天。' ELSE '。' END AS body,
           '/hazards/' || x.hazard_id AS link
      FROM x JOIN users u ON CASE WHEN x.listing_agency IS NOT NULL THEN ${agencyStaff(sql`x.listing_agency`)}
                                  ELSE ${districtStaff(sql`x.region_code`)} END`));
}

/**
 * 月度自查: one of the last three months has no record once its due date (month end + grace days) has passed → the enterprise.
 * Closed mines and months before a mine's self_inspection_from are exempt, as in the matrix.
 */
export async function missingSelfInspections(db: Executor, graceDays: number, f: ScanFilter = {}): Promise<NotificationInput[]> {
  return toInputs(await queryRows<Row>(db, sql`
    WITH mo AS (
      SELECT to_char(g, 'YYYY-MM') AS month, (g + interval '1 month')::date - 1 + ${graceDays}::int AS due
        -- the last three months, so a grace period of up to 60 days still reaches its month (the period is the month:
        -- a month already notified is not notified again)
        FROM generate_series(date_trunc('month', ${TODAY}) - interval '3 month', date_trunc('month', ${TODAY}) - interval '1 month', interval '1 month') AS s(g0),
             LATERAL (SELECT s.g0::date AS g) AS d
    ), missing AS (
      SELECT m.id, m.name, m.enterprise_id, mo.month, mo.due::text AS due
        FROM mines m CROSS JOIN mo
       WHERE mo.due < ${TODAY} AND m.status <> 'closed' AND ${inRegions(sql`m.region_code`, f)}
         AND (m.self_inspection_from IS NULL OR mo.month >= to_char(m.self_inspection_from, 'YYYY-MM'))
         AND NOT EXISTS (SELECT 1 FROM self_inspections si WHERE si.mine_id = m.id AND si.month = mo.month)
    )
    SELECT u.id AS user_id, 'self_inspection_due' AS kind, 'mine' AS item_type, x.id::text AS item_id, 'missing' AS stage, x.month AS period,
           '月度自查未提交：' || x.name AS title,
           x.name || x.month || '的重大隐患月度自查应于' || x.due || '前提交，至今未提交。' AS body,
           '/self-inspections' AS link
      FROM missing x JOIN users u ON ${enterpriseLeads(sql`x.enterprise_id`)}`));
}

/**
 * 特种作业操作证: expiring within 60 days / expired (within the last 60 days: older ones are history) and review due
 * within 60 days / review overdue → the employer enterprise's admins. Same rules as certificates.repository.ts.
 */
export async function certificateDeadlines(db: Executor, f: ScanFilter = {}): Promise<NotificationInput[]> {
  const soon = sql.raw(String(DUE_SOON_DAYS));
  return toInputs(await queryRows<Row>(db, sql`
    WITH c AS (
      SELECT c.id, c.enterprise_id, c.number, c.expiry_date, t.name AS type_name, p.name AS person_name,
             (COALESCE((SELECT max(r.reviewed_on) FROM certificate_reviews r WHERE r.certificate_id = c.id AND r.result = 'passed'), c.issue_date)
               + make_interval(years => CASE WHEN c.extended_review THEN t.extended_review_years ELSE t.review_years END))::date AS review_due
        FROM certificates c JOIN certificate_types t ON t.id = c.type_id JOIN people p ON p.id = c.person_id
       WHERE c.status = 'active' AND c.expiry_date >= ${TODAY} - ${soon}
         AND ${inRegions(sql`(SELECT e.region_code FROM enterprises e WHERE e.id = c.enterprise_id)`, f)}
    ), staged AS (
      SELECT c.*, CASE WHEN c.expiry_date < ${TODAY} THEN 'expired' ELSE 'expiring_soon' END AS stage, c.expiry_date::text AS period
        FROM c WHERE c.expiry_date <= ${TODAY} + ${soon}
      UNION ALL
      SELECT c.*, CASE WHEN c.review_due < ${TODAY} THEN 'review_overdue' ELSE 'review_due_soon' END, c.review_due::text
        FROM c WHERE c.review_due <= ${TODAY} + ${soon} AND c.review_due >= ${TODAY} - ${soon} AND c.expiry_date >= ${TODAY}
    )
    SELECT u.id AS user_id, 'certificate_due' AS kind, 'certificate' AS item_type, s.id::text AS item_id, s.stage, s.period,
           CASE s.stage WHEN 'expired' THEN '操作证已过期：' WHEN 'expiring_soon' THEN '操作证即将到期：'
                        WHEN 'review_overdue' THEN '操作证复审已逾期：' ELSE '操作证即将复审：' END || s.person_name AS title,
           s.person_name || '的' || s.type_name || '（' || s.number || '）'
             || CASE WHEN s.stage IN ('expired', 'expiring_soon') THEN '有效期至' ELSE '应复审日期为' END || s.period || '。' AS body,
           '/certificates/' || s.id AS link
      FROM staged s JOIN users u ON ${ACTIVE} AND u.enterprise_id = s.enterprise_id AND 'enterprise_admin' = ANY(u.roles)`));
}

/** A rule setting's stored value (settings table), or undefined. */
export async function storedSetting(db: Executor, key: string): Promise<unknown> {
  const [row] = await queryRows<{ value: unknown }>(db, sql`SELECT value FROM settings WHERE key = ${key}`);
  return row?.value;
}
