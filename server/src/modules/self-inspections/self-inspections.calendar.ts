/** Asia/Shanghai calendar arithmetic for monthly self-inspections (dates as YYYY-MM-DD, months as YYYY-MM). */

/** Today's date in Asia/Shanghai (UTC+8, no daylight saving). */
export const todayInShanghai = (now = new Date()) => new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

export const monthOf = (date: string) => date.slice(0, 7);

function utc(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** The regex accepts 2025-02-30; the calendar does not. */
export function isRealDate(d: string): boolean {
  const t = utc(d);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === d;
}

export function monthEnd(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return new Date(utc(date).getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/** 截止日期: the last day of the month plus the grace period (setting self_inspection_grace_days). */
export const dueDate = (month: string, graceDays: number) => addDays(monthEnd(month), graceDays);

export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1 + n, 1)).toISOString().slice(0, 7);
}

/** Inclusive count of months from `from` to `to` (0 or less when to < from). */
export function monthSpan(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm) + 1;
}
