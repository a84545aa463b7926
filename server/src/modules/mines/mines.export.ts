import type { FastifyReply } from 'fastify';
import { MINE_KINDS, MINE_SCALES, MINE_STATUSES, type MineListItem } from '@contracts/org';
import type { Actor } from '../../platform/access/actor';
import { assertCan } from '../../platform/access/actor';
import type { Platform } from '../../platform/context';
import type { ExcelColumn } from '../../platform/excel/columns';
import { writeXlsxStream } from '../../platform/excel/export';
import { sendXlsx } from '../../platform/http/download';
import { iterateMines, type MineFilter } from './mines.repository';
import { presentMineListItem } from './mines.presenter';

const label = <T extends Record<string, string>>(map: T, v: string | null) => (v ? (map as Record<string, string>)[v] ?? v : null);

export const MINE_EXPORT_COLUMNS: ExcelColumn<MineListItem>[] = [
  { key: 'name', header: '矿山名称', width: 32, get: (r) => r.name },
  { key: 'enterpriseName', header: '所属企业', width: 32, get: (r) => r.enterpriseName },
  { key: 'regionName', header: '所在区县', width: 12, get: (r) => r.regionName },
  { key: 'kinds', header: '类型', width: 14, get: (r) => r.kinds.map((k) => label(MINE_KINDS, k)).join('、') },
  { key: 'status', header: '状态', width: 10, get: (r) => label(MINE_STATUSES, r.status) },
  { key: 'mineral', header: '矿种', width: 10, get: (r) => r.mineral },
  { key: 'scale', header: '规模', width: 8, get: (r) => label(MINE_SCALES, r.scale) },
  { key: 'miningLicenceNo', header: '采矿许可证号', width: 26, get: (r) => r.miningLicenceNo },
  { key: 'miningLicenceTo', header: '采矿许可证有效期至', width: 14, get: (r) => r.miningLicenceTo },
  { key: 'safetyLicenceTo', header: '安全生产许可证有效期至', width: 14, get: (r) => r.safetyLicenceTo },
];

export async function exportMines(p: Platform, actor: Actor, q: Omit<MineFilter, 'scope'>, reply: FastifyReply) {
  assertCan(actor, 'mine.read');
  assertCan(actor, 'data.export');
  const rows = (async function* () {
    for await (const r of iterateMines(p.database.db, { ...q, scope: actor.scope })) yield presentMineListItem(r);
  })();
  return sendXlsx(reply, `矿山名录-${new Date().toISOString().slice(0, 10)}.xlsx`, (out) =>
    writeXlsxStream(out, { sheetName: '矿山名录', columns: MINE_EXPORT_COLUMNS, rows }));
}
