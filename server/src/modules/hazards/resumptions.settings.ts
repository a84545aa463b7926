import { RESUMPTION_SETTINGS as S, type ResumptionDayBasis } from '@contracts/resumptions';
import type { Executor } from '../../platform/db/client';
import { readSetting } from './hazards.repository';

/**
 * The 复产核查 clock: `hazard.resumption_days` (default 10) counted on `hazard.resumption_day_basis`
 * ('calendar' default, or 'working'). The source does not say which: both are unconfirmed (待核对).
 * A malformed setting falls back to the default rather than failing every request.
 */
export async function resumptionClock(db: Executor): Promise<{ days: number; basis: ResumptionDayBasis }> {
  const [days, basis] = await Promise.all([
    readSetting<unknown>(db, S.days.key, S.days.default), readSetting<unknown>(db, S.basis.key, S.basis.default),
  ]);
  return {
    days: typeof days === 'number' && Number.isInteger(days) && days >= 1 && days <= 90 ? days : S.days.default,
    basis: basis === 'working' || basis === 'calendar' ? basis : S.basis.default,
  };
}

export const ruleNote = (days: number, basis: ResumptionDayBasis) =>
  `复产核查时限${days}个${basis === 'working' ? '工作日' : '自然日'}（依据待核对，系统设置项）`;
