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
]);

/** The last listing number per agency and year, incremented in the listing's own transaction. */
export const listingCounters = pgTable('listing_counters', {
  agencyId: uuid('agency_id').notNull().references(() => agencies.id),
  year: integer('year').notNull(),
  lastNumber: integer('last_number').notNull(),
}, (t) => [primaryKey({ columns: [t.agencyId, t.year] })]);
