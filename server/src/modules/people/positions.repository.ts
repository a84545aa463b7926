import { and, desc, eq, gte, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Scope } from '@contracts/access';
import type { Executor } from '../../platform/db/client';
import { enterprises, mines, people, positions } from '../../platform/db/schema';
import { allOf } from '../../platform/db/paging';
import { positionScope } from './people.scope';

// Aliased joins, so the scope subqueries can name the plain tables.
const ent = alias(enterprises, 'position_enterprise');
const mine = alias(mines, 'position_mine');
const person = alias(people, 'position_person');

function base(db: Executor) {
  return db.select({ s: positions, personName: person.name, enterpriseName: ent.name, mineName: mine.name }).from(positions)
    .innerJoin(person, eq(person.id, positions.personId))
    .innerJoin(ent, eq(ent.id, positions.enterpriseId))
    .leftJoin(mine, eq(mine.id, positions.mineId));
}
export type PositionJoined = Awaited<ReturnType<ReturnType<typeof base>['execute']>>[number];

export interface PositionFilter {
  scope: Scope; personId?: string; enterpriseId?: string; mineId?: string; position?: string;
  /** "who held it on date D": started on or before D and not ended before D */
  onDate?: string;
}

/** A safety cap: the filters narrow a list to one person, mine or date; a page of history is enough. */
export const POSITION_LIST_CAP = 1000;

export async function listPositions(db: Executor, f: PositionFilter): Promise<PositionJoined[]> {
  const where: SQL | undefined = allOf(
    positionScope(f.scope),
    f.personId ? eq(positions.personId, f.personId) : undefined,
    f.enterpriseId ? eq(positions.enterpriseId, f.enterpriseId) : undefined,
    f.mineId ? eq(positions.mineId, f.mineId) : undefined,
    f.position ? eq(positions.position, f.position) : undefined,
    f.onDate ? and(lte(positions.startDate, f.onDate), or(isNull(positions.endDate), gte(positions.endDate, f.onDate))) : undefined,
  );
  return base(db).where(where).orderBy(desc(positions.startDate), desc(positions.id)).limit(POSITION_LIST_CAP);
}

export async function findPosition(db: Executor, scope: Scope, id: string): Promise<PositionJoined | undefined> {
  const [row] = await base(db).where(allOf(eq(positions.id, id), positionScope(scope)));
  return row;
}

export async function insertPosition(db: Executor, values: typeof positions.$inferInsert): Promise<string> {
  const [row] = await db.insert(positions).values(values).returning({ id: positions.id });
  return row!.id;
}

/** Ends an open position once: false when it was already ended (a concurrent request won). */
export async function endPosition(db: Executor, id: string, endDate: string): Promise<boolean> {
  const res = await db.update(positions).set({ endDate, updatedAt: new Date(), version: sql`${positions.version} + 1` })
    .where(sql`${positions.id} = ${id} AND ${positions.endDate} IS NULL`).returning({ id: positions.id });
  return res.length === 1;
}
