import { idParams } from '@contracts/paging';
import { responsibilityOut } from '@contracts/responsibility';
import type { ZApp } from '../types';
import type { Platform } from '../../platform/context';
import { getResponsibility } from './responsibility.service';

/** 隐患责任倒查 (printable on the web page hazards/:id/responsibility). */
export async function responsibilityRoutes(app: ZApp, p: Platform) {
  app.get('/api/hazards/:id/responsibility', {
    schema: { tags: ['hazards'], summary: '隐患责任倒查（审计日志中的全过程、时效、责任人）', params: idParams, response: { 200: responsibilityOut } },
  }, async (req) => getResponsibility(p, req.actor!, req.params.id));
}
