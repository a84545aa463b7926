import type { z } from 'zod';
import type { SelfInspectionInput, SelfInspectionOut, SelfInspectionUpdate, selfInspectionListQuery } from '@contracts/self-inspections';
import type { Actor } from '../../platform/access/actor';
import { assertCan } from '../../platform/access/actor';
import { writeTx, type Platform, type RequestCtx } from '../../platform/context';
import { AppError, fieldError, notFound, stateConflict } from '../../platform/errors';
import type { Executor } from '../../platform/db/client';
import { findMine } from '../mines/mines.repository';
import { findPerson } from '../people/people.repository';
import * as repo from './self-inspections.repository';
import { presentSelfInspection } from './self-inspections.presenter';
import { checkContent, organiserRoleOk, signature } from './self-inspections.rules';
import { dueDate, todayInShanghai } from './self-inspections.calendar';
import { graceDays } from './self-inspections.settings';

type ListQuery = z.output<typeof selfInspectionListQuery>;

export async function listSelfInspections(p: Platform, actor: Actor, q: ListQuery) {
  assertCan(actor, 'selfinspection.read');
  const db = p.database.db;
  const [r, grace] = await Promise.all([repo.listSelfInspections(db, { ...q, scope: actor.scope }, q.limit, q.cursor), graceDays(db)]);
  return { ...r, items: r.items.map((i) => presentSelfInspection(i, grace)) };
}

export async function getSelfInspection(p: Platform, actor: Actor, id: string, db: Executor = p.database.db): Promise<SelfInspectionOut> {
  const row = await repo.findSelfInspection(db, actor.scope, id);
  if (!row) throw notFound('自查记录');
  assertCan(actor, 'selfinspection.read');
  return presentSelfInspection(row, await graceDays(db));
}

/** Refusals in order: mine or organiser outside scope → 404, role → 403, month taken → 409, fields → 400. */
export async function submitSelfInspection(p: Platform, ctx: RequestCtx, actor: Actor, input: SelfInspectionInput, now = new Date()) {
  const db = p.database.db;
  const mine = await findMine(db, actor.scope, input.mineId);
  if (!mine) throw notFound('矿山');
  if (!(await findPerson(db, actor.scope, input.organiserPersonId))) throw notFound('组织人');
  assertCan(actor, 'selfinspection.submit');
  if (await repo.findByMineMonth(db, input.mineId, input.month)) throw duplicate(input.month);
  const today = todayInShanghai(now);
  if (input.month > today.slice(0, 7)) throw fieldError('month', '自查月份不能晚于本月');
  const hazardIds = await checkContent(p, { id: mine.m.id, enterpriseId: mine.m.enterpriseId }, input.month, input, today);
  const roleOk = await organiserRoleOk(p, mine.m, input);
  const signed = await signature(p, actor, input);
  // 逾期/补录 are facts of the moment of submission, fixed here and never recomputed.
  const late = today > dueDate(input.month, await graceDays(db));
  const id = await writeTx(p, ctx, async (tx, audit) => {
    const newId = await repo.insertSelfInspection(tx, {
      mineId: mine.m.id, enterpriseId: mine.m.enterpriseId, regionCode: mine.m.regionCode, month: input.month,
      organiserPersonId: input.organiserPersonId, organiserRoleOk: roleOk, inspectionDate: input.inspectionDate,
      participants: input.participants, scope: input.scope, result: input.result, hazardIds,
      signedByUserId: signed?.signedByUserId ?? null, signedAt: signed?.signedAt ?? null,
      submittedAt: now, late, backfilled: late,
    }).catch((e) => { throw repo.isUniqueViolation(e) ? duplicate(input.month) : e; });
    audit({ entityType: 'self_inspection', entityId: newId, action: 'create', after: await getSelfInspection(p, actor, newId, tx) });
    return newId;
  });
  return getSelfInspection(p, actor, id);
}

const duplicate = (month: string) => new AppError('CONFLICT', `该矿山${month}已有月度自查记录`, { month: `该矿山${month}已有月度自查记录` });

/**
 * Edits are allowed only before the statement is signed; a signed record is final (409) — a correction
 * would need a new signature, which this issue does not offer. Mine and month never change; late/backfilled stay as submitted.
 */
export async function updateSelfInspection(p: Platform, ctx: RequestCtx, actor: Actor, id: string, input: SelfInspectionUpdate, now = new Date()) {
  const db = p.database.db;
  const current = await repo.findSelfInspection(db, actor.scope, id);
  if (!current) throw notFound('自查记录');
  if (!(await findPerson(db, actor.scope, input.organiserPersonId))) throw notFound('组织人');
  assertCan(actor, 'selfinspection.submit');
  if (current.s.signedAt) throw stateConflict('该自查记录已签字，不能修改');
  const mine = { id: current.s.mineId, enterpriseId: current.s.enterpriseId };
  const hazardIds = await checkContent(p, mine, current.s.month, input, todayInShanghai(now));
  const roleOk = await organiserRoleOk(p, mine, input);
  const signed = await signature(p, actor, input);
  await writeTx(p, ctx, async (tx, audit) => {
    const before = presentSelfInspection(current, await graceDays(tx));
    const ok = await repo.updateUnsigned(tx, id, input.version, {
      organiserPersonId: input.organiserPersonId, organiserRoleOk: roleOk, inspectionDate: input.inspectionDate,
      participants: input.participants, scope: input.scope, result: input.result, hazardIds,
      ...(signed ? { signedByUserId: signed.signedByUserId, signedAt: signed.signedAt } : {}),
    });
    if (!ok) {
      const latest = await repo.findSelfInspection(tx, actor.scope, id);
      if (latest?.s.signedAt) throw stateConflict('该自查记录已签字，不能修改');
      throw new AppError('STALE', undefined, undefined, latest ? presentSelfInspection(latest, await graceDays(tx)) : undefined);
    }
    audit({ entityType: 'self_inspection', entityId: id, action: 'update', before, after: await getSelfInspection(p, actor, id, tx) });
  });
  return getSelfInspection(p, actor, id);
}
