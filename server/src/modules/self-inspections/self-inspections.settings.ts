import { SELF_INSPECTION_SETTINGS as S } from '@contracts/self-inspections';
import type { Executor } from '../../platform/db/client';
import { readSetting } from './self-inspections.repository';

/** Grace days after the month end; a malformed setting falls back to the default rather than failing every request. */
export async function graceDays(db: Executor): Promise<number> {
  const v = await readSetting<unknown>(db, S.graceDays.key, S.graceDays.default);
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 60 ? v : S.graceDays.default;
}

/** Which posts count as a proper organiser: 'principal' (of the enterprise) and/or 'mine_manager' (of the mine). */
export async function organiserPositions(db: Executor): Promise<string[]> {
  const v = await readSetting<unknown>(db, S.organiserPositions.key, S.organiserPositions.default);
  return Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : [...S.organiserPositions.default];
}
