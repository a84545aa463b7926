import { z } from 'zod';

/** 动态清零月报 (渝安办〔2025〕13号 §4): per district and month, computed from history, never stored. */
export const monthlyReportQuery = z.object({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为YYYY-MM'),
});

const count = z.number().int();
export const monthlyReportRow = z.object({
  regionCode: z.string().nullable(), // null on the city total row
  regionName: z.string(),
  openAtStart: count,
  found: count,
  closed: count,
  reopened: count,
  openAtEnd: count,
  overdueAtEnd: count,
  listedAtEnd: count,
  newlyListed: count,
  selfInspectionObliged: count,
  selfInspectionCompleteness: z.number().nullable(),
  selfInspectionOnTimeRate: z.number().nullable(),
});
export type MonthlyReportRow = z.infer<typeof monthlyReportRow>;

export const monthlyReportOut = z.object({
  month: z.string(),
  /** the Asia/Shanghai instants bounding the month: [periodStart, periodEnd) */
  periodStart: z.string(),
  periodEnd: z.string(),
  generatedAt: z.string(),
  rows: z.array(monthlyReportRow),
  /** the city total (sum of all divisions), for city-tier callers only */
  total: monthlyReportRow.nullable(),
});
export type MonthlyReportOut = z.infer<typeof monthlyReportOut>;

export type MonthlyReportFigure = Exclude<keyof MonthlyReportRow, 'regionCode' | 'regionName' | 'selfInspectionObliged'>;

/**
 * Every figure's definition (统计对象、统计期、计算方法), shown as header tooltips and printed under the table.
 * 统计期: the month in Asia/Shanghai, from 1日00:00 (inclusive) to the next month's 1日00:00 (exclusive).
 */
export const MONTHLY_REPORT_FIGURES: { key: MonthlyReportFigure; title: string; definition: string }[] = [
  { key: 'openAtStart', title: '月初未销号', definition: '统计对象：重大事故隐患（当前等级为重大；不予认定为重大的不计）。月初（本月1日0时）已发现（发现时间早于月初）且在该时刻未销号的隐患数；状态按隐患时间线中该时刻以前的最后一条记录确定。' },
  { key: 'found', title: '本月新增', definition: '发现时间在本月内的重大事故隐患数（含企业自查上报待认定的）。按发现时间而非登记时间统计：隐患自发现之日起即客观存在；发现后补登记的，计入发现当月（该月数字会随补登记更新）。' },
  { key: 'closed', title: '本月销号', definition: '本月内发生的销号次数（时间线中状态变为“已销号”的记录，验收通过或摘牌销号；无时间线的历史数据按销号时间）。' },
  { key: 'reopened', title: '撤销销号重开', definition: '本月内被撤销销号、重新进入整改的次数（时间线中由“已销号”变为其他状态的记录）。' },
  { key: 'openAtEnd', title: '月末未销号', definition: '月末（次月1日0时）已发现且在该时刻未销号的重大事故隐患数。恒等式：月初未销号 + 本月新增 − 本月销号 + 撤销销号重开 = 月末未销号。' },
  { key: 'overdueAtEnd', title: '月末逾期', definition: '月末未销号的隐患中，该时刻有效的整改期限早于次月1日（即期限不晚于本月最后一日）的隐患数；有效期限按当时已认定的期限及已批准的延期确定，尚未认定（无期限）的不计。' },
  { key: 'listedAtEnd', title: '月末挂牌督办', definition: '月末（次月1日0时）处于挂牌督办中的重大事故隐患数：挂牌时间早于月末，且未摘牌或摘牌时间不早于月末。' },
  { key: 'newlyListed', title: '本月新挂牌', definition: '挂牌时间在本月内的重大事故隐患数。' },
  { key: 'selfInspectionCompleteness', title: '自查完成率', definition: '本月应开展重大隐患月度自查的矿山（未关闭、已到自查起始月份）中已填报（按时或逾期补录）的比例 =（按时 + 逾期）÷ 应自查矿山数；与“月度自查”页面的口径相同。本月未结束时为截至目前的进度。' },
  { key: 'selfInspectionOnTimeRate', title: '自查按时率', definition: '本月应自查矿山中在截止日期（月末 + 宽限天数）前填报的比例 = 按时 ÷ 应自查矿山数；与“月度自查”页面的口径相同。' },
];

export const MONTHLY_REPORT_SCOPE_NOTE = '行：有矿山的区县（按行政区划顺序）；全市合计为各区县之和，自查比率按全市矿山合计计算。';
