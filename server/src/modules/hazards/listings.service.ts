import type { z } from 'zod';
import type { delistInput, HazardOut, listingInput } from '@contracts/hazards';
import type { Actor } from '../../platform/access/actor';
import { assertCan } from '../../platform/access/actor';
import { writeTx, type Platform, type RequestCtx } from '../../platform/context';
import { forbidden, notFound, stateConflict } from '../../platform/errors';
import type { Executor } from '../../platform/db/client';
import * as repo from './hazards.repository';
import * as listings from './listings.repository';
import { presentHazardListItem } from './hazards.presenter';
import { assertMayDelist, hasTier } from './hazards.policy';
import { applyStep, snapshot } from './hazards.actions';
import { assertDeadline, findInScope, getHazard } from './hazards.service';

/** Per-agency document prefixes (e.g. { "<agency id>": "渝应急督" }); the default follows the agency's tier and region. */
export const DOC_PREFIX_KEY = 'hazard.listing_doc_prefixes';

async function docPrefix(db: Executor, agencyId: string): Promise<string> {
  const configured = await repo.readSetting<Record<string, string>>(db, DOC_PREFIX_KEY, {});
  if (configured[agencyId]) return configured[agencyId];
  const agency = (await listings.agencyOf(db, agencyId))!;
  if (agency.tier === 'city') return '渝矿督';
  return `${agency.regionName.replace(/(土家族苗族自治县|苗族土家族自治县|土家族自治县|自治县|区|县)$/, '')}矿督`;
}

const LISTABLE = ['in_rectification', 'awaiting_acceptance'];

/**
 * 挂牌督办 by a city or district agency (a district only in its own district: the scope says so).
 * The number comes from the counter inside this transaction, so a failed listing leaves no gap.
 */
export async function listHazard(p: Platform, ctx: RequestCtx, actor: Actor, id: string, input: z.infer<typeof listingInput>): Promise<HazardOut> {
  const db = p.database.db;
  const cur = await findInScope(db, actor, id);
  assertCan(actor, 'hazard.list');
  if (!hasTier(actor, 'agency')) throw forbidden();
  if (cur.h.grade !== 'major' || !LISTABLE.includes(cur.h.status)) throw stateConflict('只有已认定、未销号的重大隐患可以挂牌督办');
  if (cur.listingId) throw stateConflict('该隐患已挂牌督办');
  await assertDeadline(db, 'deadline', input.deadline);
  const year = Number((await repo.shanghaiToday(db)).slice(0, 4));
  const prefix = await docPrefix(db, actor.orgId);
  await writeTx(p, ctx, async (tx, audit) => {
    const number = await listings.nextListingNumber(tx, actor.orgId, year);
    const docNo = `${prefix}〔${year}〕${number}号`;
    await listings.insertListing(tx, { hazardId: id, agencyId: actor.orgId, year, number, docNo, deadline: input.deadline,
      requirements: input.requirements, responsibleUnit: input.responsibleUnit, listedBy: actor.userId });
    await applyStep(tx, actor, cur, input.version, {}, { action: 'list', note: input.requirements, payload: { docNo, deadline: input.deadline } });
    audit({ entityType: 'hazard', entityId: id, action: 'list', before: presentHazardListItem(cur), after: await snapshot(tx, id) });
  }).catch((err: unknown) => {
    throw repo.isUniqueViolation(err) ? stateConflict('该隐患已挂牌督办') : err;
  });
  return getHazard(p, actor, id);
}

/** 摘牌: the listing agency, after on-site verification of a hazard that passed acceptance. */
export async function delist(p: Platform, ctx: RequestCtx, actor: Actor, listingId: string, input: z.infer<typeof delistInput>): Promise<HazardOut> {
  const db = p.database.db;
  const listing = await listings.findListing(db, listingId);
  if (!listing) throw notFound('挂牌督办记录');
  const cur = await findInScope(db, actor, listing.hazardId).catch(() => { throw notFound('挂牌督办记录'); });
  assertMayDelist(actor, listing.agencyId);
  if (listing.status !== 'awaiting_delisting' || cur.h.status !== 'awaiting_delisting') {
    throw stateConflict(listing.status === 'delisted' ? '该挂牌督办已摘牌' : '隐患尚未验收通过，不能摘牌');
  }
  await writeTx(p, ctx, async (tx, audit) => {
    await applyStep(tx, actor, cur, cur.h.version, { status: 'closed', closedAt: new Date() },
      { action: 'delist', note: input.verificationNote, payload: { listingId, docNo: listing.docNo } });
    await listings.setListingStatus(tx, cur.h.id, 'awaiting_delisting',
      { status: 'delisted', delistedBy: actor.userId, delistedAt: new Date(), verificationNote: input.verificationNote });
    audit({ entityType: 'hazard', entityId: cur.h.id, action: 'delist', before: presentHazardListItem(cur), after: await snapshot(tx, cur.h.id) });
  });
  return getHazard(p, actor, cur.h.id);
}
