import type { Actor } from '../../platform/access/actor';
import type { Platform } from '../../platform/context';
import { fieldError } from '../../platform/errors';
import { verifyOwnPassword } from '../auth/auth.service';
import * as repo from './self-inspections.repository';
import { isRealDate, monthOf } from './self-inspections.calendar';
import { organiserPositions } from './self-inspections.settings';

export interface Content {
  organiserPersonId: string; inspectionDate: string; participants: string; scope: string;
  result: 'hazards_found' | 'no_major_hazard'; hazardIds: string[]; password?: string;
}
interface MineRef { id: string; enterpriseId: string }

/** Field rules shared by submit and edit: the date lies in the month and not in the future; linked hazards are this mine's. */
export async function checkContent(p: Platform, mine: MineRef, month: string, c: Content, today: string) {
  if (!isRealDate(c.inspectionDate)) throw fieldError('inspectionDate', '自查日期不是有效日期');
  if (monthOf(c.inspectionDate) !== month) throw fieldError('inspectionDate', `自查日期应在自查月份${month}内`);
  if (c.inspectionDate > today) throw fieldError('inspectionDate', '自查日期不能晚于今天');
  if (c.result === 'no_major_hazard') {
    if (c.hazardIds.length) throw fieldError('hazardIds', '结论为未发现重大隐患时不能关联隐患');
    if (!c.password) throw fieldError('password', '“未发现重大隐患”的声明须由组织人本人输入登录密码签字');
  }
  const unique = [...new Set(c.hazardIds)];
  const found = new Set(await repo.hazardIdsOfMine(p.database.db, mine.id, unique));
  const unknown = unique.filter((id) => !found.has(id));
  if (unknown.length) throw fieldError('hazardIds', `以下隐患不存在或不属于该矿山：${unknown.join('、')}`);
  return unique;
}

/** The organiser held a counted post (setting self_inspection_organiser_positions) on the inspection date. */
export async function organiserRoleOk(p: Platform, mine: MineRef, c: Content): Promise<boolean> {
  const db = p.database.db;
  return repo.heldOrganiserPost(db, {
    personId: c.organiserPersonId, enterpriseId: mine.enterpriseId, mineId: mine.id, date: c.inspectionDate,
    posts: await organiserPositions(db),
  });
}

/**
 * 签字: the statement is signed by the organiser's own account — the signed-in user must be linked to the
 * organiser person (users.person_id) and re-enter their password. Checked last, after every other rule.
 */
export async function signature(p: Platform, actor: Actor, c: Content): Promise<{ signedByUserId: string; signedAt: Date } | null> {
  if (!c.password) return null;
  if (actor.kind !== 'user' || (await repo.personIdOfUser(p.database.db, actor.userId)) !== c.organiserPersonId) {
    throw fieldError('password', '签字须由组织人本人的账号完成：当前账号未关联该组织人');
  }
  if (!(await verifyOwnPassword(p, actor, c.password))) throw fieldError('password', '密码错误，签字未完成');
  return { signedByUserId: actor.userId, signedAt: new Date() };
}
