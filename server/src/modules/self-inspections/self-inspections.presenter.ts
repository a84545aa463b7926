import type { MatrixOut, SelfInspectionOut, StatsOut } from '@contracts/self-inspections';
import type { SelfInspectionJoined } from './self-inspections.repository';
import type { CellRow, StatsRow } from './matrix.repository';
import { dueDate } from './self-inspections.calendar';

export function presentSelfInspection(r: SelfInspectionJoined, graceDays: number): SelfInspectionOut {
  const s = r.s;
  const due = dueDate(s.month, graceDays);
  const warnings: string[] = [];
  if (!s.organiserRoleOk) warnings.push(`组织人${r.organiserName}在自查日期${s.inspectionDate}未担任主要负责人或矿长（按系统设置），请核实`);
  if (s.backfilled) warnings.push(`补录：${s.month}的自查在截止日期后录入`);
  else if (s.late) warnings.push(`逾期提交：截止日期为${due}`);
  if (s.result === 'hazards_found' && s.hazardIds.length === 0) warnings.push('结论为发现重大隐患，但尚未关联隐患记录');
  return {
    id: s.id, mineId: s.mineId, mineName: r.mineName, enterpriseId: s.enterpriseId, enterpriseName: r.enterpriseName,
    regionCode: s.regionCode, regionName: r.regionName, month: s.month,
    organiserPersonId: s.organiserPersonId, organiserName: r.organiserName, organiserRoleOk: s.organiserRoleOk,
    inspectionDate: s.inspectionDate, participants: s.participants, scope: s.scope, result: s.result, hazardIds: s.hazardIds,
    signedByUserId: s.signedByUserId, signedAt: s.signedAt?.toISOString() ?? null,
    submittedAt: s.submittedAt.toISOString(), late: s.late, backfilled: s.backfilled, dueDate: due,
    warnings, version: s.version, updatedAt: s.updatedAt.toISOString(),
  };
}

/** Cells ordered by mine then month become one row per mine. */
export function presentMatrix(months: string[], cells: CellRow[]): MatrixOut {
  const rows: MatrixOut['rows'] = [];
  for (const c of cells) {
    let row = rows[rows.length - 1];
    if (!row || row.mineId !== c.mine_id) {
      row = { mineId: c.mine_id, mineName: c.mine_name, enterpriseId: c.enterprise_id, enterpriseName: c.enterprise_name,
        regionCode: c.region_code, regionName: c.region_name, cells: [] };
      rows.push(row);
    }
    row.cells.push({ month: c.month, status: c.status, backfilled: c.backfilled, recordId: c.record_id });
  }
  return { months, rows };
}

/** obliged = every cell not exempt (a pending month counts: its rate is progress so far). */
export function presentStats(rows: StatsRow[]): StatsOut {
  return {
    rows: rows.map((r) => {
      const obliged = r.submitted + r.late + r.missing + r.pending;
      return {
        regionCode: r.region_code, regionName: r.region_name, month: r.month, obliged,
        submitted: r.submitted, late: r.late, missing: r.missing, pending: r.pending, exempt: r.exempt,
        completeness: obliged ? (r.submitted + r.late) / obliged : null,
        onTimeRate: obliged ? r.submitted / obliged : null,
      };
    }),
  };
}
