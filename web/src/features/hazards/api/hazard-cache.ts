import { queryClient } from '../../../lib/query-client';
import type { Hazard } from '../types';
import { hazardQueryKey } from './get-hazard';
import { hazardsListKey } from './get-hazards';

/** Every hazard write answers with the whole record: put it in the detail cache and refresh the lists. */
export function storeHazard(h: Hazard) {
  queryClient.setQueryData(hazardQueryKey(h.id), h);
  return queryClient.invalidateQueries({ queryKey: hazardsListKey });
}
