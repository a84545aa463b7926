import fs from 'node:fs';
import PDFDocument from 'pdfkit';
import type { Writable } from 'node:stream';
import { MONTHLY_REPORT_FIGURES, MONTHLY_REPORT_SCOPE_NOTE, type MonthlyReportOut } from '@contracts/monthly-report';
import { AppError } from '../../platform/errors';
import { NOTICE_FONT } from '../listing-notice/notice.pdf';
import { REPORT_COLUMNS, chineseDate, percent, printedRows, reportTitle } from './monthly-report.format';

const MARGIN = 40;
const ROW_H = 18;
const HEAD_H = 30;
const FIRST_COL = 130;

/** Checked before the download starts, so a missing font is a clean error response rather than a broken file. */
export function assertPdfFont(): void {
  if (!fs.existsSync(NOTICE_FONT.file)) throw new AppError('UNAVAILABLE', '服务器缺少中文字体（fonts-noto-cjk），暂不能生成PDF，请使用打印页面');
}

/** The report on A4 landscape: title, the table (header repeated on each page), the definitions, 制表单位 and date. */
export function writeMonthlyReportPdf(out: Writable, r: MonthlyReportOut, unit: string, madeOn: string): void {
  assertPdfFont();
  const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    info: { Title: reportTitle(r.month), Author: unit } });
  doc.pipe(out);
  doc.font(NOTICE_FONT.file, NOTICE_FONT.family);
  const width = doc.page.width - 2 * MARGIN;
  const other = (width - FIRST_COL) / (REPORT_COLUMNS.length - 1);
  const xs = REPORT_COLUMNS.map((_, i) => MARGIN + (i === 0 ? 0 : FIRST_COL + (i - 1) * other));
  const ws = REPORT_COLUMNS.map((_, i) => (i === 0 ? FIRST_COL : other));
  const bottom = () => doc.page.height - MARGIN;

  doc.fontSize(18).text(reportTitle(r.month), MARGIN, MARGIN, { width, align: 'center' });
  doc.fontSize(10).text(`统计期：${chineseDate(`${r.month}-01`)}0时至次月1日0时（北京时间）`, { width, align: 'center' }).moveDown(0.6);
  let y = doc.y;

  const cell = (text: string, i: number, top: number, h: number) => {
    doc.rect(xs[i]!, top, ws[i]!, h).stroke();
    doc.fontSize(9).text(text, xs[i]! + 2, top + (h - 11) / 2, { width: ws[i]! - 4, align: i === 0 ? 'left' : 'center', lineBreak: false, ellipsis: true });
  };
  const header = () => {
    REPORT_COLUMNS.forEach((c, i) => {
      doc.rect(xs[i]!, y, ws[i]!, HEAD_H).stroke();
      doc.fontSize(9).text(c.title, xs[i]! + 2, y + 9, { width: ws[i]! - 4, align: 'center' });
    });
    y += HEAD_H;
  };
  header();
  for (const row of printedRows(r)) {
    if (y + ROW_H > bottom()) { doc.addPage(); y = MARGIN; header(); }
    REPORT_COLUMNS.forEach((c, i) => {
      const v = row[c.key];
      cell(c.rate ? percent(v as number | null) : String(v ?? ''), i, y, ROW_H);
    });
    y += ROW_H;
  }

  doc.x = MARGIN;
  doc.y = y + 10;
  doc.fontSize(10).text('指标口径', MARGIN, doc.y, { width });
  doc.fontSize(8.5);
  for (const f of MONTHLY_REPORT_FIGURES) doc.text(`${f.title}：${f.definition}`, { width, lineGap: 1 });
  doc.text(MONTHLY_REPORT_SCOPE_NOTE, { width, lineGap: 1 }).moveDown(1);
  doc.fontSize(10).text(`制表单位：${unit}        制表日期：${chineseDate(madeOn)}`, { width, align: 'right' });
  doc.end();
}
