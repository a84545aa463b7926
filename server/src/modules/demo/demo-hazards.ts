import { eq } from 'drizzle-orm';
import type { HazardAction } from '@contracts/hazards';
import type { Platform, RequestCtx } from '../../platform/context';
import { loadActor } from '../../platform/auth/actor-loader';
import type { Actor } from '../../platform/access/actor';
import { users } from '../../platform/db/schema';
import { listMines } from '../mines/mines.service';
import { createHazard } from '../hazards/hazards.service';
import { actOnHazard } from '../hazards/hazards.actions';
import { itemsFor } from '../hazards/hazards.standard';

/**
 * A few hazards in different states, made through the same services the API uses (so their timelines and
 * audit events are real): one awaiting the district's confirmation, one in rectification with a plan, one
 * found by a regulator, and one general hazard the enterprise closed itself.
 */
export async function seedDemoHazards(p: Platform): Promise<number> {
  const as = async (username: string): Promise<Actor> => {
    const [u] = await p.database.db.select().from(users).where(eq(users.username, username));
    return (await loadActor(p.database.db, u!))!;
  };
  const ctx = (actor: Actor): RequestCtx => ({ requestId: 'seed-demo', ip: '127.0.0.1', actor });
  const [qiye, qiye2, chengkou, pengshui] = await Promise.all(['qiye', 'qiye2', 'chengkou', 'pengshui'].map(as));
  const firstMine = async (a: Actor) => (await listMines(p, a, { sort: 'name', limit: 20 })).items.find((m) => !m.kinds.includes('tailings_pond'))!;
  const daysFromNow = (d: number) => new Date(Date.now() + 8 * 3600_000 + d * 86_400_000).toISOString().slice(0, 10);
  const hoursAgo = (h: number) => new Date(Date.now() - h * 3600_000).toISOString();
  const major = (mine: { id: string; kinds: string[] }, description: string) => {
    const item = itemsFor(mine.kinds).find((i) => i.code === 'UG-07') ?? itemsFor(mine.kinds)[0]!;
    return { mineId: mine.id, grade: 'major' as const, standardItemCode: item.code, standardSituationCode: item.situations[0]?.code ?? null,
      description, placeText: '主要生产区域', foundAt: hoursAgo(5), foundBy: '安全科' };
  };
  const act = (a: Actor, id: string, action: HazardAction, body: Record<string, unknown>) => actOnHazard(p, ctx(a), a, id, action, body as never);

  const mine1 = await firstMine(qiye);
  await createHazard(p, ctx(qiye), qiye, major(mine1, '主排水泵房仅2台水泵，备用泵能力不足'));

  const mine2 = await firstMine(qiye2);
  const h = await createHazard(p, ctx(qiye2), qiye2, major(mine2, '井下主要运输巷道安全出口梯子间损坏'));
  await act(chengkou, h.id, 'confirm', { version: h.version, deadline: daysFromNow(20) });

  const mine3 = await firstMine(pengshui);
  await createHazard(p, ctx(pengshui), pengshui, { ...major(mine3, '现场检查发现通风系统不完善'), deadline: daysFromNow(15) });

  const general = await createHazard(p, ctx(qiye), qiye, { mineId: mine1.id, grade: 'general', description: '配电室灭火器过期',
    placeText: '地面配电室', foundAt: hoursAgo(30), foundBy: '电工班' });
  const planned = await act(qiye, general.id, 'submit_plan', { version: general.version, measures: '更换灭火器' });
  await act(qiye, general.id, 'close_general', { version: planned.version, note: '已更换并检查' });
  return 4;
}
