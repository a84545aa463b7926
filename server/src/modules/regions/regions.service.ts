import { z } from 'zod';
import { safeText } from '@contracts/text';
import type { Actor } from '../../platform/access/actor';
import { assertCan } from '../../platform/access/actor';
import { writeTx, type Platform, type RequestCtx } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { regionExists, upsertRegion } from './regions.repository';

/**
 * Management areas without a GB/T 2260 code (万盛经开区, 两江新区, 重庆高新区 …) that a deployment supervises as
 * separate units get a configured code. The 38 divisions come from reference data and are not edited here.
 */
export const managementAreaInput = z.object({
  code: z.string().regex(/^[A-Z][A-Z0-9]{1,11}$/, '管理区代码为2-12位大写字母或数字，以字母开头（国标代码留给行政区划）'),
  name: safeText({ label: '管理区名称', max: 40, min: 1 }),
});

export async function createManagementArea(p: Platform, ctx: RequestCtx, actor: Actor, input: z.infer<typeof managementAreaInput>) {
  assertCan(actor, 'agency.manage');
  if (await regionExists(p.database.db, input.code)) throw new AppError('CONFLICT', '该代码已存在', { code: '该代码已存在' });
  const region = { code: input.code, name: input.name, kind: 'management_area', parentCode: '500000', hasNationalCode: false, sortOrder: 100 };
  await writeTx(p, ctx, async (tx, audit) => {
    await upsertRegion(tx, region);
    audit({ entityType: 'region', entityId: input.code, action: 'create', after: region });
  });
  return { code: region.code, name: region.name, kind: region.kind, parentCode: region.parentCode, hasNationalCode: false };
}
