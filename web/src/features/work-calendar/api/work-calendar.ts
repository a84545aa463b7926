import { useMutation, useQuery } from '@tanstack/react-query';
import type { WorkCalendarYearInput, WorkCalendarYearOut } from '@contracts/work-calendar';
import { api } from '../../../lib/api';
import { queryClient } from '../../../lib/query-client';

export type CalendarYear = WorkCalendarYearOut;
export const WORK_CALENDAR_KEY = ['work-calendar'] as const;

/** GET /api/work-calendar — the official schedule per year (法定节假日安排). */
export const getWorkCalendar = () => api.get<{ years: CalendarYear[] }>('/api/work-calendar');

export function useWorkCalendar() {
  return useQuery({ queryKey: WORK_CALENDAR_KEY, queryFn: getWorkCalendar });
}

/** PUT /api/work-calendar/:year — add or correct a year (system administrator). */
export const putWorkCalendarYear = (year: number, input: WorkCalendarYearInput) =>
  api.put<CalendarYear>(`/api/work-calendar/${year}`, input);

export function usePutWorkCalendarYear() {
  return useMutation({
    mutationFn: ({ year, input }: { year: number; input: WorkCalendarYearInput }) => putWorkCalendarYear(year, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: WORK_CALENDAR_KEY }),
  });
}
