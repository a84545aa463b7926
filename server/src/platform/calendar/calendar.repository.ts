import { asc, sql } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { workCalendarYears } from '../db/schema';
import type { CalendarYear } from './working-days';

export type CalendarYearRow = typeof workCalendarYears.$inferSelect;

export function listCalendarYears(db: Executor): Promise<CalendarYearRow[]> {
  return db.select().from(workCalendarYears).orderBy(asc(workCalendarYears.year));
}

/** The schedules as plain lists (for buildCalendar). */
export async function calendarYears(db: Executor): Promise<CalendarYear[]> {
  return (await listCalendarYears(db)).map((r) => ({ year: r.year, offDays: r.offDays as string[], workDays: r.workDays as string[] }));
}

/** Insert a year only when it has no row yet (an administrator's edits are never overwritten). */
export async function insertYearIfMissing(db: Executor, y: CalendarYear & { source: string }): Promise<boolean> {
  const res = await db.insert(workCalendarYears).values({ year: y.year, offDays: y.offDays, workDays: y.workDays, source: y.source })
    .onConflictDoNothing({ target: workCalendarYears.year }).returning({ year: workCalendarYears.year });
  return res.length === 1;
}

export async function upsertYear(db: Executor, y: CalendarYear & { source: string }): Promise<CalendarYearRow> {
  const [row] = await db.insert(workCalendarYears).values({ year: y.year, offDays: y.offDays, workDays: y.workDays, source: y.source })
    .onConflictDoUpdate({ target: workCalendarYears.year, set: { offDays: y.offDays, workDays: y.workDays, source: y.source, updatedAt: sql`now()` } })
    .returning();
  return row!;
}

export async function findYear(db: Executor, year: number): Promise<CalendarYearRow | undefined> {
  const [row] = await db.select().from(workCalendarYears).where(sql`${workCalendarYears.year} = ${year}`);
  return row;
}
