import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { ExtensionDecision, Hazard } from '../types';
import { storeHazard } from './hazard-cache';

/** POST /api/hazard-extensions/:id/decide {approve, note} — 审批延期申请. */
export const decideExtension = (extensionId: string, input: ExtensionDecision) =>
  api.post<Hazard>(`/api/hazard-extensions/${encodeURIComponent(extensionId)}/decide`, input);

export function useDecideExtension() {
  return useMutation({
    mutationFn: ({ extensionId, input }: { extensionId: string; input: ExtensionDecision }) => decideExtension(extensionId, input),
    onSuccess: storeHazard,
  });
}
