import type { FastifyReply } from 'fastify';
import { CERTIFICATE_STATES, CERTIFICATE_STATUSES, type CertificateListItem, type CertificateListQuery } from '@contracts/certificates';
import { assertCan, type Actor } from '../../platform/access/actor';
import type { Platform } from '../../platform/context';
import type { ExcelColumn } from '../../platform/excel/columns';
import { writeXlsxStream } from '../../platform/excel/export';
import { sendXlsx } from '../../platform/http/download';
import { iterateCertificates } from './certificates.repository';
import { presentCertificateItem } from './certificates.presenter';
import { filterOf } from './certificates.service';
import { shanghaiToday } from './certificates.rules';

const label = (map: Record<string, string>, v: string) => map[v] ?? v;

/** Exactly the filtered list; ID numbers masked as on screen; cells escaped by the writer (formula injection). */
export const CERTIFICATE_EXPORT_COLUMNS: ExcelColumn<CertificateListItem>[] = [
  { key: 'personName', header: '姓名', width: 12, get: (r) => r.personName },
  { key: 'idNumber', header: '身份证件号码', width: 22, get: (r) => r.idNumber },
  { key: 'enterpriseName', header: '所在企业', width: 30, get: (r) => r.enterpriseName },
  { key: 'typeName', header: '作业类别', width: 26, get: (r) => `${r.typeCode} ${r.typeName}` },
  { key: 'number', header: '证号', width: 22, get: (r) => r.number },
  { key: 'issuingAuthority', header: '发证机关', width: 24, get: (r) => r.issuingAuthority },
  { key: 'issueDate', header: '初领日期', width: 12, get: (r) => r.issueDate },
  { key: 'expiryDate', header: '有效期至', width: 12, get: (r) => r.expiryDate },
  { key: 'lastReviewedOn', header: '最近复审', width: 12, get: (r) => r.lastReviewedOn },
  { key: 'nextReviewDue', header: '下次复审', width: 12, get: (r) => r.nextReviewDue },
  { key: 'extendedReview', header: '延长复审周期', width: 10, get: (r) => (r.extendedReview ? '是' : '否') },
  { key: 'status', header: '证书状态', width: 10, get: (r) => label(CERTIFICATE_STATUSES, r.status) },
  { key: 'state', header: '当前状况', width: 12, get: (r) => label(CERTIFICATE_STATES, r.state) },
];

export async function exportCertificates(p: Platform, actor: Actor, q: Omit<CertificateListQuery, 'limit' | 'cursor'>, reply: FastifyReply) {
  assertCan(actor, 'person.read');
  assertCan(actor, 'data.export');
  const filter = filterOf(actor, q);
  const rows = (async function* () {
    for await (const r of iterateCertificates(p.database.db, filter)) yield presentCertificateItem(r);
  })();
  return sendXlsx(reply, `特种作业人员-${shanghaiToday()}.xlsx`, (out) =>
    writeXlsxStream(out, { sheetName: '特种作业人员', columns: CERTIFICATE_EXPORT_COLUMNS, rows }));
}
