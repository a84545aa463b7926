import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { Job } from '../types';

const RUNNING = new Set<Job['status']>(['queued', 'running']);
export const isJobRunning = (job: Job | undefined) => !job || RUNNING.has(job.status);

/** GET /api/jobs/:id */
export const getJob = (id: string) => api.get<Job>(`/api/jobs/${encodeURIComponent(id)}`);

/** Polls every second while the job is queued or running. */
export const jobQueryOptions = (id: string) => ({
  queryKey: ['jobs', id] as const,
  queryFn: () => getJob(id),
  refetchInterval: (q: { state: { data?: Job } }) => (isJobRunning(q.state.data) ? 1000 : false) as number | false,
  staleTime: 0,
});

export function useJob(id: string | undefined, initial?: Job) {
  return useQuery({ ...jobQueryOptions(id ?? ''), enabled: !!id, initialData: initial, initialDataUpdatedAt: 0 });
}

/** Percent for antd Progress: progress/total when the total is known, else progress read as a percentage. */
export function jobPercent(job: Job): number {
  if (job.status === 'succeeded') return 100;
  if (job.total && job.total > 0) return Math.min(100, Math.round((job.progress / job.total) * 100));
  return Math.min(100, Math.round(job.progress <= 1 ? job.progress * 100 : job.progress));
}
