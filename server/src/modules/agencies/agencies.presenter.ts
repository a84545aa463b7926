import type { z } from 'zod';
import type { agencyOut } from '@contracts/admin';
import type { AgencyJoined } from './agencies.repository';

export type AgencyOut = z.infer<typeof agencyOut>;

export function presentAgency(r: AgencyJoined): AgencyOut {
  return { id: r.id, name: r.name, kind: r.kind, tier: r.tier, regionCode: r.regionCode, regionName: r.regionName ?? r.regionCode };
}
