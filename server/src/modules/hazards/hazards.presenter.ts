import type { HazardOut } from '@contracts/hazards';
import type { HazardJoined, timeline, extensionsOf } from './hazards.repository';
import type { listingsOf } from './listings.repository';

type Rows<F extends (...a: never[]) => unknown> = Awaited<ReturnType<F>>;
export interface HazardDetails {
  timeline: Rows<typeof timeline>;
  extensions: Rows<typeof extensionsOf>;
  listings: Rows<typeof listingsOf>;
  flags: HazardOut['flags'];
  recurrenceOf: HazardOut['recurrenceOf'];
  registrationLimitHours: number;
  allowedActions: string[];
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function presentHazardListItem(r: HazardJoined) {
  const h = r.h;
  return {
    id: h.id, mineId: h.mineId, mineName: r.mineName, enterpriseId: h.enterpriseId, enterpriseName: r.enterpriseName,
    regionCode: h.regionCode, regionName: r.regionName, source: h.source, grade: h.grade, status: h.status,
    standardItemCode: h.standardItemCode, description: h.description, deadline: h.deadline, overdue: !!r.overdue,
    listingDocNo: r.listingDocNo ?? null, foundAt: h.foundAt.toISOString(), registeredAt: h.registeredAt.toISOString(),
    version: h.version,
  };
}

/** 登记时限: how long after it was found the hazard was registered, against a limit that is a setting. */
function registration(r: HazardJoined, limitHours: number) {
  const delayHours = Math.max(0, Math.round((r.h.registeredAt.getTime() - r.h.foundAt.getTime()) / 36_000) / 100);
  return { delayHours, limitHours, late: delayHours > limitHours, note: `登记时限${limitHours}小时为待确认的配置项` };
}

/** Everything but the resumption part, which hazards.service adds (resumptions.presenter.ts). */
export function presentHazard(r: HazardJoined, d: HazardDetails): Omit<HazardOut, 'resumptions' | 'canApplyResumption'> {
  const h = r.h;
  return {
    ...presentHazardListItem(r),
    standardSituationCode: h.standardSituationCode, standardVersion: h.standardVersion, placeText: h.placeText,
    place: r.lon !== null && r.lat !== null ? { lon: Number(r.lon), lat: Number(r.lat) } : null, foundBy: h.foundBy,
    registration: registration(r, d.registrationLimitHours),
    stopProduction: h.stopProduction, workersWithdrawn: h.workersWithdrawn,
    plan: {
      goal: h.planGoal, measures: h.planMeasures, fundsMaterials: h.planFundsMaterials, responsiblePeople: h.planResponsiblePeople,
      deadline: h.planDeadline, interimMeasures: h.interimMeasures, submittedAt: iso(h.planSubmittedAt),
    },
    rejectionReason: h.rejectionReason, returnReason: h.returnReason, closedAt: iso(h.closedAt),
    allowedActions: d.allowedActions,
    timeline: d.timeline.map(({ e, actorName }) => ({
      seq: e.seq, action: e.action, fromStatus: e.fromStatus, toStatus: e.toStatus, actorUserId: e.actorUserId,
      actorName: actorName ?? null, note: e.note, payload: e.payload ?? null, at: e.at.toISOString(),
    })),
    extensions: d.extensions.map((x) => ({
      id: x.id, requestedDeadline: x.requestedDeadline, previousDeadline: x.previousDeadline, reason: x.reason, status: x.status,
      requestedAt: x.requestedAt.toISOString(), decidedAt: iso(x.decidedAt), decisionNote: x.decisionNote,
    })),
    listings: d.listings.map(({ l, agencyName }) => ({
      id: l.id, agencyId: l.agencyId, agencyName, year: l.year, number: l.number, docNo: l.docNo, deadline: l.deadline,
      requirements: l.requirements, responsibleUnit: l.responsibleUnit, status: l.status, listedAt: l.listedAt.toISOString(),
      delistedAt: iso(l.delistedAt), verificationNote: l.verificationNote,
    })),
    recurrenceOf: d.recurrenceOf, reopenedCount: h.reopenedCount, flags: d.flags,
    updatedAt: h.updatedAt.toISOString(),
  };
}
