import { HAZARD_GRADES, HAZARD_SOURCES, HAZARD_STATUSES } from '@contracts/hazards';
import type { ExcelColumn } from '../../platform/excel/columns';
import type { HazardJoined } from '../hazards/hazards.repository';
import { presentHazardListItem } from '../hazards/hazards.presenter';

/** One ledger line: the list item plus the fields the 隐患台账 shows that the list does not. */
export type LedgerRow = ReturnType<typeof presentHazardListItem> & {
  placeText: string | null; foundBy: string; foundAtDate: Date; registeredAtDate: Date; closedAt: Date | null;
  standardSituationCode: string | null;
};

export function presentLedgerRow(r: HazardJoined): LedgerRow {
  return {
    ...presentHazardListItem(r), placeText: r.h.placeText, foundBy: r.h.foundBy, foundAtDate: r.h.foundAt,
    registeredAtDate: r.h.registeredAt, closedAt: r.h.closedAt, standardSituationCode: r.h.standardSituationCode,
  };
}

const label = (map: Record<string, string>, v: string | null) => (v ? map[v] ?? v : null);
const yesNo = (b: boolean) => (b ? '是' : '否');

/** 隐患编号: the first 8 hex digits of the id, upper-case — short enough to read out, unique in practice. */
export const shortId = (id: string) => id.replaceAll('-', '').slice(0, 8).toUpperCase();

/** The 隐患台账 layout. Every text cell is formula-escaped by the shared writers (xlsx and csv). */
export const LEDGER_COLUMNS: ExcelColumn<LedgerRow>[] = [
  { key: 'code', header: '隐患编号', width: 12, get: (r) => shortId(r.id) },
  { key: 'regionName', header: '区县', width: 12, get: (r) => r.regionName },
  { key: 'enterpriseName', header: '企业', width: 30, get: (r) => r.enterpriseName },
  { key: 'mineName', header: '矿山', width: 30, get: (r) => r.mineName },
  { key: 'grade', header: '等级', width: 14, get: (r) => label(HAZARD_GRADES, r.grade) },
  { key: 'standard', header: '判定标准条目', width: 14, get: (r) => r.standardSituationCode ?? r.standardItemCode },
  { key: 'description', header: '隐患描述', width: 48, get: (r) => r.description },
  { key: 'placeText', header: '部位', width: 20, get: (r) => r.placeText },
  { key: 'source', header: '来源', width: 10, get: (r) => label(HAZARD_SOURCES, r.source) },
  { key: 'foundAt', header: '发现时间', width: 20, get: (r) => r.foundAtDate },
  { key: 'foundBy', header: '发现人', width: 14, get: (r) => r.foundBy },
  { key: 'registeredAt', header: '登记时间', width: 20, get: (r) => r.registeredAtDate },
  { key: 'status', header: '状态', width: 10, get: (r) => label(HAZARD_STATUSES, r.status) },
  { key: 'deadline', header: '整改期限', width: 12, get: (r) => r.deadline },
  { key: 'overdue', header: '是否逾期', width: 10, get: (r) => yesNo(r.overdue) },
  { key: 'listed', header: '是否挂牌', width: 10, get: (r) => yesNo(r.listingDocNo !== null) },
  { key: 'listingDocNo', header: '督办文号', width: 24, get: (r) => r.listingDocNo },
  { key: 'closedAt', header: '销号时间', width: 20, get: (r) => r.closedAt },
];
