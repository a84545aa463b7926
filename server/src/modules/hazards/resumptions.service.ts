import type { z } from 'zod';
import type { ResumptionDecision, ResumptionOut, resumptionInput, resumptionListQuery } from '@contracts/resumptions';
import type { Actor } from '../../platform/access/actor';
import { assertCan } from '../../platform/access/actor';
import { writeTx, type Platform, type RequestCtx } from '../../platform/context';
import type { Executor } from '../../platform/db/client';
import { fieldError, forbidden, notFound, stateConflict } from '../../platform/errors';
import { addCalendarDays, addWorkingDays, type WorkCalendar } from '../../platform/calendar/working-days';
import { isUniqueViolation, shanghaiToday } from './hazards.repository';
import * as repo from './resumptions.repository';
import { assertMayDecide, hazardAllowsResumption, mayApply } from './resumptions.policy';
import { loadCalendar, presentResumption } from './resumptions.presenter';
import { resumptionClock } from './resumptions.settings';
import { findInScope } from './hazards.service';

type ListQuery = z.output<typeof resumptionListQuery>;

/** The due date on the stored basis, or null when the working calendar lacks a year the count needs. */
export function dueDateOf(appliedOn: string, days: number, basis: string, cal: WorkCalendar): string | null {
  if (basis === 'calendar') return addCalendarDays(appliedOn, days);
  const res = addWorkingDays(appliedOn, days, cal);
  return res.ok ? res.date : null;
}

async function getResumption(db: Executor, actor: Actor, id: string): Promise<ResumptionOut> {
  const row = await repo.findResumption(db, actor.scope, id);
  if (!row) throw notFound('复产申请');
  return presentResumption(row, actor, await loadCalendar(db));
}

/** 复产申请: 404 scope → 403 enterprise with hazard.rectify → 409 state (stop order, accepted, none pending). */
export async function applyForResumption(p: Platform, ctx: RequestCtx, actor: Actor, hazardId: string,
  input: z.infer<typeof resumptionInput>): Promise<ResumptionOut> {
  const db = p.database.db;
  const cur = await findInScope(db, actor, hazardId);
  if (!mayApply(actor)) throw forbidden();
  if (!hazardAllowsResumption(cur.h)) throw stateConflict('只有责令停产、整改已验收通过的重大隐患可以申请复产');
  if (await repo.findPending(db, hazardId)) throw stateConflict('已有待核查的复产申请');
  if (await repo.hasApproved(db, hazardId)) throw stateConflict('复产已核查通过，无需再次申请');
  const [clock, appliedOn, cal] = await Promise.all([resumptionClock(db), shanghaiToday(db), loadCalendar(db)]);
  const id = await writeTx(p, ctx, async (tx, audit) => {
    const newId = await repo.insertResumption(tx, {
      hazardId, mineId: cur.h.mineId, enterpriseId: cur.h.enterpriseId, regionCode: cur.h.regionCode, note: input.note,
      appliedBy: actor.userId, appliedOn, dayBasis: clock.basis, days: clock.days, dueDate: dueDateOf(appliedOn, clock.days, clock.basis, cal),
    }).catch((err: unknown) => {
      if (isUniqueViolation(err)) throw stateConflict('已有待核查的复产申请');
      throw err;
    });
    audit({ entityType: 'hazard', entityId: hazardId, action: 'resumption_apply', after: await snapshot(tx, newId) });
    return newId;
  });
  return getResumption(db, actor, id);
}

/** 复产核查: 404 scope → 403 listing agency or district → 409 decided → 400 verification date / reason. */
export async function decideResumption(p: Platform, ctx: RequestCtx, actor: Actor, id: string, input: ResumptionDecision): Promise<ResumptionOut> {
  const db = p.database.db;
  const cur = await repo.findResumption(db, actor.scope, id);
  if (!cur) throw notFound('复产申请');
  assertMayDecide(actor, cur.listingAgencyId ?? null);
  if (cur.r.status !== 'pending') throw stateConflict('该复产申请已处理');
  const note = input.note?.trim() ? input.note : null;
  if (input.approve) {
    if (!input.verifiedOn) throw fieldError('verifiedOn', '请填写现场核查日期');
    if (input.verifiedOn < cur.r.appliedOn) throw fieldError('verifiedOn', '现场核查日期不能早于申请日期');
    if (input.verifiedOn > (await shanghaiToday(db))) throw fieldError('verifiedOn', '现场核查日期不能晚于今天');
  } else if (!note) {
    throw fieldError('note', '请填写不予复产的理由');
  }
  const action = input.approve ? 'resumption_approve' : 'resumption_reject';
  await writeTx(p, ctx, async (tx, audit) => {
    const before = await snapshot(tx, id);
    if (!(await repo.decideResumption(tx, id, { status: input.approve ? 'approved' : 'rejected', verifiedOn: input.approve ? input.verifiedOn! : null,
      decidedBy: actor.userId, decidedAt: new Date(), decisionNote: note }))) throw stateConflict('该复产申请已处理');
    audit({ entityType: 'hazard', entityId: cur.r.hazardId, action, before, after: await snapshot(tx, id) });
  });
  return getResumption(db, actor, id);
}

export async function listResumptions(p: Platform, actor: Actor, q: ListQuery) {
  assertCan(actor, 'hazard.read');
  const { limit, cursor, q: _q, ...filter } = q;
  const db = p.database.db;
  const [r, cal] = await Promise.all([repo.listResumptions(db, { ...filter, scope: actor.scope }, limit, cursor), loadCalendar(db)]);
  return { ...r, items: r.items.map((x) => presentResumption(x, actor, cal)) };
}

/**
 * After the working calendar changed: pending working-day applications get their due dates recomputed
 * (null where a year is still missing). Runs in the calendar edit's transaction; derived values, no audit of their own.
 */
export async function recomputeWorkingDueDates(tx: Executor, cal: WorkCalendar): Promise<number> {
  let changed = 0;
  for (const x of await repo.pendingOnWorkingDays(tx)) {
    const due = dueDateOf(x.appliedOn, x.days, 'working', cal);
    if (due !== x.dueDate) { await repo.setDueDate(tx, x.id, due); changed++; }
  }
  return changed;
}

/** What the audit log keeps of an application (no joined names). */
async function snapshot(db: Executor, id: string) {
  const row = (await repo.findResumption(db, { kind: 'city' }, id))!.r;
  return {
    id: row.id, hazardId: row.hazardId, status: row.status, note: row.note, appliedOn: row.appliedOn, dayBasis: row.dayBasis, days: row.days,
    dueDate: row.dueDate, verifiedOn: row.verifiedOn, decisionNote: row.decisionNote, version: row.version,
  };
}
