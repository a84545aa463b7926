import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ClosureProposalOut, closureDecision, HazardFlagOut } from '@contracts/hazards';
import { api } from '../../../lib/api';
import type { ListParams, ListResult, Page } from '../../../lib/list';
import { queryClient } from '../../../lib/query-client';

export const flagsListKey = ['hazard-flags', 'list'] as const;
export const proposalsListKey = ['closure-proposals', 'list'] as const;

/** GET /api/hazard-flags?kind&regionCode&mineId&enterpriseId&sort — 屡改屡犯、弄虚作假标记台账. */
export const getFlags = (f: ListParams, page: Page) =>
  api.get<ListResult<HazardFlagOut>>('/api/hazard-flags', { kind: f.kind, regionCode: f.regionCode, mineId: f.mineId, enterpriseId: f.enterpriseId, sort: f.sort, ...page });

/** GET /api/closure-proposals?status&reason&regionCode&mineId — 提请关闭建议. */
export const getProposals = (f: ListParams, page: Page) =>
  api.get<ListResult<ClosureProposalOut>>('/api/closure-proposals', { status: f.status, reason: f.reason, regionCode: f.regionCode, mineId: f.mineId, sort: f.sort, ...page });

/** POST /api/closure-proposals/:id/decide {version, adopt, note}. */
export function useDecideProposal() {
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: z.input<typeof closureDecision> }) =>
      api.post<ClosureProposalOut>(`/api/closure-proposals/${encodeURIComponent(id)}/decide`, input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: proposalsListKey }),
  });
}
