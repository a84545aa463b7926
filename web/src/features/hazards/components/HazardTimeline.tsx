import { Tag, Timeline, Typography } from 'antd';
import { HAZARD_STATUSES } from '@contracts/hazards';
import { formatDateTime, labelOf } from '../../../lib/format';
import { EVENT_LABELS } from '../labels';
import type { Hazard, HazardEvent } from '../types';
import { RegistrationLag } from './HazardDescriptions';

const COLORS: Record<string, string> = {
  create: 'blue', confirm: 'blue', reject_as_general: 'gray', accept_fail: 'red', extension_reject: 'red',
  accept_pass: 'green', close_general: 'green', delist: 'green', list: 'red',
};

/** The payload facts worth showing (deadline set, listing number, requested date). */
function payloadText(e: HazardEvent): string | null {
  const p = (e.payload && typeof e.payload === 'object' ? e.payload : {}) as Record<string, unknown>;
  const parts: string[] = [];
  if (typeof p.docNo === 'string') parts.push(`文号 ${p.docNo}`);
  if (typeof p.deadline === 'string') parts.push(`期限 ${p.deadline}`);
  if (typeof p.requestedDeadline === 'string') parts.push(`申请延期至 ${p.requestedDeadline}`);
  if (typeof p.standardItemCode === 'string') parts.push(`条目 ${p.standardItemCode}${typeof p.standardSituationCode === 'string' ? ` / ${p.standardSituationCode}` : ''}`);
  if (p.stopProduction === true) parts.push('停产停工');
  if (p.workersWithdrawn === true) parts.push('撤出作业人员');
  return parts.length ? parts.join('；') : null;
}

/** 处理记录: who did what when, and the status it moved to. */
export function HazardTimeline({ hazard: h }: { hazard: Hazard }) {
  return (
    <Timeline
      data-testid="hazard-timeline"
      titleSpan={4}
      items={h.timeline.map((e) => {
        const extra = payloadText(e);
        return {
          key: e.seq,
          color: COLORS[e.action] ?? 'gray',
          title: formatDateTime(e.at),
          content: (
            <div>
              <Typography.Text strong>{EVENT_LABELS[e.action] ?? e.action}</Typography.Text>
              <Typography.Text type="secondary" style={{ marginLeft: 8 }}>{e.actorName ?? '系统'}</Typography.Text>
              {e.fromStatus !== e.toStatus && (
                <Tag style={{ marginLeft: 8 }}>
                  {e.fromStatus ? `${labelOf(HAZARD_STATUSES, e.fromStatus)} → ` : ''}{labelOf(HAZARD_STATUSES, e.toStatus)}
                </Tag>
              )}
              {e.note && <div style={{ whiteSpace: 'pre-wrap' }}>{e.note}</div>}
              {extra && <div><Typography.Text type="secondary">{extra}</Typography.Text></div>}
              {e.action === 'create' && <div><RegistrationLag r={h.registration} /></div>}
            </div>
          ),
        };
      })}
    />
  );
}
