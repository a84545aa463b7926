import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, numeric, pgTable, primaryKey, text, time, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { agencies, enterprises, mines, people, regions } from './org';

/**
 * Key personnel (notice §3, §7; REFERENCE.md §7, §8): required posts per mine kind, special-operations
 * certificates, 三项岗位 training, classroom video connections, inspection visits (逢查必验、逢查必评、逢查必考)
 * and leaders' days on site. Scope columns (enterprise_id, region_code) are copied from the mine or employer so
 * data scope needs no join.
 */

/**
 * Required posts per mine kind (seeded, labelled unconfirmed, editable by an administrator). `perSystem`: one per
 * independent production system; `condition`: e.g. hydro_medium_or_complex. `qualification`: { majors?: string[],
 * minEducation?: string, titles?: string[], minYears?: number, fullTime?: boolean } — either education or a title.
 */
export const positionRequirements = pgTable('position_requirements', {
  id: uuid('id').primaryKey().defaultRandom(),
  mineKind: text('mine_kind').notNull(), // underground | open_pit | tailings_pond
  position: text('position').notNull(),
  count: integer('count').notNull().default(1),
  perSystem: boolean('per_system').notNull().default(false),
  /** one of the 五职 posts (a person may fill only one of them) */
  fiveDuties: boolean('five_duties').notNull().default(false),
  condition: text('condition'),
  qualification: jsonb('qualification').notNull().default(sql`'{}'::jsonb`),
  /** the underground/tailings vacancy can become a major hazard under this standard item (UG-32, TP-19) */
  hazardItemCode: text('hazard_item_code'),
  unconfirmed: boolean('unconfirmed').notNull().default(true),
  note: text('note'),
  sort: integer('sort').notNull().default(0),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  version: integer('version').notNull().default(1),
}, (t) => [uniqueIndex('position_requirements_kind_position_uq').on(t.mineKind, t.position, t.condition)]);

/**
 * 特种作业操作证 catalogue: entries carry effective dates (a certificate follows the entry in force on its issue
 * date). Seeded from REFERENCE.md §7 and labelled 待核对 (the 2026 rules may have changed categories and periods).
 */
export const certificateTypes = pgTable('certificate_types', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull(),
  name: text('name').notNull(),
  category: text('category').notNull(),
  validYears: integer('valid_years').notNull(),
  reviewYears: integer('review_years').notNull(),
  /** review interval after the issuing authority's extension for 10 clean years */
  extendedReviewYears: integer('extended_review_years').notNull(),
  effectiveFrom: date('effective_from').notNull(),
  effectiveTo: date('effective_to'),
  source: text('source').notNull(),
  unconfirmed: boolean('unconfirmed').notNull().default(true),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  version: integer('version').notNull().default(1),
}, (t) => [uniqueIndex('certificate_types_code_from_uq').on(t.code, t.effectiveFrom)]);

export const certificates = pgTable('certificates', {
  id: uuid('id').primaryKey().defaultRandom(),
  personId: uuid('person_id').notNull().references(() => people.id),
  /** the employer that registered it (scope) */
  enterpriseId: uuid('enterprise_id').notNull().references(() => enterprises.id),
  regionCode: text('region_code').references(() => regions.code),
  typeId: uuid('type_id').notNull().references(() => certificateTypes.id),
  number: text('number').notNull(),
  issuingAuthority: text('issuing_authority').notNull(),
  issueDate: date('issue_date').notNull(),
  expiryDate: date('expiry_date').notNull(),
  /** the 10-clean-years extension of the review interval: a decision with approver and date */
  extendedReview: boolean('extended_review').notNull().default(false),
  extendedApprovedBy: text('extended_approved_by'),
  extendedApprovedOn: date('extended_approved_on'),
  /** revoked or cancelled by the issuing authority; validity otherwise follows the dates */
  status: text('status').notNull().default('active'), // active | revoked | cancelled
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  version: integer('version').notNull().default(1),
}, (t) => [
  uniqueIndex('certificates_type_number_uq').on(t.typeId, t.number),
  index('certificates_person_idx').on(t.personId),
  index('certificates_enterprise_idx').on(t.enterpriseId, t.expiryDate),
  index('certificates_region_expiry_idx').on(t.regionCode, t.expiryDate),
]);

