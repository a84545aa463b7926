// Test fixtures (tests and server/test/scope entries): records written straight through the platform,
// e.g. an on-time record for a past month, which the API can only produce in that month. Not used by the app.
import { eq } from 'drizzle-orm';
import type { Platform } from '../../platform/context';
import { mines, selfInspections, users } from '../../platform/db/schema';
import { insertPerson, insertPosition } from '../people/people.fixtures';
import { addMonths, todayInShanghai } from './self-inspections.calendar';

export const currentMonth = () => todayInShanghai().slice(0, 7);
export const monthsAgo = (n: number) => addMonths(currentMonth(), -n);

/** A principal (主要负责人) of the enterprise since 2020, optionally linked to a user account. */
export async function insertPrincipal(p: Platform, enterpriseId: string, userId?: string) {
  const personId = await insertPerson(p, { name: '主要负责人', ownerEnterpriseId: enterpriseId });
  await insertPosition(p, { personId, enterpriseId, position: 'principal', startDate: '2020-01-01' });
  if (userId) await p.database.db.update(users).set({ personId }).where(eq(users.id, userId));
  return personId;
}

export async function insertMine(p: Platform, t: { enterpriseId: string; regionCode: string }, over: Partial<typeof mines.$inferInsert> = {}) {
  const [row] = await p.database.db.insert(mines).values({
    enterpriseId: t.enterpriseId, regionCode: t.regionCode, name: `自查测试矿${Math.random().toString(36).slice(2, 8)}`,
    kinds: ['open_pit'], status: 'production', ...over,
  }).returning({ id: mines.id });
  return row!.id;
}

export async function insertSelfInspection(p: Platform, v: {
  mineId: string; enterpriseId: string; regionCode: string; month: string; organiserPersonId: string; late?: boolean;
}) {
  const late = v.late ?? false;
  const [row] = await p.database.db.insert(selfInspections).values({
    ...v, organiserRoleOk: true, inspectionDate: `${v.month}-01`, participants: '安全管理人员', scope: '井下各作业地点',
    result: 'hazards_found', hazardIds: [], late, backfilled: late,
  }).returning({ id: selfInspections.id });
  return row!.id;
}
