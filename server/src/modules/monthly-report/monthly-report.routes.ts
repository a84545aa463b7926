import { assertCan } from '../../platform/access/actor';
import { monthlyReportOut, monthlyReportQuery } from '@contracts/monthly-report';
import type { ZApp } from '../types';
import type { Platform } from '../../platform/context';
import { sendStream, sendXlsx } from '../../platform/http/download';
import { todayInShanghai } from '../self-inspections/self-inspections.calendar';
import { monthlyReport } from './monthly-report.service';
import { assertPdfFont, writeMonthlyReportPdf } from './monthly-report.pdf';
import { writeMonthlyReportXlsx } from './monthly-report.xlsx';
import { reportTitle } from './monthly-report.format';

const TAGS = ['monthly-report'];

/** 动态清零月报: JSON, A4 PDF and Excel of the same figures. */
export async function monthlyReportRoutes(app: ZApp, p: Platform) {
  app.get('/api/monthly-report', {
    schema: { tags: TAGS, summary: '重大事故隐患动态清零月报', querystring: monthlyReportQuery, response: { 200: monthlyReportOut } },
  }, async (req) => monthlyReport(p, req.actor!, req.query.month));

  app.get('/api/monthly-report.pdf', {
    schema: { tags: TAGS, summary: '动态清零月报（PDF，A4横向）', querystring: monthlyReportQuery },
  }, async (req, reply) => {
    const report = await monthlyReport(p, req.actor!, req.query.month);
    assertCan(req.actor!, 'data.export'); // a download is an export (a read-only token may not)
    assertPdfFont();
    return sendStream(reply, `${reportTitle(report.month)}.pdf`, 'application/pdf', async (out) => {
      writeMonthlyReportPdf(out, report, req.actor!.orgName, todayInShanghai());
      await new Promise((resolve, reject) => out.on('finish', resolve).on('error', reject));
    });
  });

  app.get('/api/monthly-report.xlsx', {
    schema: { tags: TAGS, summary: '动态清零月报（Excel）', querystring: monthlyReportQuery },
  }, async (req, reply) => {
    const report = await monthlyReport(p, req.actor!, req.query.month);
    assertCan(req.actor!, 'data.export');
    return sendXlsx(reply, `${reportTitle(report.month)}.xlsx`, (out) => writeMonthlyReportXlsx(out, report, req.actor!.orgName, todayInShanghai()));
  });
}
