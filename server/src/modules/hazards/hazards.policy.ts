import { HAZARD_ACTION_LIST, type HazardAction } from '@contracts/hazards';
import type { Actor } from '../../platform/access/actor';
import { can } from '../../platform/access/actor';
import { forbidden, stateConflict } from '../../platform/errors';
import { stateAllows, TRANSITIONS, type Tier, type Transition } from './hazards.transitions';

/** Who may act on hazards. Scope (404) is the repository's job; this decides 403 and 409. */
export function hasTier(actor: Actor, tier: Tier): boolean {
  if (tier === 'enterprise') return actor.orgType === 'enterprise';
  if (tier === 'district') return actor.orgType === 'agency' && actor.tier === 'district';
  return actor.orgType === 'agency';
}

const mayTake = (actor: Actor, t: Transition) => can(actor, t.permission) && hasTier(actor, t.tier);

type HazardState = { status: string; grade: string; planSubmittedAt: unknown };

/** 403 when the role may not, then 409 when the state forbids (call after the scope lookup). */
export function assertTransition(actor: Actor, h: HazardState, action: HazardAction): Transition {
  const t = TRANSITIONS[action];
  if (!mayTake(actor, t)) throw forbidden();
  // A signature is personal: an API token cannot sign 企业自验.
  if (action === 'self_accept' && actor.kind !== 'user') throw forbidden('企业自验须由主要负责人本人登录签字');
  if (!stateAllows(t, h, action)) throw stateConflict(t.refusal);
  return t;
}

/** The actions the caller could take now, sent with the hazard so the UI shows only those buttons. */
export function allowedActions(actor: Actor, h: HazardState): HazardAction[] {
  return HAZARD_ACTION_LIST.filter((a) => mayTake(actor, TRANSITIONS[a]) && stateAllows(TRANSITIONS[a], h, a));
}

/** 延期审批: the listing agency decides for a listed hazard, the district otherwise. */
export function assertMayDecideExtension(actor: Actor, listingAgencyId: string | null) {
  if (listingAgencyId) {
    if (!can(actor, 'hazard.list') || actor.orgId !== listingAgencyId) throw forbidden('挂牌督办的隐患由挂牌部门审批延期');
  } else if (!can(actor, 'hazard.extension.decide') || !hasTier(actor, 'district')) {
    throw forbidden();
  }
}

/** 摘牌: only users of the agency that listed it. */
export function assertMayDelist(actor: Actor, listingAgencyId: string) {
  if (!can(actor, 'hazard.delist') || actor.orgId !== listingAgencyId) throw forbidden('只有挂牌督办部门可以摘牌');
}
