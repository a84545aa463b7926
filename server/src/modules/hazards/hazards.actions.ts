import type { HazardAction, HazardActionBody, HazardOut } from '@contracts/hazards';
import type { Actor } from '../../platform/access/actor';
import { writeTx, type Platform, type RequestCtx } from '../../platform/context';
import { AppError, fieldError } from '../../platform/errors';
import type { Tx } from '../../platform/db/client';
import { verifyOwnPassword } from '../auth/auth.service';
import * as repo from './hazards.repository';
import { setListingStatus } from './listings.repository';
import { presentHazardListItem } from './hazards.presenter';
import { assertTransition } from './hazards.policy';
import { assertApplicable, STANDARD_VERSION } from './hazards.standard';
import { assertDeadline, detail, findInScope, getHazard } from './hazards.service';
import { raiseFalsificationFlag, raiseRecurrenceFlags } from './flags.service';
import { checkRepeatedMajor } from './closure.service';
import { requestDeadlineScan } from '../deadlines/deadlines.jobs';

const LABELS: Partial<Record<keyof HazardActionBody, string>> = {
  deadline: '整改期限', reason: '理由', note: '说明', goal: '整改目标和任务', measures: '整改方法和措施',
  fundsMaterials: '经费和物资', responsiblePeople: '负责机构和人员', planDeadline: '方案完成时限', interimMeasures: '临时安全措施',
  password: '密码',
};
const blank = (v: unknown) => v == null || (typeof v === 'string' && v.trim() === '');

type Current = repo.HazardJoined;
type Changes = Partial<repo.HazardRow>;

/** The columns an accepted action writes (after its own 400 checks). */
async function changesFor(p: Platform, actor: Actor, cur: Current, action: HazardAction, b: HazardActionBody): Promise<Changes> {
  switch (action) {
    case 'confirm': {
      await assertDeadline(p.database.db, 'deadline', b.deadline!);
      const reclassified = b.standardItemCode && b.standardItemCode !== cur.h.standardItemCode;
      const item = b.standardItemCode ?? cur.h.standardItemCode;
      const situation = b.standardItemCode ? (b.standardSituationCode ?? null) : cur.h.standardSituationCode;
      if (reclassified || b.standardSituationCode) assertApplicable(cur.mineKinds, item, situation);
      return { deadline: b.deadline!, standardItemCode: item, standardSituationCode: situation, standardVersion: STANDARD_VERSION };
    }
    case 'reject_as_general':
      return { grade: 'general', rejectionReason: b.reason! };
    case 'submit_plan':
      return {
        planGoal: b.goal ?? null, planMeasures: b.measures ?? null, planFundsMaterials: b.fundsMaterials ?? null,
        planResponsiblePeople: b.responsiblePeople ?? null, planDeadline: b.planDeadline ?? null,
        interimMeasures: b.interimMeasures ?? null, planSubmittedAt: new Date(),
        stopProduction: b.stopProduction ?? cur.h.stopProduction, workersWithdrawn: b.workersWithdrawn ?? cur.h.workersWithdrawn,
      };
    case 'self_accept':
      // 企业自验: the principal signs with their own account and re-enters the password.
      if (!(await verifyOwnPassword(p, actor, b.password!))) throw fieldError('password', '密码不正确');
      return {};
    case 'accept_pass':
      return { returnReason: null };
    case 'accept_fail':
      return { returnReason: b.reason! };
    case 'progress':
      return {};
    case 'close_general':
      return {};
    case 'revoke_closure':
      // 撤销销号: only a regulator reopens a closed record (found again after 销号 is a new, linked hazard).
      return { closedAt: null, reopenedCount: cur.h.reopenedCount + 1, returnReason: b.reason! };
  }
}

/** One lifecycle step: 404 scope → 403 role → 409 state → 400 fields → 409 STALE; one event and one audit entry. */
export async function actOnHazard(p: Platform, ctx: RequestCtx, actor: Actor, id: string, action: HazardAction, body: HazardActionBody): Promise<HazardOut> {
  const cur = await findInScope(p.database.db, actor, id);
  const t = assertTransition(actor, cur.h, action);
  for (const f of t.required(cur.h.grade as 'major' | 'general')) {
    if (blank(body[f])) throw fieldError(f, `请填写${LABELS[f] ?? f}`);
  }
  if (body.onsiteNotRectified && action !== 'accept_fail' && action !== 'revoke_closure') {
    throw fieldError('onsiteNotRectified', '“现场核查未整改”只能在验收不通过或撤销销号时选择');
  }
  const set = await changesFor(p, actor, cur, action, body);
  const to = t.to(cur.h.status as never, !!cur.listingId);
  if (to === 'closed') set.closedAt = new Date();
  await writeTx(p, ctx, async (tx, audit) => {
    await applyStep(tx, actor, cur, body.version, { ...set, status: to }, { action, note: body.note ?? body.reason ?? null, payload: payloadOf(action, body) });
    if (action === 'accept_pass' && cur.listingId) await setListingStatus(tx, id, 'active', { status: 'awaiting_delisting' });
    audit({ entityType: 'hazard', entityId: id, action, before: presentHazardListItem(cur), after: await snapshot(tx, id) });
    if (action === 'confirm') {
      await raiseRecurrenceFlags(tx, audit, id, actor.userId);
      await checkRepeatedMajor(tx, audit, cur.h.mineId, cur.h.foundAt);
    }
    if (body.onsiteNotRectified) await raiseFalsificationFlag(tx, audit, id, actor.userId, body.reason!);
  });
  requestDeadlineScan(p); // deadlines changed or an item closed: rescan soon (no-op without a scheduler)
  return getHazard(p, actor, id);
}

const payloadOf = (action: HazardAction, b: HazardActionBody) =>
  action === 'confirm' ? { deadline: b.deadline, standardItemCode: b.standardItemCode ?? null, standardSituationCode: b.standardSituationCode ?? null }
    : action === 'accept_fail' || action === 'revoke_closure' ? { onsiteNotRectified: b.onsiteNotRectified ?? false }
    : action === 'submit_plan' ? { stopProduction: b.stopProduction ?? null, workersWithdrawn: b.workersWithdrawn ?? null }
      : null;

export const snapshot = async (tx: Tx, id: string) => presentHazardListItem((await repo.findHazard(tx, { kind: 'city' }, id))!);

/** Update the hazard at the version the caller saw (STALE with the current record otherwise), then add the event. */
export async function applyStep(tx: Tx, actor: Actor, cur: Current, version: number, set: Changes,
  e: { action: string; note: string | null; payload?: unknown }) {
  if (!(await repo.updateHazard(tx, cur.h.id, version, set))) {
    const now = await repo.findHazard(tx, actor.scope, cur.h.id);
    throw new AppError('STALE', undefined, undefined, now ? await detail(tx, actor, now) : undefined);
  }
  await repo.insertEvent(tx, { hazardId: cur.h.id, action: e.action, fromStatus: cur.h.status, toStatus: set.status ?? cur.h.status,
    actorUserId: actor.userId, note: e.note, payload: e.payload ?? null });
}
