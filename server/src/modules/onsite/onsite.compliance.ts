/**
 * 领导在岗 compliance for one mine and month, as pure functions over positions, day records and the official
 * calendar (platform/calendar). A day counts for a role when it is an official working day, the person held
 * the role for the mine that day, and one of their records that day (declared or positioning) lasted at least
 * the minimum hours — or gives no times (presence only) — or the minimum is 0.
 */
import type { OnsiteRole } from '@contracts/onsite';
import { datesBetween, isWorkingDay, noScheduleMessage, type WorkCalendar } from '../../platform/calendar/working-days';

export interface PositionSpan { personId: string; personName: string; position: string; startDate: string; endDate: string | null }
export interface DayRecord {
  id: string; personId: string; day: string; arrival: string | null; departure: string | null; location: string | null; source: string;
  photoAttachmentId?: string | null;
}
export interface Rules { minHours: number; required: Record<OnsiteRole, number> }

export const monthEnd = (month: string): string => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
};
export const monthDays = (month: string) => datesBetween(`${month}-01`, monthEnd(month));

export interface MonthCalendar { scheduleMissing: string | null; days: { day: string; working: boolean; holiday: boolean; makeUp: boolean }[]; workingDays: number | null }

/** The month in the official calendar, or the schedule-missing message (never a Monday–Friday guess). */
export function monthCalendar(month: string, cal: WorkCalendar): MonthCalendar {
  const year = Number(month.slice(0, 4));
  const y = cal.get(year);
  const dates = monthDays(month);
  if (!y) return { scheduleMissing: noScheduleMessage(year), workingDays: null, days: dates.map((day) => ({ day, working: false, holiday: false, makeUp: false })) };
  const days = dates.map((day) => ({ day, working: isWorkingDay(day, cal), holiday: y.off.has(day), makeUp: y.work.has(day) }));
  return { scheduleMissing: null, workingDays: days.filter((d) => d.working).length, days };
}

const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));

/** Hours between arrival and departure (a departure before the arrival is the next morning), or null without both. */
export function hoursOf(r: Pick<DayRecord, 'arrival' | 'departure'>): number | null {
  if (!r.arrival || !r.departure) return null;
  const span = minutes(r.departure) - minutes(r.arrival);
  return (span < 0 ? span + 24 * 60 : span) / 60;
}

export const longEnough = (r: DayRecord, minHours: number) => {
  if (minHours <= 0) return true;
  const h = hoursOf(r);
  return h === null || h >= minHours;
};

export const heldOn = (spans: PositionSpan[], day: string) => spans.some((s) => s.startDate <= day && (s.endDate === null || s.endDate >= day));

export interface LeaderResult {
  personId: string; personName: string; role: OnsiteRole; counted: number | null; required: number; shortfall: number | null;
  countedDays: Set<string>; records: (DayRecord & { counted: boolean | null })[];
}

/** One result per person and role held during the month; records are the person's records at this mine. */
export function leaderResults(cal: MonthCalendar, spans: PositionSpan[], records: DayRecord[], rules: Rules): LeaderResult[] {
  const working = new Set(cal.days.filter((d) => d.working).map((d) => d.day));
  const groups = new Map<string, PositionSpan[]>();
  for (const s of spans) groups.set(`${s.position}|${s.personId}`, [...(groups.get(`${s.position}|${s.personId}`) ?? []), s]);
  return [...groups.values()].map((g) => {
    const { personId, personName } = g[0]!;
    const role = g[0]!.position as OnsiteRole;
    const mine = records.filter((r) => r.personId === personId);
    const countedDays = new Set<string>();
    const marked = mine.map((r) => {
      const counted = cal.scheduleMissing ? null : working.has(r.day) && heldOn(g, r.day) && longEnough(r, rules.minHours);
      if (counted) countedDays.add(r.day);
      return { ...r, counted };
    });
    const required = rules.required[role];
    const counted = cal.scheduleMissing ? null : countedDays.size;
    return { personId, personName, role, counted, required, shortfall: counted === null ? null : Math.max(0, required - counted), countedDays, records: marked };
  });
}

export interface RoleSummary { role: OnsiteRole; days: number | null; required: number; holders: number }

/** Per role: the distinct counted days of its holders (a successor mid-month continues the count). */
export function roleSummaries(leaders: LeaderResult[], rules: Rules, scheduleMissing: boolean): RoleSummary[] {
  return (['actual_controller', 'chief_engineer'] as const).map((role) => {
    const holders = leaders.filter((l) => l.role === role);
    const days = new Set(holders.flatMap((l) => [...l.countedDays]));
    return { role, days: scheduleMissing ? null : days.size, required: rules.required[role], holders: holders.length };
  });
}

/** Compliant when every role has a holder with enough days; null when the schedule is missing. */
export function isCompliant(roles: RoleSummary[], scheduleMissing: boolean): boolean | null {
  if (scheduleMissing) return null;
  return roles.every((r) => r.holders > 0 && r.days !== null && r.days >= r.required);
}
