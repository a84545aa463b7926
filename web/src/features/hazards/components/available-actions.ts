import type { Me } from '@contracts/auth';
import type { HazardAction } from '@contracts/hazards';
import type { Can } from '../../../lib/auth';
import type { Hazard, HazardExtension, HazardListing } from '../types';

/**
 * What the current user may do on this hazard. The lifecycle actions come from the server (`allowedActions`,
 * computed from hazards.transitions.ts); extensions and listings are not in that list, so their availability is
 * derived here from status + permissions, mirroring extensions.service.ts / listings.service.ts. The server decides.
 */
export interface Available {
  actions: Set<HazardAction>;
  requestExtension: boolean;
  /** the pending extension the user may decide, if any */
  decideExtension: HazardExtension | null;
  list: boolean;
  /** the listing the user may delist, if any */
  delist: HazardListing | null;
}

const LISTABLE = ['in_rectification', 'awaiting_acceptance'];

export const activeListing = (h: Hazard): HazardListing | null => h.listings.find((l) => l.status !== 'delisted') ?? null;
export const pendingExtension = (h: Hazard): HazardExtension | null => h.extensions.find((x) => x.status === 'pending') ?? null;

export function availableFor(h: Hazard, me: Me, can: Can): Available {
  const enterprise = me.org.type === 'enterprise';
  const agency = me.org.type === 'agency';
  const district = agency && me.org.tier === 'district';
  const listing = activeListing(h);
  const pending = pendingExtension(h);
  const mayDecide = listing ? can('hazard.list') && me.org.id === listing.agencyId : can('hazard.extension.decide') && district;
  return {
    actions: new Set(h.allowedActions as HazardAction[]),
    requestExtension: enterprise && can('hazard.rectify') && h.status === 'in_rectification' && !!h.deadline && !pending,
    decideExtension: pending && mayDecide ? pending : null,
    list: agency && can('hazard.list') && h.grade === 'major' && LISTABLE.includes(h.status) && !listing,
    delist: listing && listing.status === 'awaiting_delisting' && h.status === 'awaiting_delisting'
      && can('hazard.delist') && me.org.id === listing.agencyId ? listing : null,
  };
}
