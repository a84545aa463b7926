import type { WorkCalendarYearInput, WorkCalendarYearOut } from '@contracts/work-calendar';
import type { Permission } from '@contracts/access';
import type { Actor } from '../../platform/access/actor';
import { assertCan } from '../../platform/access/actor';
import { writeTx, type Platform, type RequestCtx } from '../../platform/context';
import { fieldError } from '../../platform/errors';
import { calendarYears, findYear, listCalendarYears, upsertYear, type CalendarYearRow } from '../../platform/calendar/calendar.repository';
import { buildCalendar, isIsoDate, isWeekend } from '../../platform/calendar/working-days';
import { recomputeWorkingDueDates } from '../hazards/resumptions.service';

/**
 * Who edits the official calendar: holders of `rules.manage` (市级管理员), like the other business rules.
 * The system administrator (三员分立) keeps to organisation structure and accounts.
 */
export const CALENDAR_PERMISSION: Permission = 'rules.manage';

const present = (r: CalendarYearRow): WorkCalendarYearOut => ({
  year: r.year, offDays: r.offDays as string[], workDays: r.workDays as string[], source: r.source, updatedAt: r.updatedAt.toISOString(),
});

export async function listWorkCalendar(p: Platform) {
  return { years: (await listCalendarYears(p.database.db)).map(present) };
}

function checkDates(field: 'offDays' | 'workDays', dates: string[], year: number) {
  for (const d of dates) {
    if (!isIsoDate(d)) throw fieldError(field, `日期无效：${d}`);
    if (Number(d.slice(0, 4)) !== year) throw fieldError(field, `日期 ${d} 不在${year}年内`);
  }
  if (new Set(dates).size !== dates.length) throw fieldError(field, '日期有重复');
}

/** 录入/修改某年度法定节假日安排: validated, one audit event; pending working-day resumption clocks follow it. */
export async function putWorkCalendarYear(p: Platform, ctx: RequestCtx, actor: Actor, year: number, input: WorkCalendarYearInput): Promise<WorkCalendarYearOut> {
  assertCan(actor, CALENDAR_PERMISSION);
  checkDates('offDays', input.offDays, year);
  checkDates('workDays', input.workDays, year);
  const both = input.workDays.find((d) => input.offDays.includes(d));
  if (both) throw fieldError('workDays', `${both} 不能同时是放假日和调休上班日`);
  const weekday = input.workDays.find((d) => !isWeekend(d));
  if (weekday) throw fieldError('workDays', `调休上班日应为周六或周日：${weekday}`);
  const db = p.database.db;
  const before = await findYear(db, year);
  const row = await writeTx(p, ctx, async (tx, audit) => {
    const saved = await upsertYear(tx, { year, offDays: [...input.offDays].sort(), workDays: [...input.workDays].sort(), source: input.source });
    await recomputeWorkingDueDates(tx, buildCalendar(await calendarYears(tx)));
    audit({ entityType: 'work_calendar_year', entityId: String(year), action: before ? 'update' : 'create',
      before: before ? present(before) : undefined, after: present(saved) });
    return saved;
  });
  return present(row);
}
