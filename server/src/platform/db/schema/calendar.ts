import { integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * 法定节假日安排 (State Council schedule) per year: `off` rest days and `work` make-up working days.
 * Seeded from reference-data/holidays.json; an administrator adds a year when it is published.
 * A year without a row has no schedule: working-day counts for it are refused, never guessed.
 */
export const workCalendarYears = pgTable('work_calendar_years', {
  year: integer('year').primaryKey(),
  offDays: jsonb('off_days').notNull(), // ["YYYY-MM-DD", …]
  workDays: jsonb('work_days').notNull(),
  source: text('source').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
