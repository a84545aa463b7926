import type { z } from 'zod';
import type { VisitDetailOut, VisitInput, visitHazardInput, visitListQuery } from '@contracts/inspection-visits';
import type { HazardOut } from '@contracts/hazards';
import type { Actor } from '../../platform/access/actor';
import { assertCan } from '../../platform/access/actor';
import { writeTx, type Platform, type RequestCtx } from '../../platform/context';
import { AppError, fieldError, notFound } from '../../platform/errors';
import type { Executor } from '../../platform/db/client';
import { findMine } from '../mines/mines.repository';
import { findPerson } from '../people/people.repository';
import { checkNewHazard, getHazard, insertNewHazard } from '../hazards/hazards.service';
import * as repo from './inspection-visits.repository';
import { presentDetail, presentVisit } from './inspection-visits.presenter';

type ListQuery = z.output<typeof visitListQuery>;
type VisitHazardInput = z.output<typeof visitHazardInput>;

/** The regex in contracts accepts 2025-02-30; the database would not. */
function assertRealDate(field: string, label: string, d: string) {
  const t = new Date(`${d}T00:00:00Z`);
  if (Number.isNaN(t.getTime()) || t.toISOString().slice(0, 10) !== d) throw fieldError(field, `${label}不是有效日期`);
}
const todayInShanghai = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

async function namesOf(db: Executor, rows: repo.VisitJoined[]) {
  const ids = [...new Set(rows.flatMap((r) => r.v.agencyIds))];
  return new Map((await repo.agencyNames(db, ids)).map((a) => [a.id, a.name]));
}

export async function listVisits(p: Platform, actor: Actor, q: ListQuery) {
  assertCan(actor, 'mine.read');
  if (q.from) assertRealDate('from', '起始日期', q.from);
  if (q.to) assertRealDate('to', '截止日期', q.to);
  const db = p.database.db;
  const { limit, cursor, ...f } = q;
  const r = await repo.listVisits(db, { ...f, scope: actor.scope }, limit, cursor);
  const names = await namesOf(db, r.items);
  return { ...r, items: r.items.map((i) => presentVisit(i, names)) };
}

async function detailOf(db: Executor, row: repo.VisitJoined): Promise<VisitDetailOut> {
  const [names, tests, verifications, hazards] = await Promise.all([
    namesOf(db, [row]), repo.workerTestsOf(db, row.v.id), repo.verificationsOf(db, row.v.id), repo.hazardsOf(db, row.v.id),
  ]);
  return presentDetail(presentVisit(row, names), tests, verifications, hazards);
}

export async function getVisit(p: Platform, actor: Actor, id: string, db: Executor = p.database.db): Promise<VisitDetailOut> {
  const row = await repo.findVisit(db, actor.scope, id);
  if (!row) throw notFound('检查记录');
  assertCan(actor, 'mine.read');
  return detailOf(db, row);
}

/** Field checks of a visit (400): real dates, not in the future, agencies exist, people in scope, certificates of the mine's enterprise. */
async function checkVisit(db: Executor, actor: Actor, enterpriseId: string, input: VisitInput): Promise<string[]> {
  assertRealDate('visitDate', '检查日期', input.visitDate);
  if (input.visitDate > todayInShanghai()) throw fieldError('visitDate', '检查日期不能晚于今天');
  const others = [...new Set(input.otherAgencyIds)].filter((id) => id !== actor.orgId);
  const known = await repo.existingAgencies(db, others);
  const unknown = others.findIndex((id) => !known.has(id));
  if (unknown >= 0) throw fieldError(`otherAgencyIds.${input.otherAgencyIds.indexOf(others[unknown]!)}`, '联合检查部门不存在');
  for (const [i, t] of input.workerTests.entries()) {
    if (t.personId && !(await findPerson(db, actor.scope, t.personId))) throw fieldError(`workerTests.${i}.personId`, '人员不存在或不在管辖范围内');
  }
  const certIds = input.verifications.map((v) => v.certificateId);
  const own = await repo.certificatesOfEnterprise(db, actor.scope, enterpriseId, certIds);
  for (const [i, id] of certIds.entries()) {
    if (!own.has(id)) throw fieldError(`verifications.${i}.certificateId`, '证书不存在或不属于被检查矿山的企业');
    if (certIds.indexOf(id) !== i) throw fieldError(`verifications.${i}.certificateId`, '同一证书重复核验');
  }
  return others;
}

