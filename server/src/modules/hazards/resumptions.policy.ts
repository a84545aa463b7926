import type { Actor } from '../../platform/access/actor';
import { can } from '../../platform/access/actor';
import { forbidden } from '../../platform/errors';
import { hasTier } from './hazards.policy';

/** 复产申请: the enterprise that rectified (its own mine, by scope). */
export const mayApply = (actor: Actor) => can(actor, 'hazard.rectify') && hasTier(actor, 'enterprise');

/** 复产核查: for a hazard that was listed, the listing agency verifies (as for extensions); otherwise the mine's district. */
export function mayDecide(actor: Actor, listingAgencyId: string | null): boolean {
  if (listingAgencyId) return can(actor, 'hazard.list') && actor.orgId === listingAgencyId;
  return can(actor, 'hazard.accept') && hasTier(actor, 'district');
}

export function assertMayDecide(actor: Actor, listingAgencyId: string | null) {
  if (!mayDecide(actor, listingAgencyId)) throw forbidden(listingAgencyId ? '挂牌督办的隐患由挂牌部门核查复产' : undefined);
}

type HazardState = { grade: string; status: string; stopProduction: boolean };
/** The hazard's state lets an application in: a major hazard with a stop order whose rectification passed acceptance. */
export const hazardAllowsResumption = (h: HazardState) =>
  h.grade === 'major' && h.stopProduction && (h.status === 'awaiting_delisting' || h.status === 'closed');
