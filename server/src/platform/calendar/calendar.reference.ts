import fs from 'node:fs';
import type { Executor } from '../db/client';
import { insertYearIfMissing } from './calendar.repository';
import { datesBetween, type CalendarYear } from './working-days';

interface HolidaysFile {
  source: string;
  years: Record<string, { holidays: { name: string; from: string; to: string }[]; makeUpWorkdays: string[] }>;
}

/**
 * The official schedules in reference-data/holidays.json as calendar years: off days are every date of each
 * holiday's range (weekends inside it included), work days the make-up working days.
 */
export function referenceCalendarYears(): (CalendarYear & { source: string })[] {
  const file = JSON.parse(fs.readFileSync(new URL('../../../../reference-data/holidays.json', import.meta.url), 'utf8')) as HolidaysFile;
  return Object.entries(file.years).map(([year, y]) => ({
    year: Number(year),
    offDays: [...new Set(y.holidays.flatMap((h) => datesBetween(h.from, h.to)))].sort(),
    workDays: [...y.makeUpWorkdays].sort(),
    source: `${file.source}（reference-data/holidays.json：${y.holidays.map((h) => h.name).join('、')}）`,
  }));
}

/** Idempotent: adds the reference years that have no row; returns how many were added. */
export async function loadReferenceCalendar(db: Executor): Promise<number> {
  let added = 0;
  for (const y of referenceCalendarYears()) if (await insertYearIfMissing(db, y)) added++;
  return added;
}
