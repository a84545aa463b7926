import { queryClient } from '../../../lib/query-client';
import type { SelfInspection } from '../types';
import { selfInspectionQueryKey } from './get-self-inspection';
import { SELF_INSPECTIONS_KEY } from './keys';

/** A write answers with the whole record: cache it and refresh the matrix and stats. */
export function storeSelfInspection(s: SelfInspection) {
  queryClient.setQueryData(selfInspectionQueryKey(s.id), s);
  return queryClient.invalidateQueries({
    queryKey: SELF_INSPECTIONS_KEY,
    predicate: (q) => q.queryKey[1] !== 'detail' || q.queryKey[2] !== s.id,
  });
}
