import type { z } from 'zod';
import type { HazardInput, HazardOut, hazardListQuery } from '@contracts/hazards';
import type { Actor } from '../../platform/access/actor';
import { assertCan } from '../../platform/access/actor';
import { writeTx, type Audit, type Platform, type RequestCtx } from '../../platform/context';
import { fieldError, notFound } from '../../platform/errors';
import type { Executor, Tx } from '../../platform/db/client';
import { getMine } from '../mines/mines.service';
import * as repo from './hazards.repository';
import { listingsOf } from './listings.repository';
import { flagsOfHazard, recurrenceSummary } from './flags.repository';
import { raiseRecurrenceFlags } from './flags.service';
import { checkRepeatedMajor } from './closure.service';
import { requestDeadlineScan } from '../deadlines/deadlines.jobs';
import { presentHazard, presentHazardListItem } from './hazards.presenter';
import { resumptionsOfHazard } from './resumptions.presenter';
import { allowedActions } from './hazards.policy';
import { assertApplicable, itemsFor, STANDARD_NOTE, STANDARD_VERSION } from './hazards.standard';

type ListQuery = z.output<typeof hazardListQuery>;
/** 登记时限 in hours: the rule's source is unconfirmed, so it is a setting (default 24). */
export const REGISTRATION_LIMIT_KEY = 'hazard.registration_limit_hours';
const CLOCK_SKEW_MS = 5 * 60_000;

export async function findInScope(db: Executor, actor: Actor, id: string) {
  const row = await repo.findHazard(db, actor.scope, id);
  if (!row) throw notFound('隐患');
  return row;
}

export async function listHazards(p: Platform, actor: Actor, q: ListQuery) {
  assertCan(actor, 'hazard.read');
  const { sort, limit, cursor, ...filter } = q;
  const r = await repo.listHazards(p.database.db, { ...filter, scope: actor.scope }, repo.SORTS[sort]!, limit, cursor);
  return { ...r, items: r.items.map(presentHazardListItem) };
}

/** The full record with timeline, extensions, listings and the caller's allowed actions. */
export async function detail(db: Executor, actor: Actor, row: repo.HazardJoined): Promise<HazardOut> {
  const [timeline, extensions, listings, limit, flags, recurrenceOf] = await Promise.all([
    repo.timeline(db, row.h.id), repo.extensionsOf(db, row.h.id), listingsOf(db, row.h.id),
    repo.readSetting(db, REGISTRATION_LIMIT_KEY, 24), flagsOfHazard(db, row.h.id), recurrenceSummary(db, row.h.recurrenceOfId),
  ]);
  return {
    ...presentHazard(row, {
      timeline, extensions, listings, flags, recurrenceOf, registrationLimitHours: Number(limit), allowedActions: allowedActions(actor, row.h),
    }),
    ...(await resumptionsOfHazard(db, actor, row)), // 复产申请
  };
}

export async function getHazard(p: Platform, actor: Actor, id: string, db: Executor = p.database.db): Promise<HazardOut> {
  const row = await findInScope(db, actor, id);
  assertCan(actor, 'hazard.read');
  return detail(db, actor, row);
}

/** A deadline may not lie before today in Asia/Shanghai. */
export async function assertDeadline(db: Executor, field: string, deadline: string) {
  if (deadline < (await repo.shanghaiToday(db))) throw fieldError(field, '期限不能早于今天');
}

type MineForHazard = { id: string; enterpriseId: string; regionCode: string; kinds: string[] };

/**
 * Every check of a new hazard that needs no transaction: permission, standard item for the mine's kinds,
 * found time, source, deadline. Shared by the form (createHazard) and the batch import.
 */
