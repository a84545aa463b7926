import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { MonthlyReportOut } from '@contracts/monthly-report';
import { api } from '../../../lib/api';

/** GET /api/monthly-report — 动态清零月报 for one month (the caller's divisions; the city total for city users). */
export const getMonthlyReport = (month: string) => api.get<MonthlyReportOut>('/api/monthly-report', { month });

export const monthlyReportPdfUrl = (month: string) => `/api/monthly-report.pdf?month=${encodeURIComponent(month)}`;
export const monthlyReportXlsxUrl = (month: string) => `/api/monthly-report.xlsx?month=${encodeURIComponent(month)}`;

/** `enabled` false for enterprise users, whom the server refuses (403). */
export function useMonthlyReport(month: string, enabled = true) {
  return useQuery({ queryKey: ['monthly-report', month], queryFn: () => getMonthlyReport(month), placeholderData: keepPreviousData, enabled });
}
