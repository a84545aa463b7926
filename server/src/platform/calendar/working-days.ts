/**
 * 法定工作日 by the State Council's yearly holiday schedule (法定节假日安排): pure functions over
 * 'YYYY-MM-DD' dates. A date is a working day when it is a make-up working day (调休上班), or a Monday–Friday
 * that is not an official rest day. A year without a schedule is refused, never guessed as Monday–Friday.
 */
export interface CalendarYear { year: number; offDays: readonly string[]; workDays: readonly string[] }
export type WorkCalendar = ReadonlyMap<number, { off: ReadonlySet<string>; work: ReadonlySet<string> }>;

export function buildCalendar(years: readonly CalendarYear[]): WorkCalendar {
  return new Map(years.map((y) => [y.year, { off: new Set(y.offDays), work: new Set(y.workDays) }]));
}

export const noScheduleMessage = (year: number) => `该年度法定节假日安排尚未录入（${year}年）`;

/** Thrown by isWorkingDay for a date whose year has no schedule. */
export class NoScheduleError extends Error {
  constructor(readonly year: number) {
    super(noScheduleMessage(year));
  }
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const toUtc = (date: string): Date => {
  const m = ISO_DATE.exec(date);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!d || d.toISOString().slice(0, 10) !== date) throw new RangeError(`日期无效：${date}`);
  return d;
};

export const isIsoDate = (date: string): boolean => {
  try { toUtc(date); return true; } catch { return false; }
};

export function addCalendarDays(date: string, n: number): string {
  const d = toUtc(date);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

export const isWeekend = (date: string): boolean => [0, 6].includes(toUtc(date).getUTCDay());

export function isWorkingDay(date: string, cal: WorkCalendar): boolean {
  const year = Number(date.slice(0, 4));
  const y = cal.get(year);
  if (!y) throw new NoScheduleError(year);
  if (y.work.has(date)) return true;
  if (y.off.has(date)) return false;
  return !isWeekend(date);
}

export type WorkingDayResult = { ok: true; date: string } | { ok: false; year: number; message: string };

/** The n-th working day after `start` (start itself not counted; n = 0 gives start), or why it cannot be known. */
export function addWorkingDays(start: string, n: number, cal: WorkCalendar): WorkingDayResult {
  if (!Number.isInteger(n) || n < 0) throw new RangeError('工作日天数须为非负整数');
  let date = start;
  try {
    for (let left = n; left > 0;) {
      date = addCalendarDays(date, 1);
      if (isWorkingDay(date, cal)) left--;
    }
  } catch (err) {
    if (err instanceof NoScheduleError) return { ok: false, year: err.year, message: err.message };
    throw err;
  }
  return { ok: true, date };
}

/** Every date from `from` to `to`, both included. */
export function datesBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addCalendarDays(d, 1)) out.push(d);
  return out;
}
