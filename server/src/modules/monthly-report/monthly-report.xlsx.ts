import type { Stream } from 'node:stream';
import ExcelJS from 'exceljs';
import { MONTHLY_REPORT_FIGURES, MONTHLY_REPORT_SCOPE_NOTE, type MonthlyReportOut } from '@contracts/monthly-report';
import { escapeCell } from '../../platform/excel';
import { REPORT_COLUMNS, chineseDate, printedRows, reportTitle } from './monthly-report.format';

/** Two sheets: 月报 (title, header, one row per division and the total; rates as percentages) and 指标口径. */
export async function writeMonthlyReportXlsx(out: NodeJS.WritableStream, r: MonthlyReportOut, unit: string, madeOn: string): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out as unknown as Stream, useStyles: true, useSharedStrings: false });
  const sheet = wb.addWorksheet('月报', { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.columns = REPORT_COLUMNS.map((c, i) => ({ key: String(c.key), width: i === 0 ? 22 : 13 }));
  const title = sheet.getRow(1);
  title.getCell(1).value = escapeCell(reportTitle(r.month));
  title.getCell(1).font = { bold: true, size: 14 };
  sheet.mergeCells(1, 1, 1, REPORT_COLUMNS.length);
  title.commit();
  const head = sheet.getRow(2);
  REPORT_COLUMNS.forEach((c, i) => { head.getCell(i + 1).value = escapeCell(c.title); head.getCell(i + 1).font = { bold: true }; });
  head.commit();
  printedRows(r).forEach((row, n) => {
    const x = sheet.getRow(3 + n);
    REPORT_COLUMNS.forEach((c, i) => {
      const cell = x.getCell(i + 1);
      cell.value = escapeCell(row[c.key] as string | number | null);
      if (c.rate) cell.numFmt = '0.0%';
    });
    x.commit();
  });
  const foot = sheet.getRow(4 + printedRows(r).length);
  foot.getCell(1).value = escapeCell(`制表单位：${unit}`);
  foot.getCell(4).value = escapeCell(`制表日期：${chineseDate(madeOn)}`);
  foot.commit();
  sheet.commit();

  const defs = wb.addWorksheet('指标口径');
  defs.columns = [{ key: 'title', width: 16 }, { key: 'definition', width: 120 }];
  const dh = defs.getRow(1);
  dh.getCell(1).value = '指标';
  dh.getCell(2).value = '口径（统计对象、统计期、计算方法）';
  dh.font = { bold: true };
  dh.commit();
  [...MONTHLY_REPORT_FIGURES.map((f) => [f.title, f.definition]), ['行与合计', MONTHLY_REPORT_SCOPE_NOTE]].forEach(([t, d], n) => {
    const x = defs.getRow(2 + n);
    x.getCell(1).value = escapeCell(t!);
    x.getCell(2).value = escapeCell(d!);
    x.getCell(2).alignment = { wrapText: true, vertical: 'top' };
    x.commit();
  });
  defs.commit();
  await wb.commit();
}
