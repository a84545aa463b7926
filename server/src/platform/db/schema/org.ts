import { sql } from 'drizzle-orm';
import {
  boolean, date, index, integer, jsonb, numeric, pgTable, text, timestamp, uniqueIndex, uuid,
} from 'drizzle-orm/pg-core';
import { multiPolygon4326, point4326 } from './types';

const stamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  /** Optimistic concurrency: every update bumps it; a stale version gets 409. */
  version: integer('version').notNull().default(1),
};

/** 行政区划: 重庆市, its 38 county-level divisions, management areas with configured codes, test regions. */
export const regions = pgTable('regions', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  kind: text('kind').notNull(), // municipality | district | county | management_area | synthetic
  parentCode: text('parent_code'),
  hasNationalCode: boolean('has_national_code').notNull().default(true),
  outline: multiPolygon4326('outline'),
  sortOrder: integer('sort_order').notNull().default(0),
});

/** 监管部门: 安委办, 应急管理局, 规划和自然资源局, 国家矿山安全监察局重庆局. */
export const agencies = pgTable('agencies', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  kind: text('kind').notNull(),
  tier: text('tier').notNull(), // city | district
  regionCode: text('region_code').notNull().references(() => regions.code),
  ...stamps,
}, (t) => [index('agencies_region_idx').on(t.regionCode)]);

/** 矿山企业 (and parent companies, which may sit outside Chongqing: regionCode null). */
export const enterprises = pgTable('enterprises', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  creditCode: text('credit_code').notNull(),
  regionCode: text('region_code').references(() => regions.code),
  address: text('address'),
  parentId: uuid('parent_id'),
  legalRepresentative: text('legal_representative'),
  contactName: text('contact_name'),
  contactPhoneEnc: text('contact_phone_enc'),
  contactPhoneBidx: text('contact_phone_bidx'),
  contactPhoneMasked: text('contact_phone_masked'),
  externalIds: jsonb('external_ids').notNull().default(sql`'{}'::jsonb`),
  ...stamps,
}, (t) => [
  uniqueIndex('enterprises_credit_code_uq').on(t.creditCode),
  index('enterprises_region_name_idx').on(t.regionCode, t.name, t.id),
  index('enterprises_name_idx').on(t.name, t.id),
  index('enterprises_parent_idx').on(t.parentId),
]);

/** 监管对象 ("mines"): underground / open-pit / both, or a tailings pond (尾矿库) linked to the mine it serves. */
export const mines = pgTable('mines', {
  id: uuid('id').primaryKey().defaultRandom(),
  enterpriseId: uuid('enterprise_id').notNull().references(() => enterprises.id),
  regionCode: text('region_code').notNull().references(() => regions.code),
  name: text('name').notNull(),
  kinds: text('kinds').array().notNull(),
  servesMineId: uuid('serves_mine_id'),
  tailingsGrade: text('tailings_grade'),
  damHeightM: numeric('dam_height_m'),
  capacityWanM3: numeric('capacity_wan_m3'),
  headOver: boolean('head_over'), // 头顶库
  mineral: text('mineral'),
  scale: text('scale'),
  status: text('status').notNull(),
  location: point4326('location'),
  boundaryCrs: text('boundary_crs'),
  boundaryOriginal: jsonb('boundary_original'), // as given, in its own coordinate system
  boundary: multiPolygon4326('boundary'), // geographic, for display; null when 未转换
  boundaryConverted: boolean('boundary_converted').notNull().default(false),
  elevationMinM: numeric('elevation_min_m'),
  elevationMaxM: numeric('elevation_max_m'),
  miningLicenceNo: text('mining_licence_no'),
  miningLicenceFrom: date('mining_licence_from'),
  miningLicenceTo: date('mining_licence_to'),
  safetyLicenceNo: text('safety_licence_no'),
  safetyLicenceFrom: date('safety_licence_from'),
  safetyLicenceTo: date('safety_licence_to'),
  designCapacity: numeric('design_capacity'), // 万吨/年 (tailings: see capacity)
  independentSystems: integer('independent_systems'),
  hydroComplexity: text('hydro_complexity'),
  geoComplexity: text('geo_complexity'),
  positioningInstalled: boolean('positioning_installed').notNull().default(false),
  restructuringCategory: text('restructuring_category'), // 四个一批
  selfInspectionFrom: date('self_inspection_from'),
  externalIds: jsonb('external_ids').notNull().default(sql`'{}'::jsonb`),
  ...stamps,
}, (t) => [
  index('mines_region_name_idx').on(t.regionCode, t.name, t.id),
  index('mines_enterprise_idx').on(t.enterpriseId, t.name, t.id),
  index('mines_name_idx').on(t.name, t.id),
  index('mines_status_idx').on(t.status),
  uniqueIndex('mines_mining_licence_uq').on(t.miningLicenceNo),
]);

/** 人员: one identity per person, found by the blind index of the ID number. */
export const people = pgTable('people', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  idDocType: text('id_doc_type').notNull().default('resident_id'),
  idNumberEnc: text('id_number_enc'),
  idNumberBidx: text('id_number_bidx'),
  idNumberMasked: text('id_number_masked'),
  phoneEnc: text('phone_enc'),
  phoneBidx: text('phone_bidx'),
  phoneMasked: text('phone_masked'),
  education: text('education'),
  major: text('major'),
  title: text('title'),
  /** 从事矿山工作年限 */
  miningYears: integer('mining_years'),
  /** The organisation that registered the person, for data scope before any position exists. */
  ownerEnterpriseId: uuid('owner_enterprise_id'),
  ownerRegionCode: text('owner_region_code'),
  ...stamps,
}, (t) => [
  uniqueIndex('people_id_bidx_uq').on(t.idDocType, t.idNumberBidx),
  index('people_phone_bidx_idx').on(t.phoneBidx),
  index('people_name_idx').on(t.name, t.id),
]);

/** 任职: positions at an enterprise or a mine, with history (end date) kept. */
export const positions = pgTable('positions', {
  id: uuid('id').primaryKey().defaultRandom(),
  personId: uuid('person_id').notNull().references(() => people.id),
  enterpriseId: uuid('enterprise_id').notNull().references(() => enterprises.id),
  mineId: uuid('mine_id').references(() => mines.id),
  position: text('position').notNull(),
  startDate: date('start_date').notNull(),
  endDate: date('end_date'),
  /** 专职: a post counts as filled only by a full-time holder */
  fullTime: boolean('full_time').notNull().default(true),
  /** the independent production system (1, 2, …) a per-system post belongs to */
  productionSystem: integer('production_system'),
  ...stamps,
}, (t) => [
  index('positions_person_idx').on(t.personId),
  index('positions_enterprise_idx').on(t.enterpriseId, t.position),
  index('positions_mine_idx').on(t.mineId, t.position),
]);
