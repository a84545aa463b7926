import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { HAZARD_FLAG_KINDS, type HazardFlagKind, type hazardFlagListQuery } from '@contracts/hazards';
import type { Actor } from '../../platform/access/actor';
import { assertCan } from '../../platform/access/actor';
import type { Audit, Platform } from '../../platform/context';
import { queryRows, type Executor, type Tx } from '../../platform/db/client';
import { hazards } from '../../platform/db/schema';
import * as flags from './flags.repository';
import { readSetting, type HazardRow } from './hazards.repository';

/** 同类重大隐患反复出现的时间窗口（月）: a setting, default 12 (the notice gives no number; unconfirmed). */
export const RECURRENCE_WINDOW_KEY = 'hazard.recurrence_window_months';

const shanghaiDate = async (db: Executor, at: Date | string) =>
  (await queryRows<{ d: string }>(db, sql`SELECT to_char((${typeof at === 'string' ? at : at.toISOString()}::timestamptz AT TIME ZONE 'Asia/Shanghai')::date, 'YYYY-MM-DD') AS d`))[0]!.d;

/**
 * Raise one flag (with the office-holders on each relevant date) and its audit event. Recurrence flags are
 * raised once per hazard; every on-site finding of falsification is its own flag.
 */
async function raise(tx: Tx, audit: Audit, h: HazardRow, kind: HazardFlagKind, v: { relatedHazardId: string | null; dates: string[]; detail: string; actorUserId: string | null }) {
  if (kind !== 'suspected_falsification' && await flags.hasFlag(tx, h.id, kind)) return;
  const mine: flags.Principal[] = [];
  const parent: flags.Principal[] = [];
  for (const d of [...new Set(v.dates)].sort()) {
    const held = await flags.principalsOn(tx, h.mineId, h.enterpriseId, d);
    mine.push(...held.mine);
    parent.push(...held.parent);
  }
  const onDate = [...v.dates].sort().at(-1)!;
  const id = await flags.insertFlag(tx, {
    hazardId: h.id, mineId: h.mineId, enterpriseId: h.enterpriseId, regionCode: h.regionCode, kind, relatedHazardId: v.relatedHazardId,
    onDate, detail: v.detail, minePrincipals: mine, parentPrincipals: parent, raisedBy: v.actorUserId,
  });
  audit({ entityType: 'hazard_flag', entityId: id, action: 'raise', after: { hazardId: h.id, kind, label: HAZARD_FLAG_KINDS[kind], relatedHazardId: v.relatedHazardId, detail: v.detail, onDate } });
}

async function reload(tx: Tx, id: string): Promise<HazardRow> {
  const [row] = await tx.select().from(hazards).where(eq(hazards.id, id));
  return row!;
}

/**
 * 屡改屡犯 and recurrence, checked when a hazard becomes a confirmed major hazard (registered by a regulator,
 * or confirmed by the district) and when a hazard is registered with an explicit 复发自 link:
 *  - found again after 销号: linked to the latest closed hazard of the same item at the mine (or the one
 *    the reporter named) and flagged repeated_after_rectification;
 *  - the same item at the same mine within the window (default 12 months) → recurring.
 */
export async function raiseRecurrenceFlags(tx: Tx, audit: Audit, hazardId: string, actorUserId: string | null) {
  let h = await reload(tx, hazardId);
  const confirmedMajor = h.grade === 'major' && h.status !== 'reported' && !!h.standardItemCode;
  if (!h.recurrenceOfId && confirmedMajor) {
    const earlier = await flags.latestClosedSameItem(tx, { id: h.id, mineId: h.mineId, standardItemCode: h.standardItemCode!, registeredAt: h.registeredAt });
    if (earlier) {
      await tx.update(hazards).set({ recurrenceOfId: earlier.id }).where(eq(hazards.id, h.id));
      h = await reload(tx, hazardId);
    }
  }
  const found = await shanghaiDate(tx, h.foundAt);
  if (h.recurrenceOfId) {
    const [prev] = await tx.select().from(hazards).where(eq(hazards.id, h.recurrenceOfId));
    const closed = prev?.closedAt ? await shanghaiDate(tx, prev.closedAt) : found;
    await raise(tx, audit, h, 'repeated_after_rectification', {
      relatedHazardId: h.recurrenceOfId, dates: [closed, found], actorUserId,
      detail: `该隐患${prev?.standardItemCode ? `（${prev.standardItemCode}）` : ''}已于${closed}销号，${found}再次发现：${prev?.description ?? ''}`.slice(0, 2000),
    });
  }
  if (confirmedMajor) {
    const months = Number(await readSetting(tx, RECURRENCE_WINDOW_KEY, 12));
    const same = await flags.sameItemWithin(tx, { id: h.id, mineId: h.mineId, standardItemCode: h.standardItemCode!, foundAt: h.foundAt }, months);
    if (same.length) {
      const first = await shanghaiDate(tx, same[0]!.found_at);
      await raise(tx, audit, h, 'recurring', {
        relatedHazardId: same[0]!.id, dates: [first, found], actorUserId,
        detail: `同一矿山${months}个月内第${same.length + 1}次发现同类重大隐患（${h.standardItemCode}），上次发现于${first}`,
      });
    }
  }
}

/**
 * 弄虚作假: a regulator found on site that a hazard the enterprise reported fixed (self-accepted, or closed)
 * was not rectified. Names the office-holders when the enterprise reported it fixed and on the finding date.
 */
export async function raiseFalsificationFlag(tx: Tx, audit: Audit, hazardId: string, actorUserId: string | null, reason: string) {
  const h = await reload(tx, hazardId);
  const [fixed] = await queryRows<{ at: Date }>(tx, sql`
    SELECT at FROM hazard_events WHERE hazard_id = ${hazardId}::uuid AND action IN ('self_accept', 'close_general', 'accept_pass')
     ORDER BY seq DESC LIMIT 1`);
  const today = await shanghaiDate(tx, new Date());
  const reported = fixed ? await shanghaiDate(tx, fixed.at) : today;
  await raise(tx, audit, h, 'suspected_falsification', {
    relatedHazardId: null, dates: [reported, today], actorUserId,
    detail: `企业于${reported}报告整改完成，${today}现场核查未整改：${reason}`.slice(0, 2000),
  });
}

type FlagQuery = z.output<typeof hazardFlagListQuery>;
export async function listFlags(p: Platform, actor: Actor, q: FlagQuery) {
  assertCan(actor, 'hazard.read');
  const { sort, limit, cursor, ...filter } = q;
  const r = await flags.listFlags(p.database.db, { ...filter, scope: actor.scope }, flags.FLAG_SORTS[sort]!, limit, cursor);
  return { ...r, items: r.items.map(flags.presentFlag) };
}
