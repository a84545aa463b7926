import type { z } from 'zod';
import type { ClassroomInput, ClassroomOut, ClassroomRateOut, classroomListQuery } from '@contracts/training';
import type { Actor } from '../../platform/access/actor';
import { assertCan } from '../../platform/access/actor';
import { writeTx, type Platform, type RequestCtx } from '../../platform/context';
import { AppError, fieldError, notFound, stateConflict } from '../../platform/errors';
import { findMine, mineScope } from '../mines/mines.repository';
import * as repo from './classroom.repository';
import { classroomRateByDistrict } from './progress.repository';
import { presentClassroom, presentRate } from './training.presenter';
import { assertRealDate } from './training.service';

type ListQuery = z.output<typeof classroomListQuery>;

/** Every mine in scope with its classroom connection; enterprises read their own mines. */
export async function listClassrooms(p: Platform, actor: Actor, q: ListQuery) {
  assertCan(actor, 'mine.read');
  const { limit, cursor, ...f } = q;
  const r = await repo.listClassrooms(p.database.db, { ...f, scope: actor.scope }, limit, cursor);
  return { ...r, items: r.items.map(presentClassroom) };
}

/**
 * 培训教室视频联网 of one mine, recorded by a regulator after checking it: created on first record; later
 * records replace it at the expected version (stale → 409 with the current record).
 */
export async function putClassroom(p: Platform, ctx: RequestCtx, actor: Actor, mineId: string, input: ClassroomInput): Promise<ClassroomOut> {
  const db = p.database.db;
  const mine = await findMine(db, actor.scope, mineId);
  if (!mine) throw notFound('矿山');
  assertCan(actor, 'classroom.record');
  const current = (await repo.findClassroom(db, mineId))!;
  if (current.c && input.version === undefined) throw stateConflict('该矿山已有联网记录，请在最新记录基础上修改');
  assertRealDate('checkedOn', '核查日期', input.checkedOn);
  if (input.since) assertRealDate('since', '联网日期', input.since);
  if (input.connected && !input.since) throw fieldError('since', '请填写联网日期');
  if (input.since && input.since > input.checkedOn) throw fieldError('since', '联网日期不能晚于核查日期');
  const values = {
    connected: input.connected, since: input.connected ? input.since! : null, checkedBy: input.checkedBy, checkedOn: input.checkedOn,
    note: input.note ?? null,
  };
  await writeTx(p, ctx, async (tx, audit) => {
    if (!current.c) {
      await repo.insertClassroom(tx, { mineId, enterpriseId: mine.m.enterpriseId, regionCode: mine.m.regionCode, ...values });
    } else if (!(await repo.updateClassroom(tx, mineId, input.version!, values))) {
      throw new AppError('STALE', undefined, undefined, presentClassroom((await repo.findClassroom(tx, mineId))!));
    }
    const after = presentClassroom((await repo.findClassroom(tx, mineId))!);
    audit({ entityType: 'classroom_connection', entityId: mineId, action: current.c ? 'update' : 'create',
      before: current.c ? presentClassroom(current) : undefined, after });
  });
  return presentClassroom((await repo.findClassroom(db, mineId))!);
}

/** Connection rate over producing and building mines, per district in scope; the city row for city callers. */
export async function classroomRate(p: Platform, actor: Actor): Promise<ClassroomRateOut> {
  assertCan(actor, 'mine.read');
  const rows = await classroomRateByDistrict(p.database.db, mineScope(actor.scope));
  return presentRate(rows, actor.scope.kind === 'city');
}