/**
 * 检查记录 with 逢查必验 (certificates verified, written to certificate_verifications with the visit), 逢查必评
 * (training evaluation) and 逢查必考 (workers tested): mine outside scope → 404, role (agency users with
 * inspection.record) → 403, fields → 400; one transaction, one audit event.
 */
export async function createVisit(p: Platform, ctx: RequestCtx, actor: Actor, input: VisitInput): Promise<VisitDetailOut> {
  const db = p.database.db;
  const mine = await findMine(db, actor.scope, input.mineId);
  if (!mine) throw notFound('矿山');
  assertCan(actor, 'inspection.record');
  if (actor.orgType !== 'agency') throw new AppError('FORBIDDEN');
  const others = await checkVisit(db, actor, mine.m.enterpriseId, input);
  const id = await writeTx(p, ctx, async (tx, audit) => {
    const visitId = await repo.insertVisit(tx, {
      mineId: mine.m.id, enterpriseId: mine.m.enterpriseId, regionCode: mine.m.regionCode, visitDate: input.visitDate,
      leadAgencyId: actor.orgId, agencyIds: others, inspectors: input.inspectors, findings: input.findings ?? null,
      trainingEvaluation: input.trainingEvaluation ?? null, trainingRating: input.trainingRating ?? null, createdBy: actor.userId,
    });
    await repo.insertWorkerTests(tx, input.workerTests.map((t) => ({
      visitId, personId: t.personId ?? null, personName: t.personName, subject: t.subject, score: String(t.score), passed: t.passed,
    })));
    await repo.insertVerifications(tx, input.verifications.map((v) => ({
      certificateId: v.certificateId, visitId, verifiedOn: input.visitDate, method: v.method, verifierName: actor.displayName,
      result: v.result, note: v.note ?? null, recordedBy: actor.userId,
    })));
    audit({ entityType: 'inspection_visit', entityId: visitId, action: 'create', after: await detailOf(tx, (await repo.findVisit(tx, { kind: 'city' }, visitId))!) });
    return visitId;
  });
  return getVisit(p, actor, id);
}

/**
 * 登记检查发现的隐患: the hazard form's checks and write (hazards.service checkNewHazard + insertNewHazard, as the
 * regulator: 整改中 with a deadline), then the link to the visit in the same transaction. Audit: the hazard's own
 * create event (its snapshot predates the link) and one inspection_visit link_hazard event.
 */
export async function createVisitHazard(p: Platform, ctx: RequestCtx, actor: Actor, visitId: string, input: VisitHazardInput): Promise<HazardOut> {
  const db = p.database.db;
  const visit = await repo.findVisit(db, actor.scope, visitId);
  if (!visit) throw notFound('检查记录');
  const mine = await findMine(db, actor.scope, visit.v.mineId);
  if (!mine) throw notFound('矿山');
  assertCan(actor, 'inspection.record');
  const hazard = { ...input, mineId: mine.m.id };
  const target = { id: mine.m.id, enterpriseId: mine.m.enterpriseId, regionCode: mine.m.regionCode, kinds: mine.m.kinds };
  await checkNewHazard(db, actor, target, hazard);
  const hazardId = await writeTx(p, ctx, async (tx, audit) => {
    const newId = await insertNewHazard(tx, audit, actor, target, hazard);
    await repo.linkHazard(tx, newId, visitId);
    audit({ entityType: 'inspection_visit', entityId: visitId, action: 'link_hazard', after: { hazardId: newId } });
    return newId;
  });
  return getHazard(p, actor, hazardId);
}
