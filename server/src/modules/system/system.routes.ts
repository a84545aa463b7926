import { z } from 'zod';
import { DEFAULT_RESTRUCTURING_CATEGORIES } from '@contracts/org';
import type { ZApp } from '../types';
import type { Platform } from '../../platform/context';

const publicConfigOut = z.object({
  mapTileUrl: z.string().nullable(),
  mapTileAttribution: z.string().nullable(),
  /** 四个一批: the exact Chongqing names are unconfirmed (REFERENCE.md §2), so the list is configurable */
  restructuringCategories: z.array(z.string()),
  restructuringCategoriesNote: z.string(),
});

/** Settings the web needs after sign-in (no tenant data). */
export async function systemRoutes(app: ZApp, p: Platform) {
  app.get('/api/config/public', {
    schema: { tags: ['system'], summary: '前端配置', response: { 200: publicConfigOut } },
  }, async () => ({
    mapTileUrl: p.config.map.tileUrl ?? null,
    mapTileAttribution: p.config.map.attribution ?? null,
    restructuringCategories: DEFAULT_RESTRUCTURING_CATEGORIES,
    restructuringCategoriesNote: '“四个一批”类别名称待核对（未确认），可由管理员配置',
  }));
}
