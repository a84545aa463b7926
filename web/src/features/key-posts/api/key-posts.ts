import { useMutation, useQuery } from '@tanstack/react-query';
import type {
  MineKeyPostsOut, RequirementInput, RequirementOut, VacancyHazardInput, VacancyListOut,
} from '@contracts/key-posts';
import { api } from '../../../lib/api';
import { queryClient } from '../../../lib/query-client';

export const KEY_POSTS_KEY = ['key-posts'] as const;
export const REQUIREMENTS_KEY = ['position-requirements'] as const;

/** GET /api/mines/:id/key-posts — the mine's required posts on a date (default today). */
export const useMineKeyPosts = (mineId: string, date?: string) => useQuery({
  queryKey: [...KEY_POSTS_KEY, 'mine', mineId, { date }] as const,
  queryFn: () => api.get<MineKeyPostsOut>(`/api/mines/${mineId}/key-posts`, { date }),
});

export interface VacancyFilter { date?: string; regionCode?: string; mineKind?: string; onlyFlagged?: string }
export const vacancyQuery = (f: VacancyFilter) => ({ date: f.date, regionCode: f.regionCode, mineKind: f.mineKind, onlyFlagged: f.onlyFlagged });

/** GET /api/key-post-vacancies — mines with vacancies or flags in the caller's scope, with counts per district. */
export const useVacancies = (f: VacancyFilter) => useQuery({
  queryKey: [...KEY_POSTS_KEY, 'vacancies', f] as const,
  queryFn: () => api.get<VacancyListOut>('/api/key-post-vacancies', vacancyQuery(f)),
});

/** POST /api/mines/:id/key-posts/hazard — a district registers the vacancy as a major hazard (UG-32 / TP-19). */
export function useCreateVacancyHazard(mineId: string) {
  return useMutation({
    mutationFn: (input: VacancyHazardInput) => api.post<{ hazardId: string; standardItemCode: string }>(`/api/mines/${mineId}/key-posts/hazard`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY_POSTS_KEY }),
  });
}

export const useRequirements = () => useQuery({ queryKey: REQUIREMENTS_KEY, queryFn: () => api.get<RequirementOut[]>('/api/position-requirements') });

/** PUT /api/position-requirements/:id (rules.manage). */
export function useUpdateRequirement() {
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: RequirementInput }) => api.put<RequirementOut>(`/api/position-requirements/${id}`, input),
    onSuccess: () => Promise.all([
      queryClient.invalidateQueries({ queryKey: REQUIREMENTS_KEY }), queryClient.invalidateQueries({ queryKey: KEY_POSTS_KEY }),
    ]),
  });
}
