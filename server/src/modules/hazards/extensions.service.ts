import type { z } from 'zod';
import type { extensionDecision, extensionInput, HazardOut } from '@contracts/hazards';
import type { Actor } from '../../platform/access/actor';
import { assertCan } from '../../platform/access/actor';
import { writeTx, type Platform, type RequestCtx } from '../../platform/context';
import { fieldError, forbidden, notFound, stateConflict } from '../../platform/errors';
import * as repo from './extensions.repository';
import { findListing, setListingStatus } from './listings.repository';
import { presentHazardListItem } from './hazards.presenter';
import { assertMayDecideExtension, hasTier } from './hazards.policy';
import { applyStep, snapshot } from './hazards.actions';
import { findInScope, getHazard } from './hazards.service';

/** 延期申请: the enterprise asks for a later deadline while rectifying, with a reason. */
export async function requestExtension(p: Platform, ctx: RequestCtx, actor: Actor, hazardId: string, input: z.infer<typeof extensionInput>): Promise<HazardOut> {
  const db = p.database.db;
  const cur = await findInScope(db, actor, hazardId);
  assertCan(actor, 'hazard.rectify');
  if (!hasTier(actor, 'enterprise')) throw forbidden();
  if (cur.h.status !== 'in_rectification' || !cur.h.deadline) throw stateConflict('只有有整改期限、整改中的隐患可以申请延期');
  if (await repo.findPending(db, hazardId)) throw stateConflict('已有待审批的延期申请');
  if (input.requestedDeadline <= cur.h.deadline) throw fieldError('requestedDeadline', '申请的期限须晚于当前整改期限');
  await writeTx(p, ctx, async (tx, audit) => {
    await applyStep(tx, actor, cur, cur.h.version, {}, { action: 'extension_request', note: input.reason, payload: { requestedDeadline: input.requestedDeadline } });
    await repo.insertExtension(tx, { hazardId, requestedDeadline: input.requestedDeadline, previousDeadline: cur.h.deadline,
      reason: input.reason, requestedBy: actor.userId });
    audit({ entityType: 'hazard', entityId: hazardId, action: 'extension_request', before: presentHazardListItem(cur), after: await snapshot(tx, hazardId) });
  });
  return getHazard(p, actor, hazardId);
}

/** The district decides; for a listed hazard, the listing agency does (and the listing's deadline moves too). */
export async function decideExtension(p: Platform, ctx: RequestCtx, actor: Actor, extensionId: string, input: z.infer<typeof extensionDecision>): Promise<HazardOut> {
  const db = p.database.db;
  const ext = await repo.findExtension(db, extensionId);
  if (!ext) throw notFound('延期申请');
  const cur = await findInScope(db, actor, ext.hazardId).catch(() => { throw notFound('延期申请'); });
  assertMayDecideExtension(actor, cur.listingAgencyId ?? null);
  if (ext.status !== 'pending') throw stateConflict('该延期申请已处理');
  const action = input.approve ? 'extension_approve' : 'extension_reject';
  await writeTx(p, ctx, async (tx, audit) => {
    await applyStep(tx, actor, cur, cur.h.version, input.approve ? { deadline: ext.requestedDeadline } : {},
      { action, note: input.note ?? null, payload: { extensionId, requestedDeadline: ext.requestedDeadline } });
    if (!(await repo.decideExtension(tx, extensionId, { status: input.approve ? 'approved' : 'rejected', decidedBy: actor.userId,
      decidedAt: new Date(), decisionNote: input.note ?? null }))) throw stateConflict('该延期申请已处理');
    if (input.approve && cur.listingId) {
      const listing = (await findListing(tx, cur.listingId))!;
      await setListingStatus(tx, cur.h.id, listing.status, { deadline: ext.requestedDeadline });
    }
    audit({ entityType: 'hazard', entityId: cur.h.id, action, before: presentHazardListItem(cur), after: await snapshot(tx, cur.h.id) });
  });
  return getHazard(p, actor, cur.h.id);
}
