import type { z } from 'zod';
import { ONSITE_ROLES, type DeclareDaysInput, type OnsiteDayOut, type spotCheckInput } from '@contracts/onsite';
import type { Actor } from '../../platform/access/actor';
import { assertCan } from '../../platform/access/actor';
import { writeTx, type Platform, type RequestCtx } from '../../platform/context';
import { AppError, fieldError, notFound, stateConflict } from '../../platform/errors';
import { isIsoDate } from '../../platform/calendar/working-days';
import { findMine } from '../mines/mines.repository';
import { findPerson } from '../people/people.repository';
import { findAttachment } from '../attachments/attachments.repository';
import * as repo from './onsite.repository';
import { heldOn } from './onsite.compliance';
import { presentSpotCheck, presentStoredDay } from './onsite.presenter';

/** Today's date in Asia/Shanghai (UTC+8, no daylight saving). */
export const todayInShanghai = (now = new Date()) => new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

async function mineInScope(p: Platform, actor: Actor, mineId: string) {
  const mine = await findMine(p.database.db, actor.scope, mineId);
  if (!mine) throw notFound('矿山');
  return mine.m;
}

/**
 * 填报在岗: several days of one leader at one mine, all or nothing, one audit event per day (so a later delete of
 * one day is traced to its own creation). Refusals: mine or person outside scope → 404, role → 403, a person who
 * did not hold the post for this mine on a day → 400 on personId, a day already declared → 409.
 */
export async function declareDays(p: Platform, ctx: RequestCtx, actor: Actor, mineId: string, input: DeclareDaysInput, now = new Date()): Promise<OnsiteDayOut[]> {
  const db = p.database.db;
  const mine = await mineInScope(p, actor, mineId);
  if (!(await findPerson(db, actor.scope, input.personId))) throw notFound('人员');
  assertCan(actor, 'onsite.declare');
  const today = todayInShanghai(now);
  const days = input.days.map((d) => d.day);
  input.days.forEach((d, i) => {
    if (!isIsoDate(d.day)) throw fieldError(`days.${i}.day`, `日期无效：${d.day}`);
    if (d.day > today) throw fieldError(`days.${i}.day`, `不能填报今天以后的日期：${d.day}`);
    if (d.arrival && d.departure && d.departure <= d.arrival) throw fieldError(`days.${i}.departure`, `${d.day} 的离岗时间应晚于到岗时间`);
    if (days.indexOf(d.day) !== i) throw fieldError(`days.${i}.day`, `日期重复：${d.day}`);
  });
  const spans = (await repo.leaderPositions(db, [mine], days.reduce((a, b) => (a < b ? a : b)), days.reduce((a, b) => (a > b ? a : b))))
    .filter((s) => s.personId === input.personId && s.position === input.role && (s.mineId === mine.id || s.mineId === null));
  const notHeld = days.find((d) => !heldOn(spans, d));
  if (notHeld) throw fieldError('personId', `该人员${notHeld}未担任本矿山（或所属企业）的${ONSITE_ROLES[input.role]}`);
  for (const [i, d] of input.days.entries()) {
    if (!d.photoAttachmentId) continue;
    const photo = await findAttachment(db, actor.scope, d.photoAttachmentId);
    if (!photo || photo.enterpriseId !== mine.enterpriseId || !['jpeg', 'png', 'heic', 'webp'].includes(photo.kind)) {
      throw fieldError(`days.${i}.photoAttachmentId`, '照片不存在、不是图片或不属于本企业');
    }
  }
  const taken = await repo.existingDays(db, mine.id, input.personId, 'declared', days);
  if (taken.length) throw duplicate(taken);
  return writeTx(p, ctx, async (tx, audit) => {
    const rows = await repo.insertDays(tx, input.days.map((d) => ({
      mineId: mine.id, enterpriseId: mine.enterpriseId, regionCode: mine.regionCode, personId: input.personId, role: input.role,
      day: d.day, arrival: d.arrival ?? null, departure: d.departure ?? null, location: d.location, photoAttachmentId: d.photoAttachmentId ?? null,
      source: 'declared', createdBy: actor.userId,
    }))).catch((e) => { throw repo.isUniqueViolation(e) ? duplicate(days) : e; });
    const out = rows.map(presentStoredDay);
    for (const d of out) audit({ entityType: 'onsite_day', entityId: d.id, action: 'create', after: { ...d, mineId: mine.id } });
    return out;
  });
}

const duplicate = (days: string[]) => new AppError('CONFLICT', `以下日期已填报：${days.join('、')}`, { days: `以下日期已填报：${days.join('、')}` });

/** 删除填报: only declared days (imported positioning rows are the system's record), audited with the row. */
export async function deleteDay(p: Platform, ctx: RequestCtx, actor: Actor, id: string): Promise<void> {
  const row = await repo.findDay(p.database.db, actor.scope, id);
  if (!row) throw notFound('在岗记录');
  assertCan(actor, 'onsite.declare');
  if (row.source !== 'declared') throw stateConflict('人员定位导入的记录不能删除');
  await writeTx(p, ctx, async (tx, audit) => {
    if (!(await repo.deleteDay(tx, id))) throw notFound('在岗记录');
    audit({ entityType: 'onsite_day', entityId: id, action: 'delete', before: { ...presentStoredDay(row), mineId: row.mineId } });
  });
}

type SpotCheckInput = z.output<typeof spotCheckInput>;

/** 抽查: a regulator's check of a mine's month (consistent or not), audited. */
export async function recordSpotCheck(p: Platform, ctx: RequestCtx, actor: Actor, mineId: string, input: SpotCheckInput, now = new Date()) {
  const mine = await mineInScope(p, actor, mineId);
  assertCan(actor, 'onsite.spotcheck');
  const today = todayInShanghai(now);
  if (input.month > today.slice(0, 7)) throw fieldError('month', '抽查月份不能晚于本月');
  if (!isIsoDate(input.checkedOn)) throw fieldError('checkedOn', '抽查日期无效');
  if (input.checkedOn > today) throw fieldError('checkedOn', '抽查日期不能晚于今天');
  return writeTx(p, ctx, async (tx, audit) => {
    const row = await repo.insertSpotCheck(tx, {
      mineId: mine.id, enterpriseId: mine.enterpriseId, regionCode: mine.regionCode, month: input.month, checkedOn: input.checkedOn,
      checkerName: input.checkerName, result: input.result, note: input.note ?? null, createdBy: actor.userId,
    });
    const out = presentSpotCheck(row);
    audit({ entityType: 'onsite_spot_check', entityId: row.id, action: 'create', after: out });
    return out;
  });
}
