import type { z } from 'zod';
import type { MatrixOut, StatsOut, matrixQuery } from '@contracts/self-inspections';
import type { Actor } from '../../platform/access/actor';
import { assertCan } from '../../platform/access/actor';
import type { Platform } from '../../platform/context';
import { fieldError } from '../../platform/errors';
import * as repo from './matrix.repository';
import { presentMatrix, presentStats } from './self-inspections.presenter';
import { addMonths, monthSpan, todayInShanghai } from './self-inspections.calendar';
import { graceDays } from './self-inspections.settings';

type MatrixQuery = z.output<typeof matrixQuery>;
/** A range wider than this is a report, not a screen (the matrix has a cell per mine and month). */
export const MAX_MONTHS = 24;

async function filter(p: Platform, actor: Actor, q: MatrixQuery, today: string): Promise<repo.MatrixFilter> {
  assertCan(actor, 'selfinspection.read');
  const span = monthSpan(q.from, q.to);
  if (span < 1) throw fieldError('to', '截止月份不能早于起始月份');
  if (span > MAX_MONTHS) throw fieldError('to', `查询范围最多${MAX_MONTHS}个月`);
  if (q.to > today.slice(0, 7)) throw fieldError('to', '截止月份不能晚于本月');
  return { ...q, scope: actor.scope, today, graceDays: await graceDays(p.database.db) };
}

const monthsOf = (from: string, to: string) => Array.from({ length: monthSpan(from, to) }, (_, i) => addMonths(from, i));

/** Every mine in the caller's scope × month: submitted | late | missing | exempt | pending. `today` is for tests. */
export async function selfInspectionMatrix(p: Platform, actor: Actor, q: MatrixQuery, today = todayInShanghai()): Promise<MatrixOut> {
  const f = await filter(p, actor, q, today);
  return presentMatrix(monthsOf(q.from, q.to), await repo.matrixCells(p.database.db, f));
}

/** Completeness and on-time rate per division and month: a district sees its own division, the city all. */
export async function selfInspectionStats(p: Platform, actor: Actor, q: MatrixQuery, today = todayInShanghai()): Promise<StatsOut> {
  const f = await filter(p, actor, q, today);
  return presentStats(await repo.statsByDivision(p.database.db, f));
}
