import { MONTHLY_REPORT_FIGURES, type MonthlyReportOut, type MonthlyReportRow } from '@contracts/monthly-report';

/** 非煤矿山重大事故隐患动态清零月报（2025年3月） */
export function reportTitle(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return `非煤矿山重大事故隐患动态清零月报（${y}年${m}月）`;
}

export const chineseDate = (iso: string) => { const [y, m, d] = iso.split('-').map(Number); return `${y}年${m}月${d}日`; };

export const percent = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)}%`);

/** The table's columns, in order, with their printed text per row (PDF and Excel share them). */
export const REPORT_COLUMNS: { title: string; key: keyof MonthlyReportRow; rate?: boolean }[] = [
  { title: '区县', key: 'regionName' },
  ...MONTHLY_REPORT_FIGURES.map((f) => ({ title: f.title, key: f.key, rate: f.key.startsWith('selfInspection') })),
];

/** The rows as printed: every division, then the city total when there is one. */
export const printedRows = (r: MonthlyReportOut) => (r.total ? [...r.rows, r.total] : r.rows);
