import { z } from 'zod';
import { agencyOut } from '@contracts/admin';
import type { ZApp } from '../types';
import type { Platform } from '../../platform/context';
import * as svc from './agencies.service';

export async function agenciesRoutes(app: ZApp, p: Platform) {
  app.get('/api/agencies', {
    schema: { tags: ['admin'], summary: '监管部门列表', response: { 200: z.array(agencyOut) } },
  }, async (req) => svc.listAgencies(p, req.actor!));
}
