import fs from 'node:fs';
import PDFDocument from 'pdfkit';
import type { Writable } from 'node:stream';
import { AppError } from '../../platform/errors';

/** 宋体-like serif for an official notice; Debian's fonts-noto-cjk (docs/operations.md). */
export const NOTICE_FONT = { file: '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc', family: 'NotoSerifCJKsc-Regular' };

export interface NoticeContent {
  docNo: string;
  supervisingAgency: string;
  responsibleUnit: string;
  mineName: string;
  enterpriseName: string;
  hazard: string;
  standardItem: string | null;
  deadline: string;
  requirements: string;
  listedOn: string;
}

const chineseDate = (iso: string) => { const [y, m, d] = iso.split('-').map(Number); return `${y}年${m}月${d}日`; };

/** The 挂牌督办通知书 on A4: title, 文号, 督办单位, 责任单位, the hazard, 期限, 要求 and the 落款. */
export function writeNoticePdf(out: Writable, c: NoticeContent): void {
  if (!fs.existsSync(NOTICE_FONT.file)) throw new AppError('UNAVAILABLE', '服务器缺少中文字体（fonts-noto-cjk），暂不能生成PDF，请使用打印页面');
  const doc = new PDFDocument({ size: 'A4', margins: { top: 90, bottom: 72, left: 80, right: 80 },
    info: { Title: `重大事故隐患挂牌督办通知书 ${c.docNo}`, Author: c.supervisingAgency } });
  doc.pipe(out);
  doc.font(NOTICE_FONT.file, NOTICE_FONT.family);
  doc.fontSize(22).text('重大事故隐患挂牌督办通知书', { align: 'center' }).moveDown(0.6);
  doc.fontSize(14).text(c.docNo, { align: 'center' }).moveDown(1.5);
  doc.fontSize(14).text(`${c.responsibleUnit}：`).moveDown(0.5);
  const para = (s: string) => doc.text(s, { indent: 28, lineGap: 6, align: 'justify' }).moveDown(0.4);
  para(`经核查，${c.enterpriseName}${c.mineName}存在重大事故隐患：${c.hazard.replace(/[。.\s]+$/, "")}${c.standardItem ? `（判定依据：${c.standardItem}）` : ''}。`);
  para(`根据有关规定，${c.supervisingAgency}决定对该重大事故隐患实行挂牌督办。`);
  doc.moveDown(0.4);
  const row = (label: string, value: string) => doc.text(`${label}：${value}`, { indent: 28, lineGap: 6 }).moveDown(0.3);
  row('督办单位', c.supervisingAgency);
  row('责任单位', c.responsibleUnit);
  row('整改期限', `${chineseDate(c.deadline)}前`);
  row('督办要求', c.requirements);
  para('整改完成后，责任单位应当及时申请验收；经督办单位现场核查合格后予以摘牌。');
  doc.moveDown(3);
  doc.text(c.supervisingAgency, { align: 'right' }).moveDown(0.3);
  doc.text(chineseDate(c.listedOn), { align: 'right' });
  doc.end();
}
