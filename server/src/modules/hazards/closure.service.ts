import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { closureDecision, closureListQuery } from '@contracts/hazards';
import type { Actor } from '../../platform/access/actor';
import { assertCan } from '../../platform/access/actor';
import { writeTx, type Audit, type Platform, type RequestCtx } from '../../platform/context';
import type { Tx } from '../../platform/db/client';
import { AppError, forbidden, notFound, stateConflict } from '../../platform/errors';
import { mines } from '../../platform/db/schema';
import * as repo from './closure.repository';
import { readSetting } from './hazards.repository';

/**
 * 提请关闭建议. The national hard measures propose closing a mine found with major hazards on ≥2 occasions
 * within 3 months while still producing, or producing without licences (REFERENCE.md §3). Both numbers are
 * settings; an "occasion" is a distinct Asia/Shanghai calendar day on which confirmed major hazards were found.
 * A proposal is raised for human review only: nothing happens to the mine until a regulator adopts it.
 */
export const CLOSURE_OCCASIONS_KEY = 'closure.major_hazard_occasions';
export const CLOSURE_WINDOW_KEY = 'closure.window_months';

/** After a major hazard is confirmed (or registered by a regulator): raise a proposal when the producing mine crossed the threshold. */
export async function checkRepeatedMajor(tx: Tx, audit: Audit, mineId: string, asOf: Date) {
  const [mine] = await tx.select({ id: mines.id, status: mines.status, enterpriseId: mines.enterpriseId, regionCode: mines.regionCode, name: mines.name })
    .from(mines).where(eq(mines.id, mineId));
  if (!mine || mine.status !== 'production') return;
  const [need, months] = await Promise.all([readSetting(tx, CLOSURE_OCCASIONS_KEY, 2), readSetting(tx, CLOSURE_WINDOW_KEY, 3)]);
  const occasions = await repo.majorOccasions(tx, mineId, asOf, Number(months));
  if (occasions.length < Number(need)) return;
  const summary = `${mine.name}在${months}个月内${occasions.length}次（${occasions.map((o) => o.day).join('、')}）被发现重大事故隐患，仍处于生产状态`;
  const evidence = { occasions: occasions.map((o) => ({ day: o.day, hazardIds: o.hazard_ids })), windowMonths: Number(months), threshold: Number(need) };
  const id = await repo.insertOpenProposal(tx, { mineId, enterpriseId: mine.enterpriseId, regionCode: mine.regionCode, reason: 'repeated_major_hazards', summary, evidence });
  if (id) audit({ entityType: 'closure_proposal', entityId: id, action: 'raise', after: { mineId, reason: 'repeated_major_hazards', summary, evidence } });
}

/**
 * Producing mines without valid licences get an open proposal (one per mine). Runs hourly from main.ts; each
 * proposal is written with its audit event (actor: the system). Works in batches of 100 mines per transaction,
 * so a first run over a large register stays small (a single statement for thousands of audit rows overflowed).
 */
export async function scanUnlicensed(p: Platform, ctx: RequestCtx, batch = 100): Promise<number> {
  const found = await repo.unlicensedProducingMines(p.database.db);
  let raised = 0;
  for (let i = 0; i < found.length; i += batch) {
    raised += await writeTx(p, ctx, async (tx, audit) => {
      let n = 0;
      for (const m of found.slice(i, i + batch)) {
        const problems = [
          m.safety_invalid ? (m.safety_no ? `安全生产许可证已于${m.safety_to ?? '（未填写有效期）'}到期` : '无安全生产许可证') : null,
          m.mining_invalid ? (m.mining_no ? `采矿许可证已于${m.mining_to ?? '（未填写有效期）'}到期` : '无采矿许可证') : null,
        ].filter((x): x is string => x !== null);
        const summary = `${m.name}处于生产状态，但${problems.join('，')}`;
        const evidence = { safetyLicenceNo: m.safety_no, safetyLicenceTo: m.safety_to, miningLicenceNo: m.mining_no, miningLicenceTo: m.mining_to };
        const id = await repo.insertOpenProposal(tx, { mineId: m.id, enterpriseId: m.enterprise_id, regionCode: m.region_code, reason: 'unlicensed_production', summary, evidence });
        if (id) {
          n++;
          audit({ entityType: 'closure_proposal', entityId: id, action: 'raise', after: { mineId: m.id, reason: 'unlicensed_production', summary, evidence } });
        }
      }
      return n;
    });
  }
  return raised;
}

/** Proposals are regulators' work: enterprises get 403, agencies see their scope. */
function assertMayRead(actor: Actor) {
  if (actor.orgType !== 'agency') throw forbidden();
  assertCan(actor, 'hazard.closure.decide');
}

export async function listProposals(p: Platform, actor: Actor, q: z.output<typeof closureListQuery>) {
  assertMayRead(actor);
  const { sort, limit, cursor, ...filter } = q;
  const r = await repo.listProposals(p.database.db, { ...filter, scope: actor.scope }, repo.PROPOSAL_SORTS[sort]!, limit, cursor);
  return { ...r, items: r.items.map(repo.presentProposal) };
}

export async function getProposal(p: Platform, actor: Actor, id: string) {
  const row = await repo.findProposal(p.database.db, actor.scope, id);
  if (!row) throw notFound('提请关闭建议');
  assertMayRead(actor);
  return repo.presentProposal(row);
}

/** 采纳 (the regulator takes it forward as a closure proposal) or 不予采纳, with a note: 404 → 403 → 409. */
export async function decideProposal(p: Platform, ctx: RequestCtx, actor: Actor, id: string, body: z.output<typeof closureDecision>) {
  const cur = await repo.findProposal(p.database.db, actor.scope, id);
  if (!cur) throw notFound('提请关闭建议');
  assertMayRead(actor);
  if (cur.c.status !== 'open') throw stateConflict('该建议已审核');
  await writeTx(p, ctx, async (tx, audit) => {
    const ok = await repo.decideProposal(tx, id, body.version, { status: body.adopt ? 'adopted' : 'dismissed', decidedBy: actor.userId!, decisionNote: body.note });
    if (!ok) throw new AppError('STALE', undefined, undefined, repo.presentProposal((await repo.findProposal(tx, actor.scope, id))!));
    audit({ entityType: 'closure_proposal', entityId: id, action: body.adopt ? 'adopt' : 'dismiss', before: repo.presentProposal(cur), after: repo.presentProposal((await repo.findProposal(tx, actor.scope, id))!) });
  });
  return getProposal(p, actor, id);
}
