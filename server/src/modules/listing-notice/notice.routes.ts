import { z } from 'zod';
import type { ZApp } from '../types';
import type { Platform } from '../../platform/context';
import { sendStream } from '../../platform/http/download';
import { noticeContent } from './notice.service';
import { writeNoticePdf } from './notice.pdf';

export async function listingNoticeRoutes(app: ZApp, p: Platform) {
  app.get('/api/hazard-listings/:id/notice.pdf', {
    schema: { tags: ['hazards'], summary: '挂牌督办通知书（PDF）', params: z.object({ id: z.uuid('记录编号无效') }) },
  }, async (req, reply) => {
    const content = await noticeContent(p, req.actor!, req.params.id);
    return sendStream(reply, `挂牌督办通知书-${content.docNo}.pdf`, 'application/pdf', async (out) => {
      writeNoticePdf(out, content);
      await new Promise((resolve, reject) => out.on('finish', resolve).on('error', reject));
    });
  });
}
