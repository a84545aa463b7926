import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { classroomInput } from '@contracts/training';
import { api } from '../../../lib/api';
import type { ListParams, ListResult, Page } from '../../../lib/list';
import type { Classroom, ClassroomRate } from '../types';
import { classroomsKey } from './keys';

/** GET /api/classroom-connections?q&regionCode&connected&obligedOnly — every mine in scope with its connection. */
export const getClassrooms = (f: ListParams, page: Page) => api.get<ListResult<Classroom>>('/api/classroom-connections',
  { q: f.q, regionCode: f.regionCode, connected: f.connected, obligedOnly: f.obligedOnly, ...page });

/** GET /api/classroom-connections/rate — over producing and building mines, against the 90% target. */
export const getClassroomRate = () => api.get<ClassroomRate>('/api/classroom-connections/rate');
export function useClassroomRate() {
  return useQuery({ queryKey: [...classroomsKey, 'rate'], queryFn: getClassroomRate });
}

export type ClassroomInput = z.input<typeof classroomInput>;
/** PUT /api/mines/:id/classroom — regulators (classroom.record); a later record names the version. */
export const putClassroom = ({ mineId, ...body }: ClassroomInput & { mineId: string }) =>
  api.put<Classroom>(`/api/mines/${encodeURIComponent(mineId)}/classroom`, body);
export function usePutClassroom() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: putClassroom, onSuccess: () => qc.invalidateQueries({ queryKey: classroomsKey }) });
}
