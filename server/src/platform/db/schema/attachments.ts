import { bigint, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Attachment records: the bytes live in the file storage (platform/files) under a server-made key; the row
 * carries what the data scope needs (region, enterprise) so downloads are checked like any other read.
 */
export const attachments = pgTable('attachments', {
  id: uuid('id').primaryKey().defaultRandom(),
  ownerType: text('owner_type').notNull(), // hazard | …
  ownerId: uuid('owner_id').notNull(),
  purpose: text('purpose').notNull(), // photo_before | photo_after | document | risk_assessment
  regionCode: text('region_code').notNull(),
  enterpriseId: uuid('enterprise_id').notNull(),
  storageKey: text('storage_key').notNull(),
  filename: text('filename').notNull(),
  mime: text('mime').notNull(),
  kind: text('kind').notNull(),
  size: bigint('size', { mode: 'number' }).notNull(),
  sm3: text('sm3').notNull(),
  uploadedBy: uuid('uploaded_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('attachments_owner_idx').on(t.ownerType, t.ownerId, t.createdAt)]);
