import { CITY_REGION_CODE, type TrainingProgressOut } from '@contracts/training';
import type { Actor } from '../../platform/access/actor';
import { assertCan } from '../../platform/access/actor';
import { writeTx, type Platform, type RequestCtx } from '../../platform/context';
import { forbidden, notFound } from '../../platform/errors';
import * as repo from './training.repository';
import { cityProgress, progressByDistrict } from './progress.repository';
import { presentProgress } from './training.presenter';

const presentTarget = (t: { year: number; regionCode: string; target: number; source: string | null; updatedAt: Date }) =>
  ({ year: t.year, regionCode: t.regionCode, target: t.target, source: t.source, updatedAt: t.updatedAt.toISOString() });

/** 年度培训目标 for the city ('500000') or one of its districts: city roles only (training.target). */
export async function putTarget(p: Platform, ctx: RequestCtx, actor: Actor, year: number, regionCode: string, input: { target: number; source: string }) {
  const db = p.database.db;
  const region = await repo.findRegion(db, regionCode);
  // Districts see only their own region; any other region is as if it did not exist.
  const visible = region && (regionCode === CITY_REGION_CODE || region.parentCode === CITY_REGION_CODE)
    && (actor.scope.kind === 'city' || (actor.scope.kind === 'district' && actor.scope.regionCode === regionCode));
  if (!visible) throw notFound('行政区划');
  assertCan(actor, 'training.target');
  return writeTx(p, ctx, async (tx, audit) => {
    const before = await repo.findTarget(tx, year, regionCode);
    const row = await repo.upsertTarget(tx, { year, regionCode, target: input.target, source: input.source });
    audit({ entityType: 'training_target', entityId: `${year}:${regionCode}`, action: before ? 'update' : 'create',
      before: before ? presentTarget(before) : undefined, after: presentTarget(row) });
    return presentTarget(row);
  });
}

/** Progress against the targets: a district sees its own row, the city every district and the city total. */
export async function trainingProgress(p: Platform, actor: Actor, year: number): Promise<TrainingProgressOut> {
  assertCan(actor, 'person.read');
  if (actor.scope.kind === 'enterprise') throw forbidden('培训目标进度仅向监管部门开放');
  const db = p.database.db;
  if (actor.scope.kind === 'district') {
    return { year, city: null, rows: (await progressByDistrict(db, year, actor.scope.regionCode)).map(presentProgress) };
  }
  const [rows, city] = await Promise.all([progressByDistrict(db, year), cityProgress(db, year)]);
  return { year, city: presentProgress(city), rows: rows.map(presentProgress) };
}
