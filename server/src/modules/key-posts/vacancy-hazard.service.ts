import { postLabel, type VacancyHazardInput } from '@contracts/key-posts';
import type { HazardInput } from '@contracts/hazards';
import type { Actor } from '../../platform/access/actor';
import { writeTx, type Platform, type RequestCtx } from '../../platform/context';
import { fieldError, forbidden, notFound, stateConflict } from '../../platform/errors';
import { checkNewHazard, insertNewHazard } from '../hazards/hazards.service';
import * as repo from './key-posts.repository';
import { getMineKeyPosts, mayRaiseHazard } from './vacancies.service';

/**
 * 岗位空缺 → 重大事故隐患: a district regulator registers the vacancy of an underground mine (UG-32) or a tailings
 * pond (TP-19) as a regulator-found major hazard, through the hazards module's one write path (checkNewHazard +
 * insertNewHazard in one transaction: the row, its timeline and one audit event). An open-pit vacancy stays a flag.
 */
export async function createVacancyHazard(p: Platform, ctx: RequestCtx, actor: Actor, mineId: string, input: VacancyHazardInput) {
  const db = p.database.db;
  const [mine] = await repo.minesFor(db, { scope: actor.scope, mineId }, 1);
  if (!mine) throw notFound('矿山');
  if (!mayRaiseHazard(actor)) throw forbidden('岗位空缺由区县监管部门登记为重大事故隐患');

  const view = await getMineKeyPosts(p, actor, mineId);
  const posts = view.posts.filter((x) => x.position === input.position && (!input.productionSystem || x.productionSystem === input.productionSystem));
  if (!posts.length) throw fieldError('position', `该矿山无须配备${postLabel(input.position, input.productionSystem ?? null)}`);
  const itemCode = posts.find((x) => x.hazardItemCode)?.hazardItemCode;
  if (!itemCode) throw stateConflict('露天矿山的关键岗位空缺只作提示，不按重大事故隐患登记');
  const vacant = posts.filter((x) => !x.filled);
  if (!vacant.length) throw stateConflict(`${postLabel(input.position, input.productionSystem ?? null)}已配备合格的专职人员`);
  if (await repo.openHazardUnder(db, mine.id, itemCode)) throw stateConflict(`该矿山已有未销号的${itemCode}重大事故隐患`);

  const label = postLabel(input.position, input.productionSystem ?? null);
  const reasons = vacant.map((x) => (x.holder ? `${x.holder.personName}：${[...x.holder.problems, ...x.issues].join('；') || '不符合要求'}` : '无人任职'));
  const hazard: HazardInput = {
    mineId: mine.id, grade: 'major', source: 'regulator_inspection', standardItemCode: itemCode, standardSituationCode: null, placeText: null,
    description: input.description ?? `关键岗位空缺：${label}未按规定配备合格的专职人员（${view.date}，${[...new Set(reasons)].join('；')}）`.slice(0, 2000),
    foundAt: new Date().toISOString(), foundBy: actor.displayName.slice(0, 100) || actor.username, deadline: input.deadline,
  };
  await checkNewHazard(db, actor, mine, hazard);
  const hazardId = await writeTx(p, ctx, async (tx, audit) => {
    // a concurrent request may have registered it since the check above
    if (await repo.openHazardUnder(tx, mine.id, itemCode)) throw stateConflict(`该矿山已有未销号的${itemCode}重大事故隐患`);
    return insertNewHazard(tx, audit, actor, mine, hazard);
  });
  return { hazardId, standardItemCode: itemCode };
}
