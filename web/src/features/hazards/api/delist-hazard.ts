import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { DelistInput, Hazard } from '../types';
import { storeHazard } from './hazard-cache';

/** POST /api/hazard-listings/:id/delist {verificationNote} — 摘牌 (the listing agency, after on-site verification). */
export const delistHazard = (listingId: string, input: DelistInput) =>
  api.post<Hazard>(`/api/hazard-listings/${encodeURIComponent(listingId)}/delist`, input);

export function useDelistHazard() {
  return useMutation({
    mutationFn: ({ listingId, input }: { listingId: string; input: DelistInput }) => delistHazard(listingId, input),
    onSuccess: storeHazard,
  });
}
