import { sql } from 'drizzle-orm';
import {
  boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid,
} from 'drizzle-orm/pg-core';
import { agencies, enterprises, mines, regions } from './org';
import { point4326 } from './types';

/**
 * 重大事故隐患 / 一般隐患: one row per hazard, with its rectification plan (五定) inline.
 * Overdue is never stored: it is a query on deadline and status (see hazards.repository.ts).
 */
export const hazards = pgTable('hazards', {
  id: uuid('id').primaryKey().defaultRandom(),
  mineId: uuid('mine_id').notNull().references(() => mines.id),
  enterpriseId: uuid('enterprise_id').notNull().references(() => enterprises.id),
  /** copied from the mine when registered, so data scope needs no join */
  regionCode: text('region_code').notNull().references(() => regions.code),
  source: text('source').notNull(), // enterprise_self_inspection | regulator_inspection | employee_report | other
  grade: text('grade').notNull(), // general | major
  standardItemCode: text('standard_item_code'),
  standardSituationCode: text('standard_situation_code'),
  standardVersion: text('standard_version'),
  description: text('description').notNull(),
  placeText: text('place_text'),
  place: point4326('place'),
  foundAt: timestamp('found_at', { withTimezone: true }).notNull(),
  foundBy: text('found_by').notNull(),
  registeredAt: timestamp('registered_at', { withTimezone: true }).notNull().defaultNow(),
  registeredBy: uuid('registered_by'),
  status: text('status').notNull(),
  deadline: date('deadline'),
  stopProduction: boolean('stop_production').notNull().default(false),
  workersWithdrawn: boolean('workers_withdrawn').notNull().default(false),
  // 整改方案「五定」+ 临时措施
  planGoal: text('plan_goal'),
  planMeasures: text('plan_measures'),
  planFundsMaterials: text('plan_funds_materials'),
  planResponsiblePeople: text('plan_responsible_people'),
  planDeadline: date('plan_deadline'),
  interimMeasures: text('interim_measures'),
  planSubmittedAt: timestamp('plan_submitted_at', { withTimezone: true }),
  rejectionReason: text('rejection_reason'), // 不予认定为重大隐患的理由
  returnReason: text('return_reason'), // 验收不通过的理由
  closedAt: timestamp('closed_at', { withTimezone: true }),
  /** 复发自: the closed hazard this one repeats (found again after 销号) */
  recurrenceOfId: uuid('recurrence_of_id'),
  /** times a regulator revoked this hazard's 销号 and reopened it */
  reopenedCount: integer('reopened_count').notNull().default(0),
  /** the inspection visit whose findings created it (regulator-found hazards) */
  visitId: uuid('visit_id'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  version: integer('version').notNull().default(1),
}, (t) => [
  index('hazards_region_status_idx').on(t.regionCode, t.status, t.registeredAt, t.id),
  index('hazards_mine_idx').on(t.mineId, t.registeredAt, t.id),
  index('hazards_enterprise_idx').on(t.enterpriseId, t.registeredAt, t.id),
  index('hazards_status_deadline_idx').on(t.status, t.deadline),
  index('hazards_grade_status_idx').on(t.grade, t.status),
  index('hazards_registered_idx').on(t.registeredAt, t.id),
  index('hazards_mine_item_found_idx').on(t.mineId, t.standardItemCode, t.foundAt),
  index('hazards_recurrence_of_idx').on(t.recurrenceOfId),
]);

/** The timeline: one row per accepted action, numbered per hazard. */
export const hazardEvents = pgTable('hazard_events', {
  id: uuid('id').primaryKey().defaultRandom(),
  hazardId: uuid('hazard_id').notNull().references(() => hazards.id),
  seq: integer('seq').notNull(),
  action: text('action').notNull(),
  fromStatus: text('from_status'),
  toStatus: text('to_status').notNull(),
  actorUserId: uuid('actor_user_id'),
  note: text('note'),
  payload: jsonb('payload'),
  at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [uniqueIndex('hazard_events_seq_uq').on(t.hazardId, t.seq)]);

/** 延期申请: the enterprise asks, the district (or the listing agency) decides. */
export const hazardExtensions = pgTable('hazard_extensions', {
  id: uuid('id').primaryKey().defaultRandom(),
  hazardId: uuid('hazard_id').notNull().references(() => hazards.id),
  requestedDeadline: date('requested_deadline').notNull(),
  previousDeadline: date('previous_deadline'),
  reason: text('reason').notNull(),
  status: text('status').notNull().default('pending'), // pending | approved | rejected
  requestedBy: uuid('requested_by'),
  requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
  decidedBy: uuid('decided_by'),
  decidedAt: timestamp('decided_at', { withTimezone: true }),
  decisionNote: text('decision_note'),
}, (t) => [
  index('hazard_extensions_hazard_idx').on(t.hazardId),
  uniqueIndex('hazard_extensions_one_pending_uq').on(t.hazardId).where(sql`status = 'pending'`),
]);

/** 挂牌督办: numbered per agency and year without gaps (listing_counters). */
export const hazardListings = pgTable('hazard_listings', {
  id: uuid('id').primaryKey().defaultRandom(),
  hazardId: uuid('hazard_id').notNull().references(() => hazards.id),
  agencyId: uuid('agency_id').notNull().references(() => agencies.id),
  year: integer('year').notNull(),
  number: integer('number').notNull(),
  docNo: text('doc_no').notNull(),
  deadline: date('deadline').notNull(),
  requirements: text('requirements').notNull(),
  responsibleUnit: text('responsible_unit').notNull(),
  status: text('status').notNull().default('active'), // active | awaiting_delisting | delisted
  listedBy: uuid('listed_by'),
  listedAt: timestamp('listed_at', { withTimezone: true }).notNull().defaultNow(),
  delistedBy: uuid('delisted_by'),
  delistedAt: timestamp('delisted_at', { withTimezone: true }),
  verificationNote: text('verification_note'),
}, (t) => [
  uniqueIndex('hazard_listings_one_active_uq').on(t.hazardId).where(sql`status <> 'delisted'`),
  uniqueIndex('hazard_listings_number_uq').on(t.agencyId, t.year, t.number),
  index('hazard_listings_hazard_idx').on(t.hazardId),
]);

/** The last listing number per agency and year, incremented in the listing's own transaction. */
export const listingCounters = pgTable('listing_counters', {
  agencyId: uuid('agency_id').notNull().references(() => agencies.id),
  year: integer('year').notNull(),
  lastNumber: integer('last_number').notNull(),
}, (t) => [primaryKey({ columns: [t.agencyId, t.year] })]);

/**
 * 屡改屡犯 / 弄虚作假 flags: facts fixed when raised, naming who was responsible on the relevant date
 * (the mine's principal and the parent company's principal, from positions with history).
 *  repeated_after_rectification — found again after 销号 (the hazard links the earlier one, recurrence_of_id)
 *  recurring — same standard item at the same mine within the configured window (default 12 months)
 *  suspected_falsification — a regulator found on site that a hazard the enterprise reported fixed was not
 */
export const hazardFlags = pgTable('hazard_flags', {
  id: uuid('id').primaryKey().defaultRandom(),
  hazardId: uuid('hazard_id').notNull().references(() => hazards.id),
  mineId: uuid('mine_id').notNull().references(() => mines.id),
  enterpriseId: uuid('enterprise_id').notNull().references(() => enterprises.id),
  regionCode: text('region_code').notNull().references(() => regions.code),
  kind: text('kind').notNull(),
  relatedHazardId: uuid('related_hazard_id').references(() => hazards.id),
  /** the date whose office-holders are named (found date, or the date of the on-site finding) */
  onDate: date('on_date').notNull(),
  detail: text('detail').notNull(),
  /** [{ personId, name, position, mineName|enterpriseName }] held on onDate */
  minePrincipals: jsonb('mine_principals').notNull(),
  parentPrincipals: jsonb('parent_principals').notNull(),
  raisedBy: uuid('raised_by'),
  raisedAt: timestamp('raised_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  index('hazard_flags_hazard_idx').on(t.hazardId),
  index('hazard_flags_region_idx').on(t.regionCode, t.raisedAt, t.id),
  index('hazard_flags_enterprise_idx').on(t.enterpriseId, t.raisedAt, t.id),
]);

/**
 * 提请关闭建议: raised automatically for human review when a producing mine had major hazards found on
 * enough separate occasions within a rolling window, or produces without valid licences (thresholds are
 * settings). A district or city regulator adopts or dismisses it; at most one open proposal per mine and reason.
 */
export const closureProposals = pgTable('closure_proposals', {
  id: uuid('id').primaryKey().defaultRandom(),
  mineId: uuid('mine_id').notNull().references(() => mines.id),
  enterpriseId: uuid('enterprise_id').notNull().references(() => enterprises.id),
  regionCode: text('region_code').notNull().references(() => regions.code),
  reason: text('reason').notNull(), // repeated_major_hazards | unlicensed_production
  summary: text('summary').notNull(),
  /** the evidence: hazard ids and dates, window and thresholds, licence dates */
  evidence: jsonb('evidence').notNull(),
  status: text('status').notNull().default('open'), // open | adopted | dismissed
  raisedAt: timestamp('raised_at', { withTimezone: true }).notNull().defaultNow(),
  decidedBy: uuid('decided_by'),
  decidedAt: timestamp('decided_at', { withTimezone: true }),
  decisionNote: text('decision_note'),
  version: integer('version').notNull().default(1),
}, (t) => [
  uniqueIndex('closure_proposals_one_open_uq').on(t.mineId, t.reason).where(sql`status = 'open'`),
  index('closure_proposals_region_idx').on(t.regionCode, t.raisedAt, t.id),
]);

/**
 * 复产申请: after a hazard that stopped production is rectified, the enterprise applies to resume and the
 * regulator verifies on site within a number of days (default 10; calendar or working days is a setting,
 * labelled unconfirmed). due_date is null when working days are asked for a year without an official schedule.
 */
export const hazardResumptions = pgTable('hazard_resumptions', {
  id: uuid('id').primaryKey().defaultRandom(),
  hazardId: uuid('hazard_id').notNull().references(() => hazards.id),
  mineId: uuid('mine_id').notNull().references(() => mines.id),
  enterpriseId: uuid('enterprise_id').notNull().references(() => enterprises.id),
  regionCode: text('region_code').notNull().references(() => regions.code),
  note: text('note').notNull(),
  appliedBy: uuid('applied_by'),
  appliedAt: timestamp('applied_at', { withTimezone: true }).notNull().defaultNow(),
  appliedOn: date('applied_on').notNull(),
  dayBasis: text('day_basis').notNull(), // calendar | working
  days: integer('days').notNull(),
  dueDate: date('due_date'),
  status: text('status').notNull().default('pending'), // pending | approved | rejected
  verifiedOn: date('verified_on'),
  decidedBy: uuid('decided_by'),
  decidedAt: timestamp('decided_at', { withTimezone: true }),
  decisionNote: text('decision_note'),
  version: integer('version').notNull().default(1),
}, (t) => [
  uniqueIndex('hazard_resumptions_one_pending_uq').on(t.hazardId).where(sql`status = 'pending'`),
  index('hazard_resumptions_region_idx').on(t.regionCode, t.status, t.appliedAt),
  index('hazard_resumptions_hazard_idx').on(t.hazardId),
]);
