import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import type { resumptionDecision, resumptionInput, ResumptionOut } from '@contracts/resumptions';
import { api } from '../../../lib/api';
import type { ListParams, ListResult, Page } from '../../../lib/list';
import { queryClient } from '../../../lib/query-client';
import { hazardQueryKey } from './get-hazard';

export type Resumption = ResumptionOut;
export type ResumptionInput = z.input<typeof resumptionInput>;
export type ResumptionDecision = z.input<typeof resumptionDecision>;

export const resumptionsListKey = ['hazard-resumptions', 'list'] as const;

/** GET /api/hazard-resumptions?status&overdue&regionCode&limit&cursor — 复产申请 in the caller's scope. */
export const getResumptions = (f: ListParams, page: Page) =>
  api.get<ListResult<Resumption>>('/api/hazard-resumptions', { status: f.status, overdue: f.overdue, regionCode: f.regionCode, ...page });

/** POST /api/hazards/:id/resumptions {note} — 申请复产. */
export const applyResumption = (hazardId: string, input: ResumptionInput) =>
  api.post<Resumption>(`/api/hazards/${encodeURIComponent(hazardId)}/resumptions`, input);

/** POST /api/hazard-resumptions/:id/decide {approve, verifiedOn, note} — 复产现场核查. */
export const decideResumption = (id: string, input: ResumptionDecision) =>
  api.post<Resumption>(`/api/hazard-resumptions/${encodeURIComponent(id)}/decide`, input);

const refresh = (r: Resumption) => Promise.all([
  queryClient.invalidateQueries({ queryKey: hazardQueryKey(r.hazardId) }),
  queryClient.invalidateQueries({ queryKey: resumptionsListKey }),
]);

export function useApplyResumption(hazardId: string) {
  return useMutation({ mutationFn: (input: ResumptionInput) => applyResumption(hazardId, input), onSuccess: refresh });
}

export function useDecideResumption() {
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: ResumptionDecision }) => decideResumption(id, input),
    onSuccess: refresh,
  });
}
