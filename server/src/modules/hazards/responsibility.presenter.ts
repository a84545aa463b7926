import { ROLES, type Role } from '@contracts/access';
import { HAZARD_STATUSES } from '@contracts/hazards';
import {
  DATE_BASES, DUTIES, RESPONSIBILITY_ACTIONS, RESPONSIBILITY_ENTITIES, RESUMPTION_STATUSES,
  type DateBasis, type Duty, type ResponsibilityEntryOut, type ResponsiblePersonOut, type TimingOut,
} from '@contracts/responsibility';
import { PURPOSES } from '../attachments/attachments.service';
import type { AuditRow, HeldPost } from './responsibility.repository';
import { shanghaiDateTime, type Snapshot } from './responsibility.timing';

/** Whitelisted facts of one audit row: never the raw before/after, the IP or the request id. */
export interface EntryContext {
  users: Map<string, { username: string; displayName: string }>;
  orgNames: Map<string, string>;
  timing: TimingOut[];
  chainFailure: string | null;
}

const obj = (v: unknown): Snapshot & { id?: unknown } & Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? v as never : {});

function detailOf(r: AuditRow): string | null {
  const before = obj(r.before);
  const after = obj(r.after);
  if (r.entityType === 'attachment') {
    const purpose = (PURPOSES as Record<string, string>)[String(after.purpose)] ?? '附件';
    return typeof after.filename === 'string' ? `${purpose}：${after.filename}` : purpose;
  }
  if (r.entityType === 'hazard_flag') return [after.label, after.detail].filter((x) => typeof x === 'string').join('：') || null;
  const parts: string[] = [];
  if (r.action.startsWith('resumption_')) {
    if (typeof after.dueDate === 'string') parts.push(`核查期限 ${after.dueDate}`);
    if (typeof after.verifiedOn === 'string') parts.push(`现场核查 ${after.verifiedOn}`);
    return parts.length ? parts.join('；') : null;
  }
  if (after.deadline && after.deadline !== before.deadline) {
    parts.push(before.deadline ? `整改期限 ${before.deadline} → ${after.deadline}` : `整改期限 ${after.deadline}`);
  }
  if (after.listingDocNo && after.listingDocNo !== before.listingDocNo) parts.push(`督办文号 ${after.listingDocNo}`);
  return parts.length ? parts.join('；') : null;
}

export function presentEntry(r: AuditRow, c: EntryContext): ResponsibilityEntryOut {
  const roles = (r.actorRole ?? '').split(',').filter(Boolean);
  const user = r.actorUserId ? c.users.get(r.actorUserId) : undefined;
  // A hazard row's snapshots are the hazard's, except a resumption step's, which are the 复产申请's.
  const resumption = r.action.startsWith('resumption_');
  const statusOf = (v: unknown) => (r.entityType === 'hazard' && (resumption || obj(v).id === r.entityId) ? obj(v).status ?? null : null);
  const labels = resumption ? RESUMPTION_STATUSES : (HAZARD_STATUSES as Record<string, string>);
  const label = (st: string | null) => (st ? labels[st] ?? st : null);
  const from = statusOf(r.before);
  const to = statusOf(r.after);
  return {
    seq: r.seq, occurredAt: r.occurredAt.toISOString(), time: shanghaiDateTime(r.occurredAt),
    entityType: r.entityType, entityLabel: RESPONSIBILITY_ENTITIES[r.entityType] ?? r.entityType,
    action: r.action, actionLabel: RESPONSIBILITY_ACTIONS[r.action] ?? r.action,
    actor: {
      userId: r.actorUserId, username: r.actorUsername, displayName: user?.displayName ?? null,
      roles, roleLabel: roles.map((x) => ROLES[x as Role]?.label ?? x).join('、'),
      orgId: r.actorOrgId, orgName: r.actorOrgId ? c.orgNames.get(r.actorOrgId) ?? null : null,
    },
    fromStatus: from, toStatus: to, fromStatusLabel: label(from), toStatusLabel: label(to),
    detail: detailOf(r), timing: c.timing, chainOk: c.chainFailure === null,
  };
}

export interface Units { enterpriseName: string; mineName: string; parentName: string | null }

/** Who held each post on each date; a post nobody held that day is a row without a name. */
export function presentPeople(posts: HeldPost[], dates: { basis: DateBasis; date: string }[], u: Units): ResponsiblePersonOut[] {
  const duties: Duty[] = u.parentName ? ['mine_principal', 'mine_manager', 'parent_principal'] : ['mine_principal', 'mine_manager'];
  const unitOf: Record<Duty, string | null> = { mine_principal: u.enterpriseName, mine_manager: u.mineName, parent_principal: u.parentName };
  return dates.flatMap(({ basis, date }) => duties.flatMap((duty): ResponsiblePersonOut[] => {
    const held = posts.filter((x) => x.duty === duty && x.startDate <= date && (x.endDate === null || x.endDate >= date));
    const head = { basis, basisLabel: DATE_BASES[basis], date, duty, dutyLabel: DUTIES[duty] };
    if (held.length === 0) return [{ ...head, unitName: unitOf[duty], name: null, phone: null, startDate: null, endDate: null }];
    return held.map((x) => ({ ...head, unitName: x.unitName, name: x.name, phone: x.phoneMasked, startDate: x.startDate, endDate: x.endDate }));
  }));
}
