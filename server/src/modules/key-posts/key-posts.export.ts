import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import { MINE_KINDS, MINE_STATUSES } from '@contracts/org';
import type { VacancyRowOut, vacancyListQuery } from '@contracts/key-posts';
import type { Actor } from '../../platform/access/actor';
import { assertCan } from '../../platform/access/actor';
import type { Platform } from '../../platform/context';
import type { ExcelColumn } from '../../platform/excel/columns';
import { writeXlsxStream } from '../../platform/excel/export';
import { sendXlsx } from '../../platform/http/download';
import { listVacancies } from './vacancies.service';

const label = (map: Record<string, string>, v: string) => map[v] ?? v;

const COLUMNS: ExcelColumn<VacancyRowOut>[] = [
  { key: 'regionName', header: '所在区县', width: 12, get: (r) => r.regionName },
  { key: 'mineName', header: '矿山名称', width: 32, get: (r) => r.mineName },
  { key: 'enterpriseName', header: '所属企业', width: 32, get: (r) => r.enterpriseName },
  { key: 'kinds', header: '类型', width: 14, get: (r) => r.kinds.map((k) => label(MINE_KINDS, k)).join('、') },
  { key: 'status', header: '状态', width: 10, get: (r) => label(MINE_STATUSES, r.status) },
  { key: 'vacancies', header: '空缺岗位数', width: 10, get: (r) => r.vacancies },
  { key: 'vacantPosts', header: '空缺岗位', width: 48, get: (r) => r.vacantPosts.join('、') },
  { key: 'flagTexts', header: '提示（兼任、多矿任职）', width: 48, get: (r) => r.flagTexts.join('；') },
];

/** 岗位空缺 as .xlsx: the same (capped) list as the screen, with the same filters. */
export async function exportVacancies(p: Platform, actor: Actor, q: z.output<typeof vacancyListQuery>, reply: FastifyReply) {
  assertCan(actor, 'data.export');
  const list = await listVacancies(p, actor, q);
  return sendXlsx(reply, `关键岗位空缺-${list.date}.xlsx`, (out) =>
    writeXlsxStream(out, { sheetName: '关键岗位空缺', title: `关键岗位空缺（${list.date}）`, columns: COLUMNS, rows: list.items }));
}
