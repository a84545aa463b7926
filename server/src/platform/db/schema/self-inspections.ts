import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { enterprises, mines, people, regions } from './org';
import { users } from './identity';

/**
 * 重大隐患月度自查 (notice 渝安办〔2025〕13号 §4): the principal organises at least one major-hazard
 * self-inspection per mine each month. One record per mine and month; whether a month is submitted,
 * late, missing, exempt or pending is computed by query, never stored — except `late` and `backfilled`,
 * which are facts fixed at submission.
 */
export const selfInspections = pgTable('self_inspections', {
  id: uuid('id').primaryKey().defaultRandom(),
  mineId: uuid('mine_id').notNull().references(() => mines.id),
  enterpriseId: uuid('enterprise_id').notNull().references(() => enterprises.id),
  /** copied from the mine, so data scope needs no join */
  regionCode: text('region_code').notNull().references(() => regions.code),
  month: text('month').notNull(), // YYYY-MM
  organiserPersonId: uuid('organiser_person_id').notNull().references(() => people.id),
  /** the organiser held a counted position (setting self_inspection_organiser_positions) on the inspection date */
  organiserRoleOk: boolean('organiser_role_ok').notNull(),
  inspectionDate: date('inspection_date').notNull(),
  participants: text('participants').notNull(),
  scope: text('scope').notNull(),
  result: text('result').notNull(), // hazards_found | no_major_hazard
  /** ids of hazards (same mine) this inspection found; checked against the hazards table when it exists */
  hazardIds: text('hazard_ids').array().notNull().default(sql`'{}'::text[]`),
  signedByUserId: uuid('signed_by_user_id').references(() => users.id),
  signedAt: timestamp('signed_at', { withTimezone: true }),
  submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
  late: boolean('late').notNull(),
  /** 补录: entered for a past month after its due date */
  backfilled: boolean('backfilled').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  version: integer('version').notNull().default(1),
}, (t) => [
  uniqueIndex('self_inspections_mine_month_uq').on(t.mineId, t.month),
  index('self_inspections_region_month_idx').on(t.regionCode, t.month, t.id),
  index('self_inspections_enterprise_month_idx').on(t.enterpriseId, t.month, t.id),
  index('self_inspections_month_idx').on(t.month, t.id),
]);