export async function checkNewHazard(db: Executor, actor: Actor, mine: MineForHazard, input: HazardInput, field = (f: string) => f) {
  const byRegulator = actor.orgType === 'agency';
  assertCan(actor, byRegulator ? 'hazard.create_found' : 'hazard.report');
  if (input.grade === 'major') assertApplicable(mine.kinds, input.standardItemCode, input.standardSituationCode);
  if (new Date(input.foundAt).getTime() > Date.now() + CLOCK_SKEW_MS) throw fieldError(field('foundAt'), '发现时间不能晚于现在');
  if (!byRegulator && input.source === 'regulator_inspection') throw fieldError(field('source'), '监管检查发现的隐患由监管部门登记');
  if (byRegulator && !input.deadline) throw fieldError(field('deadline'), '请填写整改期限');
  if (input.deadline) await assertDeadline(db, field('deadline'), input.deadline);
  if (input.recurrenceOfId) {
    const prev = await repo.findHazard(db, actor.scope, input.recurrenceOfId);
    if (!prev || prev.h.mineId !== mine.id || prev.h.status !== 'closed') throw fieldError(field('recurrenceOfId'), '复发自须为同一矿山已销号的隐患');
  }
}

/**
 * Writes one checked hazard inside the caller's transaction: the row, its first timeline event and one
 * audit event. Enterprise users report (status reported); regulators register what they found
 * (in rectification, with a deadline).
 */
export async function insertNewHazard(tx: Tx, audit: Audit, actor: Actor, mine: MineForHazard, input: HazardInput): Promise<string> {
  const byRegulator = actor.orgType === 'agency';
  const status = byRegulator ? 'in_rectification' : 'reported';
  const major = input.grade === 'major';
  const newId = await repo.insertHazard(tx, {
    mineId: mine.id, enterpriseId: mine.enterpriseId, regionCode: mine.regionCode,
    source: byRegulator ? 'regulator_inspection' : (input.source ?? 'enterprise_self_inspection'), grade: input.grade,
    standardItemCode: major ? input.standardItemCode : null, standardSituationCode: major ? (input.standardSituationCode ?? null) : null,
    standardVersion: major ? STANDARD_VERSION : null, description: input.description, placeText: input.placeText ?? null,
    lon: input.place?.lon, lat: input.place?.lat, foundAt: new Date(input.foundAt), foundBy: input.foundBy,
    registeredBy: actor.userId, status, deadline: byRegulator ? input.deadline! : null,
    stopProduction: input.stopProduction ?? false, workersWithdrawn: input.workersWithdrawn ?? false,
    recurrenceOfId: input.recurrenceOfId ?? null,
  });
  await repo.insertEvent(tx, { hazardId: newId, action: 'create', fromStatus: null, toStatus: status, actorUserId: actor.userId, note: null });
  audit({ entityType: 'hazard', entityId: newId, action: 'create', after: presentHazardListItem((await repo.findHazard(tx, { kind: 'city' }, newId))!) });
  // A regulator's major finding is confirmed at once: recurrence flags and the closure threshold are checked now
  // (an enterprise's report is checked when the district confirms it); an explicit 复发自 link is flagged at once.
  if ((byRegulator && major) || input.recurrenceOfId) await raiseRecurrenceFlags(tx, audit, newId, actor.userId);
  if (byRegulator && major) await checkRepeatedMajor(tx, audit, mine.id, new Date(input.foundAt));
  return newId;
}

export async function createHazard(p: Platform, ctx: RequestCtx, actor: Actor, input: HazardInput): Promise<HazardOut> {
  const mine = await getMine(p, actor, input.mineId);
  await checkNewHazard(p.database.db, actor, mine, input);
  const id = await writeTx(p, ctx, (tx, audit) => insertNewHazard(tx, audit, actor, mine, input));
  requestDeadlineScan(p); // no-op without a scheduler
  return getHazard(p, actor, id);
}

/** 判定标准查询: items of the mine's kinds, searchable by code or words; labelled as a summary. */
export async function standardFor(p: Platform, actor: Actor, mineId: string, q?: string) {
  const mine = await getMine(p, actor, mineId);
  assertCan(actor, 'hazard.read');
  return { version: STANDARD_VERSION, note: STANDARD_NOTE, items: itemsFor(mine.kinds, q) };
}
