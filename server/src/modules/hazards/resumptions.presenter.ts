import type { ResumptionDayBasis, ResumptionOut } from '@contracts/resumptions';
import type { Actor } from '../../platform/access/actor';
import type { Executor } from '../../platform/db/client';
import { calendarYears } from '../../platform/calendar/calendar.repository';
import { addWorkingDays, buildCalendar, type WorkCalendar } from '../../platform/calendar/working-days';
import type { HazardJoined } from './hazards.repository';
import { resumptionsOf, type ResumptionJoined } from './resumptions.repository';
import { hazardAllowsResumption, mayApply, mayDecide } from './resumptions.policy';
import { ruleNote } from './resumptions.settings';

export const loadCalendar = async (db: Executor): Promise<WorkCalendar> => buildCalendar(await calendarYears(db));

/** Why a working-day application has no due date: the year its count needs has no official schedule yet. */
function dueDateNote(x: ResumptionJoined['r'], cal: WorkCalendar): string | null {
  if (x.dueDate || x.dayBasis !== 'working') return null;
  const res = addWorkingDays(x.appliedOn, x.days, cal);
  return res.ok ? '核查期限待重新计算' : `${res.message}，无法按工作日计算核查期限`;
}

export function presentResumption(j: ResumptionJoined, actor: Actor, cal: WorkCalendar): ResumptionOut {
  const x = j.r;
  return {
    id: x.id, hazardId: x.hazardId, mineId: x.mineId, mineName: j.mineName, enterpriseId: x.enterpriseId, enterpriseName: j.enterpriseName,
    regionCode: x.regionCode, regionName: j.regionName, hazardDescription: j.hazardDescription,
    note: x.note, appliedAt: x.appliedAt.toISOString(), appliedOn: x.appliedOn, dayBasis: x.dayBasis, days: x.days,
    dueDate: x.dueDate, dueDateNote: dueDateNote(x, cal), status: x.status, overdue: !!j.overdue, verifiedOn: x.verifiedOn,
    decidedAt: x.decidedAt ? x.decidedAt.toISOString() : null, decisionNote: x.decisionNote,
    canDecide: x.status === 'pending' && mayDecide(actor, j.listingAgencyId ?? null),
    ruleNote: ruleNote(x.days, x.dayBasis as ResumptionDayBasis),
  };
}

/** The hazard detail's part: its applications and whether the caller may apply now. */
export async function resumptionsOfHazard(db: Executor, actor: Actor, row: HazardJoined) {
  const [rows, cal] = await Promise.all([resumptionsOf(db, row.h.id), loadCalendar(db)]);
  const open = rows.some((x) => x.r.status === 'pending' || x.r.status === 'approved');
  return {
    resumptions: rows.map((x) => presentResumption(x, actor, cal)),
    canApplyResumption: mayApply(actor) && hazardAllowsResumption(row.h) && !open,
  };
}
