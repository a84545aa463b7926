import type { z } from 'zod';
import type { PositionOut, positionInput, positionListQuery } from '@contracts/people';
import type { Actor } from '../../platform/access/actor';
import { assertCan } from '../../platform/access/actor';
import { writeTx, type Platform, type RequestCtx } from '../../platform/context';
import { fieldError, notFound, stateConflict } from '../../platform/errors';
import { findEnterprise } from '../enterprises/enterprises.repository';
import { findMine } from '../mines/mines.repository';
import * as repo from './positions.repository';
import { findPerson } from './people.repository';
import { presentPosition } from './people.presenter';

type PositionInput = z.output<typeof positionInput>;
type ListQuery = z.output<typeof positionListQuery>;

/** The regex in contracts accepts 2025-02-30; the database would not. */
function assertRealDate(field: string, label: string, d: string) {
  const t = new Date(`${d}T00:00:00Z`);
  if (Number.isNaN(t.getTime()) || t.toISOString().slice(0, 10) !== d) throw fieldError(field, `${label}不是有效日期`);
}

export async function listPositions(p: Platform, actor: Actor, q: ListQuery): Promise<PositionOut[]> {
  assertCan(actor, 'person.read');
  if (q.onDate) assertRealDate('onDate', '日期', q.onDate);
  return (await repo.listPositions(p.database.db, { ...q, scope: actor.scope })).map(presentPosition);
}

/** 任职: person, enterprise and mine must all be inside the caller's scope (404); the mine must be the enterprise's. */
export async function createPosition(p: Platform, ctx: RequestCtx, actor: Actor, input: PositionInput): Promise<PositionOut> {
  const db = p.database.db;
  if (!(await findPerson(db, actor.scope, input.personId))) throw notFound('人员');
  if (!(await findEnterprise(db, actor.scope, input.enterpriseId))) throw notFound('企业');
  const mine = input.mineId ? await findMine(db, actor.scope, input.mineId) : undefined;
  if (input.mineId && !mine) throw notFound('矿山');
  assertCan(actor, 'person.manage');
  if (mine && mine.m.enterpriseId !== input.enterpriseId) throw fieldError('mineId', '该矿山不属于所选企业');
  if (input.productionSystem && !mine) throw fieldError('productionSystem', '企业层面的任职不区分生产系统');
  if (input.productionSystem && mine?.m.independentSystems && input.productionSystem > mine.m.independentSystems) {
    throw fieldError('productionSystem', `该矿山登记的独立生产系统为${mine.m.independentSystems}个`);
  }
  assertRealDate('startDate', '任职开始日期', input.startDate);
  if (input.endDate) {
    assertRealDate('endDate', '任职结束日期', input.endDate);
    if (input.endDate < input.startDate) throw fieldError('endDate', '任职结束日期不能早于开始日期');
  }
  const id = await writeTx(p, ctx, async (tx, audit) => {
    const newId = await repo.insertPosition(tx, {
      personId: input.personId, enterpriseId: input.enterpriseId, mineId: input.mineId ?? null, position: input.position,
      startDate: input.startDate, endDate: input.endDate ?? null,
      fullTime: input.fullTime, productionSystem: input.productionSystem ?? null,
    });
    audit({ entityType: 'position', entityId: newId, action: 'create', after: presentPosition((await repo.findPosition(tx, { kind: 'city' }, newId))!) });
    return newId;
  });
  return presentPosition((await repo.findPosition(db, { kind: 'city' }, id))!);
}

/** 离任: an open position gets its end date (not before the start); an ended one cannot end again (409). */
export async function endPosition(p: Platform, ctx: RequestCtx, actor: Actor, id: string, endDate: string): Promise<PositionOut> {
  const current = await repo.findPosition(p.database.db, actor.scope, id);
  if (!current) throw notFound('任职记录');
  assertCan(actor, 'person.manage');
  if (current.s.endDate) throw stateConflict(`该任职已于${current.s.endDate}结束`);
  assertRealDate('endDate', '任职结束日期', endDate);
  if (endDate < current.s.startDate) throw fieldError('endDate', `任职结束日期不能早于开始日期${current.s.startDate}`);
  return writeTx(p, ctx, async (tx, audit) => {
    if (!(await repo.endPosition(tx, id, endDate))) throw stateConflict('该任职已结束');
    const after = presentPosition((await repo.findPosition(tx, { kind: 'city' }, id))!);
    audit({ entityType: 'position', entityId: id, action: 'end', before: presentPosition(current), after });
    return after;
  });
}