/** 复审 done: the next review falls due from the last one. */
export const certificateReviews = pgTable('certificate_reviews', {
  id: uuid('id').primaryKey().defaultRandom(),
  certificateId: uuid('certificate_id').notNull().references(() => certificates.id),
  reviewedOn: date('reviewed_on').notNull(),
  result: text('result').notNull(), // passed | failed
  note: text('note'),
  recordedBy: uuid('recorded_by'),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('certificate_reviews_cert_idx').on(t.certificateId, t.reviewedOn)]);

/** 核验: a person checked the certificate (QR scan, the national query site, the paper original). */
export const certificateVerifications = pgTable('certificate_verifications', {
  id: uuid('id').primaryKey().defaultRandom(),
  certificateId: uuid('certificate_id').notNull().references(() => certificates.id),
  visitId: uuid('visit_id'),
  verifiedOn: date('verified_on').notNull(),
  method: text('method').notNull(), // qr_scan | national_site | original | other
  verifierName: text('verifier_name').notNull(),
  result: text('result').notNull(), // genuine | mismatch | not_found
  note: text('note'),
  recordedBy: uuid('recorded_by'),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('certificate_verifications_cert_idx').on(t.certificateId, t.verifiedOn)]);

/** 三项岗位 training: principals, safety managers, special-operations workers. */
export const trainingRecords = pgTable('training_records', {
  id: uuid('id').primaryKey().defaultRandom(),
  personId: uuid('person_id').notNull().references(() => people.id),
  /** the employer, credited with the person (its district counts the person) */
  enterpriseId: uuid('enterprise_id').notNull().references(() => enterprises.id),
  regionCode: text('region_code').references(() => regions.code),
  category: text('category').notNull(), // principal | safety_manager | special_operator
  course: text('course').notNull(),
  hours: numeric('hours').notNull(),
  examScore: numeric('exam_score'),
  passed: boolean('passed').notNull(),
  certificateNo: text('certificate_no'),
  trainedOn: date('trained_on').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  version: integer('version').notNull().default(1),
}, (t) => [
  index('training_records_person_idx').on(t.personId, t.trainedOn),
  index('training_records_region_idx').on(t.regionCode, t.trainedOn),
  index('training_records_enterprise_idx').on(t.enterpriseId, t.trainedOn),
]);

