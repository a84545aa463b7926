import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import { TRAINING_CATEGORIES, type TrainingRecordOut, type trainingRecordFilter } from '@contracts/training';
import type { Actor } from '../../platform/access/actor';
import { assertCan } from '../../platform/access/actor';
import type { Platform } from '../../platform/context';
import type { ExcelColumn } from '../../platform/excel/columns';
import { writeXlsxStream } from '../../platform/excel/export';
import { sendXlsx } from '../../platform/http/download';
import { iterateRecords } from './training.repository';
import { presentRecord } from './training.presenter';
import { recordFilter } from './training.service';

const COLUMNS: ExcelColumn<TrainingRecordOut>[] = [
  { key: 'personName', header: '姓名', width: 12, get: (r) => r.personName },
  { key: 'category', header: '类别', width: 14, get: (r) => TRAINING_CATEGORIES[r.category as keyof typeof TRAINING_CATEGORIES] ?? r.category },
  { key: 'enterpriseName', header: '所在企业', width: 32, get: (r) => r.enterpriseName },
  { key: 'regionName', header: '计入区县', width: 12, get: (r) => r.regionName },
  { key: 'course', header: '培训课程', width: 28, get: (r) => r.course },
  { key: 'hours', header: '学时', width: 8, get: (r) => r.hours },
  { key: 'examScore', header: '考试成绩', width: 10, get: (r) => r.examScore },
  { key: 'passed', header: '是否合格', width: 10, get: (r) => (r.passed ? '合格' : '不合格') },
  { key: 'certificateNo', header: '合格证号', width: 20, get: (r) => r.certificateNo },
  { key: 'trainedOn', header: '培训日期', width: 12, get: (r) => r.trainedOn },
];

/** The filtered list as an .xlsx file (same scope and filters as the list). */
export async function exportRecords(p: Platform, actor: Actor, q: z.output<typeof trainingRecordFilter>, reply: FastifyReply) {
  assertCan(actor, 'person.read');
  assertCan(actor, 'data.export');
  const rows = (async function* () {
    for await (const r of iterateRecords(p.database.db, recordFilter(actor, q))) yield presentRecord(r);
  })();
  return sendXlsx(reply, `三项岗位培训记录-${new Date().toISOString().slice(0, 10)}.xlsx`, (out) =>
    writeXlsxStream(out, { sheetName: '培训记录', columns: COLUMNS, rows }));
}
