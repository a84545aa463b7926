import type { MonthStatus } from '@contracts/self-inspections';

/** Matrix cell labels as the regulators say them (the contracts' MONTH_STATUSES are the long forms). */
export const CELL_LABELS: Record<MonthStatus, string> = {
  submitted: '已按时报送', late: '逾期报送', missing: '缺报', exempt: '免报', pending: '待报',
};
export const CELL_COLORS: Record<MonthStatus, string> = {
  submitted: 'green', late: 'orange', missing: 'red', exempt: 'default', pending: 'blue',
};

/** Definitions shown as tooltips (docs/self-inspections.md, "Matrix and rates"). */
export const CELL_HINTS: Record<MonthStatus, string> = {
  submitted: '在截止日期（月末 + 宽限天数）前提交了当月自查记录',
  late: '当月自查记录在截止日期后提交（同时标记为补录）',
  missing: '截止日期已过，仍无当月自查记录',
  exempt: '矿山已关闭，或该月早于系统开始要求月度自查的月份，无需自查',
  pending: '截止日期未到，尚未提交当月自查记录',
};
export const COMPLETENESS_HINT = '完成率 =（按时报送 + 逾期报送）÷ 应报数；应报数 = 不含免报的矿山月份数（待报计入，故本月为截至目前的进度）；无应报时显示“—”';
export const ON_TIME_HINT = '按时率 = 按时报送 ÷ 应报数；应报数 = 不含免报的矿山月份数（待报计入）；无应报时显示“—”';

/** Field labels, for the STALE comparison. */
export const SELF_INSPECTION_LABELS: Record<string, string> = {
  organiserName: '组织人', inspectionDate: '自查日期', participants: '参加人员', scope: '自查范围', result: '自查结论',
  hazardIds: '关联隐患', signedAt: '签字时间', version: '版本',
};

export const MAX_MONTHS = 24;