/** Yearly training target per city ('500000') or district: distinct persons who passed. */
export const trainingTargets = pgTable('training_targets', {
  year: integer('year').notNull(),
  regionCode: text('region_code').notNull().references(() => regions.code),
  target: integer('target').notNull(),
  source: text('source'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [primaryKey({ columns: [t.year, t.regionCode] })]);

/** 培训教室视频联网 (to the City Emergency Management Bureau), one row per mine. */
export const classroomConnections = pgTable('classroom_connections', {
  mineId: uuid('mine_id').primaryKey().references(() => mines.id),
  enterpriseId: uuid('enterprise_id').notNull().references(() => enterprises.id),
  regionCode: text('region_code').notNull().references(() => regions.code),
  connected: boolean('connected').notNull(),
  since: date('since'),
  checkedBy: text('checked_by').notNull(),
  checkedOn: date('checked_on').notNull(),
  note: text('note'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  version: integer('version').notNull().default(1),
});

/** 检查: a minimal inspection-visit record that later inspection planning extends. */
export const inspectionVisits = pgTable('inspection_visits', {
  id: uuid('id').primaryKey().defaultRandom(),
  mineId: uuid('mine_id').notNull().references(() => mines.id),
  enterpriseId: uuid('enterprise_id').notNull().references(() => enterprises.id),
  regionCode: text('region_code').notNull().references(() => regions.code),
  visitDate: date('visit_date').notNull(),
  leadAgencyId: uuid('lead_agency_id').notNull().references(() => agencies.id),
  /** joint inspections: the other agencies */
  agencyIds: uuid('agency_ids').array().notNull().default(sql`'{}'::uuid[]`),
  inspectors: text('inspectors').notNull(),
  findings: text('findings'),
  /** 逢查必评: the evaluation of the mine's training */
  trainingEvaluation: text('training_evaluation'),
  trainingRating: text('training_rating'), // good | adequate | poor
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  version: integer('version').notNull().default(1),
}, (t) => [
  index('inspection_visits_region_idx').on(t.regionCode, t.visitDate, t.id),
  index('inspection_visits_mine_idx').on(t.mineId, t.visitDate),
]);

/** 逢查必考: workers tested on site during a visit. */
export const visitWorkerTests = pgTable('visit_worker_tests', {
  id: uuid('id').primaryKey().defaultRandom(),
  visitId: uuid('visit_id').notNull().references(() => inspectionVisits.id),
  personId: uuid('person_id').references(() => people.id),
  personName: text('person_name').notNull(),
  subject: text('subject').notNull(),
  score: numeric('score').notNull(),
  passed: boolean('passed').notNull(),
}, (t) => [index('visit_worker_tests_visit_idx').on(t.visitId)]);

/**
 * 领导带班/在岗: a leader's day at a mine (actual controller, chief engineer). Declared by the enterprise or
 * imported from the personnel positioning system; one row per mine, person, day and source.
 */
export const onsiteDays = pgTable('onsite_days', {
  id: uuid('id').primaryKey().defaultRandom(),
  mineId: uuid('mine_id').notNull().references(() => mines.id),
  enterpriseId: uuid('enterprise_id').notNull().references(() => enterprises.id),
  regionCode: text('region_code').notNull().references(() => regions.code),
  personId: uuid('person_id').notNull().references(() => people.id),
  role: text('role').notNull(), // actual_controller | chief_engineer
  day: date('day').notNull(),
  arrival: time('arrival'),
  departure: time('departure'),
  location: text('location'), // underground | surface
  photoAttachmentId: uuid('photo_attachment_id'),
  source: text('source').notNull(), // declared | positioning
  importId: uuid('import_id'),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  uniqueIndex('onsite_days_uq').on(t.mineId, t.personId, t.day, t.source),
  index('onsite_days_person_day_idx').on(t.personId, t.day),
  index('onsite_days_region_day_idx').on(t.regionCode, t.day),
]);

/** One positioning-system CSV import: file, detected encoding, column mapping, counts. */
export const positioningImports = pgTable('positioning_imports', {
  id: uuid('id').primaryKey().defaultRandom(),
  mineId: uuid('mine_id').notNull().references(() => mines.id),
  fileName: text('file_name').notNull(),
  encoding: text('encoding').notNull(),
  mapping: jsonb('mapping').notNull(),
  rows: integer('rows').notNull(),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** 抽查: a regulator's spot check of a mine's on-site records for a month. */
export const onsiteSpotChecks = pgTable('onsite_spot_checks', {
  id: uuid('id').primaryKey().defaultRandom(),
  mineId: uuid('mine_id').notNull().references(() => mines.id),
  enterpriseId: uuid('enterprise_id').notNull().references(() => enterprises.id),
  regionCode: text('region_code').notNull().references(() => regions.code),
  month: text('month').notNull(), // YYYY-MM
  checkedOn: date('checked_on').notNull(),
  checkerName: text('checker_name').notNull(),
  result: text('result').notNull(), // consistent | inconsistent
  note: text('note'),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('onsite_spot_checks_region_idx').on(t.regionCode, t.month)]);
