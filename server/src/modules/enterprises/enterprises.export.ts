import type { FastifyReply } from 'fastify';
import type { Actor } from '../../platform/access/actor';
import { assertCan } from '../../platform/access/actor';
import type { Platform } from '../../platform/context';
import { writeXlsxStream } from '../../platform/excel/export';
import { sendXlsx } from '../../platform/http/download';
import { iterateEnterprises } from './enterprises.repository';
import { presentEnterprise } from './enterprises.presenter';
import { ENTERPRISE_COLUMNS } from './enterprises.columns';

/** Exports exactly what the list's filter shows, streamed (masked phone numbers, formulas escaped). */
export async function exportEnterprises(p: Platform, actor: Actor, q: { q?: string; regionCode?: string }, reply: FastifyReply) {
  assertCan(actor, 'enterprise.read');
  assertCan(actor, 'data.export');
  const rows = (async function* () {
    for await (const r of iterateEnterprises(p.database.db, { scope: actor.scope, q: q.q, regionCode: q.regionCode })) yield presentEnterprise(r);
  })();
  const stamp = new Date().toISOString().slice(0, 10);
  return sendXlsx(reply, `企业名录-${stamp}.xlsx`, (out) =>
    writeXlsxStream(out, { sheetName: '企业名录', columns: ENTERPRISE_COLUMNS.map((c) =>
      c.key === 'parentCreditCode' ? { ...c, header: '上级公司' } : c), rows }));
}
