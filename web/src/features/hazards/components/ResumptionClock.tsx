import { Space, Tag, Tooltip, Typography } from 'antd';
import { RESUMPTION_DAY_BASES, RESUMPTION_STATUSES } from '@contracts/resumptions';
import { CodeTag } from '../../../components/CodeTag';
import { labelOf, shanghaiToday } from '../../../lib/format';
import type { Resumption } from '../api/resumptions';

export const RESUMPTION_COLORS: Record<string, string> = { pending: 'orange', approved: 'green', rejected: 'red' };

const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** The rule behind the clock, always with its 待核对 label (the source does not fix the days or their basis). */
export function RuleLabel({ r }: { r: Pick<Resumption, 'days' | 'dayBasis' | 'ruleNote'> }) {
  return (
    <Tooltip title={r.ruleNote}>
      <span>{r.days}个{labelOf(RESUMPTION_DAY_BASES, r.dayBasis)} <Tag color="warning">待核对</Tag></span>
    </Tooltip>
  );
}

/** 核查期限: the due date with days left or overdue; no due date when the working calendar lacks a year (and why). */
export function ResumptionClock({ r }: { r: Resumption }) {
  if (!r.dueDate) return <Typography.Text type="warning" data-testid="resumption-no-due">{r.dueDateNote ?? '核查期限无法计算'}</Typography.Text>;
  if (r.status !== 'pending') return <span>{r.dueDate}</span>;
  const left = daysBetween(shanghaiToday(), r.dueDate);
  return (
    <Space size={4} data-testid="resumption-clock">
      <span>{r.dueDate}</span>
      {r.overdue ? <Tag color="red">已逾期</Tag> : <Tag color={left <= 2 ? 'gold' : 'blue'}>{left === 0 ? '今日到期' : `剩余${left}天`}</Tag>}
    </Space>
  );
}

export const ResumptionStatus = ({ r }: { r: Resumption }) =>
  <CodeTag labels={RESUMPTION_STATUSES} value={r.status} colors={RESUMPTION_COLORS} />;
