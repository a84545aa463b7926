import type { VisitDetailOut, VisitOut } from '@contracts/inspection-visits';
import type { VisitJoined } from './inspection-visits.repository';
import type * as repo from './inspection-visits.repository';

type Rows<F extends (...a: never[]) => Promise<unknown[]>> = Awaited<ReturnType<F>>;

/** Whitelisted fields; the other agencies' names come from one look-up per page. */
export function presentVisit(r: VisitJoined, names: Map<string, string>): VisitOut {
  const v = r.v;
  return {
    id: v.id, mineId: v.mineId, mineName: r.mineName, enterpriseId: v.enterpriseId, enterpriseName: r.enterpriseName,
    regionCode: v.regionCode, regionName: r.regionName, visitDate: v.visitDate, leadAgencyId: v.leadAgencyId, leadAgencyName: r.leadAgencyName,
    agencies: v.agencyIds.map((id) => ({ id, name: names.get(id) ?? '' })), inspectors: v.inspectors, findings: v.findings,
    trainingEvaluation: v.trainingEvaluation, trainingRating: v.trainingRating, createdAt: v.createdAt.toISOString(), version: v.version,
  };
}

export function presentDetail(
  visit: VisitOut,
  tests: Rows<typeof repo.workerTestsOf>,
  verifications: Rows<typeof repo.verificationsOf>,
  hazards: Rows<typeof repo.hazardsOf>,
): VisitDetailOut {
  return {
    ...visit,
    workerTests: tests.map((t) => ({ id: t.id, personId: t.personId, personName: t.personName, subject: t.subject, score: Number(t.score), passed: t.passed })),
    verifications: verifications.map((x) => ({
      id: x.c.id, certificateId: x.c.certificateId, certificateNumber: x.number, typeName: x.typeName, personName: x.personName,
      method: x.c.method, result: x.c.result, note: x.c.note, verifierName: x.c.verifierName, verifiedOn: x.c.verifiedOn,
    })),
    hazards: hazards.map((h) => ({ id: h.id, grade: h.grade, status: h.status, description: h.description, deadline: h.deadline, foundAt: h.foundAt.toISOString() })),
  };
}
