import { HAZARD_GRADES, HAZARD_STATUSES } from '@contracts/hazards';
import type { DateBasis, ResponsibilityOut } from '@contracts/responsibility';
import type { Actor } from '../../platform/access/actor';
import { assertCan } from '../../platform/access/actor';
import type { Platform } from '../../platform/context';
import { readSetting } from './hazards.repository';
import { findInScope, REGISTRATION_LIMIT_KEY } from './hazards.service';
import { itemsFor } from './hazards.standard';
import * as repo from './responsibility.repository';
import { CHAIN_NOTE, checkListedRows } from './responsibility.chain';
import { presentEntry, presentPeople } from './responsibility.presenter';
import { shanghaiDate, timings, type Snapshot } from './responsibility.timing';

const unique = <T>(xs: (T | null | undefined)[]) => [...new Set(xs.filter((x): x is T => x != null))];

/**
 * 隐患责任倒查: the hazard's whole history as the audit log recorded it (who, in which role and
 * organisation, did what and when, and how late), the principals in office on the found date and on the
 * closure date (or today), and a cheap check of the listed audit rows. Read like the hazard itself:
 * outside the scope 404, then hazard.read 403. Reading changes nothing and is not audited.
 */
export async function getResponsibility(p: Platform, actor: Actor, id: string): Promise<ResponsibilityOut> {
  const db = p.database.db;
  const row = await findInScope(db, actor, id);
  assertCan(actor, 'hazard.read');
  const h = row.h;

  const ids = await repo.relatedIds(db, h.id);
  const [rows, limitSetting, parent] = await Promise.all([
    repo.auditRowsOf(db, ids), readSetting(db, REGISTRATION_LIMIT_KEY, 24), repo.parentOf(db, h.enterpriseId),
  ]);
  const limitHours = Number(limitSetting);
  const dates: { basis: DateBasis; date: string }[] = [
    { basis: 'found', date: shanghaiDate(h.foundAt) },
    h.closedAt ? { basis: 'closure', date: shanghaiDate(h.closedAt) } : { basis: 'today', date: shanghaiDate(new Date()) },
  ];
  const span = dates.map((d) => d.date).sort();
  const [users, orgNames, previous, posts] = await Promise.all([
    repo.usersOf(db, unique(rows.map((r) => r.actorUserId))),
    repo.orgNamesOf(db, unique(rows.map((r) => r.actorOrgId))),
    repo.hmacsOf(db, unique(rows.map((r) => (r.seq > 1 ? r.seq - 1 : null)))),
    repo.postsBetween(db, { mineId: h.mineId, enterpriseId: h.enterpriseId, parentId: parent?.id ?? null }, span[0]!, span[span.length - 1]!),
  ]);

  const timed = timings(rows.map((r) => ({
    entityType: r.entityType, action: r.action, occurredAt: r.occurredAt, before: r.before as Snapshot | null, after: r.after as Snapshot | null,
  })), limitHours);
  const failures = checkListedRows(p.auditKey, rows, previous);
  const entries = rows.map((r, i) => presentEntry(r, { users, orgNames, timing: timed[i]!, chainFailure: failures.get(r.seq) ?? null }));
  const broken = rows.flatMap((r) => { const reason = failures.get(r.seq); return reason ? [{ seq: r.seq, reason }] : []; });

  const item = h.standardItemCode ? itemsFor(row.mineKinds, h.standardItemCode).find((i) => i.code === h.standardItemCode) : undefined;
  return {
    hazard: {
      id: h.id, description: h.description, mineName: row.mineName, enterpriseName: row.enterpriseName,
      parentEnterpriseName: parent?.name ?? null, regionName: row.regionName,
      grade: h.grade, gradeLabel: (HAZARD_GRADES as Record<string, string>)[h.grade] ?? h.grade,
      standardItemCode: h.standardItemCode, standardItemTitle: item?.title ?? null, standardSituationCode: h.standardSituationCode,
      status: h.status, statusLabel: (HAZARD_STATUSES as Record<string, string>)[h.status] ?? h.status,
      foundAt: h.foundAt.toISOString(), registeredAt: h.registeredAt.toISOString(), deadline: h.deadline,
      closedAt: h.closedAt?.toISOString() ?? null, listingDocNo: row.listingDocNo ?? null,
    },
    registrationLimitHours: limitHours,
    entries,
    people: presentPeople(posts, dates, { enterpriseName: row.enterpriseName, mineName: row.mineName, parentName: parent?.name ?? null }),
    verification: { ok: broken.length === 0, checked: rows.length, failures: broken, note: CHAIN_NOTE },
    notes: [
      `登记时限${limitHours}小时为待确认的配置项（hazard.registration_limit_hours）`,
      '期限比较以操作当时有效的整改期限为准，按北京时间日历日计算',
      '角色和单位为操作当时审计日志所记录的；姓名为账号当前的显示名称',
      ...(parent ? [] : ['该企业未登记上级公司']),
    ],
    generatedAt: new Date().toISOString(),
  };
}
