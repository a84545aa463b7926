import { checkRuleValue, RULE_SETTINGS } from '@contracts/rule-settings';
import type { Executor } from '../../platform/db/client';
import { calendarYears } from '../../platform/calendar/calendar.repository';
import { buildCalendar, type WorkCalendar } from '../../platform/calendar/working-days';
import { readSetting } from './onsite.repository';
import type { Rules } from './onsite.compliance';

/** A rule setting's value in force; a malformed stored value falls back to the default rather than failing every request. */
async function intSetting(db: Executor, key: string): Promise<number> {
  const def = RULE_SETTINGS.find((s) => s.key === key)!;
  const v = await readSetting(db, key);
  return v !== undefined && checkRuleValue(def, v) === null ? (v as number) : (def.default as number);
}

/** onsite.min_hours, onsite.actual_controller_days, onsite.chief_engineer_days (业务规则设置). */
export async function onsiteRules(db: Executor): Promise<Rules> {
  const [minHours, controller, engineer] = await Promise.all([
    intSetting(db, 'onsite.min_hours'), intSetting(db, 'onsite.actual_controller_days'), intSetting(db, 'onsite.chief_engineer_days'),
  ]);
  return { minHours, required: { actual_controller: controller, chief_engineer: engineer } };
}

/** The official calendar as stored in work_calendar_years (an administrator adds a year when it is published). */
export async function officialCalendar(db: Executor): Promise<WorkCalendar> {
  return buildCalendar(await calendarYears(db));
}
