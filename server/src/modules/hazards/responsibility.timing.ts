import type { TimingOut } from '@contracts/responsibility';

/**
 * 时效 of each step in the 责任倒查 view, computed from the audit rows alone (pure, in seq order):
 * the registration gap against the configured limit, steps against the deadline in force at that moment
 * (the `before` snapshot's deadline, so an extension granted earlier counts), and how long the district
 * took between a submission and its decision. Dates are Asia/Shanghai calendar dates.
 */
export interface Snapshot { status?: string; deadline?: string | null; foundAt?: string; registeredAt?: string; listingDocNo?: string | null }
export interface TimedEvent { entityType: string; action: string; occurredAt: Date; before: Snapshot | null; after: Snapshot | null }

// Intl rather than +8h: China kept DST in 1986–1991.
const DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });
const TIME = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hourCycle: 'h23', hour: '2-digit', minute: '2-digit', second: '2-digit' });
export const shanghaiDate = (d: Date) => DATE.format(d);
export const shanghaiDateTime = (d: Date) => `${DATE.format(d)} ${TIME.format(d)}`;

/** b − a in calendar days, both YYYY-MM-DD. */
export const daysBetween = (a: string, b: string) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
const hoursBetween = (a: Date, b: Date) => Math.round((b.getTime() - a.getTime()) / 36_000) / 100;

/** 1天3小时 / 5.5小时 / 12分钟. */
export function duration(hours: number): string {
  const h = Math.max(0, hours);
  if (h < 1) return `${Math.round(h * 60)}分钟`;
  if (h < 24) return `${Math.round(h * 10) / 10}小时`;
  const days = Math.floor(h / 24);
  const rest = Math.round(h - days * 24);
  return rest ? `${days}天${rest}小时` : `${days}天`;
}

const base = { late: null, hours: null, daysLate: null, deadline: null, limitHours: null };

function registration(e: TimedEvent, limitHours: number): TimingOut | null {
  const found = e.after?.foundAt;
  const registered = e.after?.registeredAt ?? e.occurredAt.toISOString();
  if (!found) return null;
  const hours = hoursBetween(new Date(found), new Date(registered));
  const late = hours > limitHours;
  const text = `发现后${duration(hours)}登记（时限${limitHours}小时）${late ? `，超时${duration(hours - limitHours)}` : '，未超时'}`;
  return { ...base, kind: 'registration', label: '登记时效', text, late, hours, limitHours };
}

/** Steps measured against the deadline in force when they were taken. */
const AGAINST_DEADLINE: Record<string, string> = {
  submit_plan: '方案提交', self_accept: '企业自验', accept_pass: '验收通过', accept_fail: '验收（不通过）',
  close_general: '销号', delist: '摘牌销号',
};

function againstDeadline(e: TimedEvent): TimingOut | null {
  let label = AGAINST_DEADLINE[e.action];
  if (!label || e.entityType !== 'hazard') return null;
  if (e.action === 'accept_pass' && e.after?.status === 'closed') label = '验收销号';
  const deadline = e.before?.deadline ?? null;
  if (!deadline) return { ...base, kind: 'deadline', label, text: '未设整改期限' };
  const daysLate = daysBetween(deadline, shanghaiDate(e.occurredAt));
  const when = daysLate > 0 ? `逾期${daysLate}天` : daysLate === 0 ? '期限当日' : `提前${-daysLate}天`;
  return { ...base, kind: 'deadline', label, text: `${when}（整改期限${deadline}）`, late: daysLate > 0, daysLate, deadline };
}

/** The district's (or listing agency's) decision and the submission it answers. */
const TURNAROUND: Record<string, { after: string; label: string; since: string }> = {
  confirm: { after: 'reported', label: '认定用时', since: '上报' },
  reject_as_general: { after: 'reported', label: '认定用时', since: '上报' },
  accept_pass: { after: 'self_accept', label: '验收用时', since: '企业自验' },
  accept_fail: { after: 'self_accept', label: '验收用时', since: '企业自验' },
  extension_approve: { after: 'extension_request', label: '延期审批用时', since: '申请延期' },
  extension_reject: { after: 'extension_request', label: '延期审批用时', since: '申请延期' },
  delist: { after: 'awaiting_delisting', label: '摘牌核查用时', since: '验收通过' },
  resumption_approve: { after: 'resumption_apply', label: '复产核查用时', since: '申请复产' },
  resumption_reject: { after: 'resumption_apply', label: '复产核查用时', since: '申请复产' },
};

/** The submission each later decision is measured from (the latest one of its kind). */
function markerOf(e: TimedEvent): string | null {
  if (e.entityType !== 'hazard') return null;
  if (e.action === 'create' && e.after?.status === 'reported') return 'reported';
  if (e.action === 'self_accept' || e.action === 'extension_request' || e.action === 'resumption_apply') return e.action;
  if (e.action === 'accept_pass' && e.after?.status === 'awaiting_delisting') return 'awaiting_delisting';
  return null;
}

/** 时效 of every event, in order; the result lines up with the input. */
export function timings(events: TimedEvent[], limitHours: number): TimingOut[][] {
  const since = new Map<string, Date>();
  return events.map((e) => {
    const out: TimingOut[] = [];
    if (e.entityType === 'hazard' && e.action === 'create') {
      const r = registration(e, limitHours);
      if (r) out.push(r);
    }
    const d = againstDeadline(e);
    if (d) out.push(d);
    const t = e.entityType === 'hazard' ? TURNAROUND[e.action] : undefined;
    const start = t ? since.get(t.after) : undefined;
    if (t && start) {
      const hours = hoursBetween(start, e.occurredAt);
      out.push({ ...base, kind: 'turnaround', label: t.label, text: `自${t.since}起${duration(hours)}`, hours });
      since.delete(t.after);
    }
    const marker = markerOf(e);
    if (marker) since.set(marker, e.occurredAt);
    return out;
  });
}
