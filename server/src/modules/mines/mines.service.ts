import type { MineInput, MineOut } from '@contracts/org';
import type { Actor } from '../../platform/access/actor';
import { assertCan, can, inEnterpriseScope, inRegionScope } from '../../platform/access/actor';
import { writeTx, type Platform, type RequestCtx } from '../../platform/context';
import { AppError, notFound } from '../../platform/errors';
import type { Executor } from '../../platform/db/client';
import { toGeographic } from '../../platform/geo/crs';
import { toMultiPolygonWkt } from '../../platform/geo/polygon';
import { regionExists } from '../regions/regions.repository';
import { findEnterprise } from '../enterprises/enterprises.repository';
import * as repo from './mines.repository';
import { presentMine, presentMineListItem } from './mines.presenter';

type ListQuery = { q?: string; regionCode?: string; enterpriseId?: string; kind?: string; status?: string; sort: string; limit: number; cursor?: string };

export async function listMines(p: Platform, actor: Actor, q: ListQuery) {
  assertCan(actor, 'mine.read');
  const r = await repo.listMines(p.database.db, { ...q, scope: actor.scope }, repo.SORTS[q.sort]!, q.limit, q.cursor);
  return { ...r, items: r.items.map(presentMineListItem) };
}

export async function getMine(p: Platform, actor: Actor, id: string, db: Executor = p.database.db): Promise<MineOut> {
  const row = await repo.findMine(db, actor.scope, id);
  if (!row) throw notFound('矿山');
  assertCan(actor, 'mine.read');
  return presentMine(row);
}

const invalid = (field: string, message: string) => new AppError('VALIDATION', message, { [field]: message });

/** Rules across fields and rows. Returns the columns to write. */
async function prepare(p: Platform, actor: Actor, input: MineInput, selfId?: string): Promise<repo.MineWrite> {
  const db = p.database.db;
  const isPond = input.kinds.includes('tailings_pond');
  if (isPond && input.kinds.length > 1) throw invalid('kinds', '尾矿库是单独的监管对象，不能与地下、露天同选');
  if (isPond && input.miningLicenceNo) throw invalid('miningLicenceNo', '尾矿库没有采矿许可证');
  if (!isPond && (input.tailingsGrade || input.servesMineId)) throw invalid('tailingsGrade', '只有尾矿库填写等别和服务矿山');
  if (input.elevationMinM != null && input.elevationMaxM != null && input.elevationMinM > input.elevationMaxM) {
    throw invalid('elevationMaxM', '开采标高上限不能低于下限');
  }
  for (const [from, to, field, label] of [
    [input.miningLicenceFrom, input.miningLicenceTo, 'miningLicenceTo', '采矿许可证'],
    [input.safetyLicenceFrom, input.safetyLicenceTo, 'safetyLicenceTo', '安全生产许可证'],
  ] as const) if (from && to && from > to) throw invalid(field, `${label}有效期止不能早于起`);
  if (!(await regionExists(db, input.regionCode))) throw invalid('regionCode', '所在区县不存在');
  if (input.servesMineId) {
    const served = await repo.findMine(db, actor.scope, input.servesMineId);
    if (!served || served.m.kinds.includes('tailings_pond')) throw invalid('servesMineId', '服务矿山不存在');
    if (served.m.id === selfId) throw invalid('servesMineId', '不能服务自身');
  }
  if (input.miningLicenceNo) {
    const dup = await repo.findByLicence(db, input.miningLicenceNo);
    if (dup && dup.id !== selfId) throw new AppError('CONFLICT', '该采矿许可证号已登记', { miningLicenceNo: '该采矿许可证号已登记' });
  }
  let boundaryWkt: string | null = null;
  let converted = false;
  if (input.boundary) {
    const g = toGeographic(input.boundary);
    if (g.converted) {
      try { boundaryWkt = toMultiPolygonWkt(g.rings); } catch (e) { throw invalid('boundary', (e as Error).message); }
      converted = true;
    }
  }
  const { boundary, location, ...rest } = input;
  return {
    ...rest,
    damHeightM: num(input.damHeightM), capacityWanM3: num(input.capacityWanM3), designCapacity: num(input.designCapacity),
    elevationMinM: num(input.elevationMinM), elevationMaxM: num(input.elevationMaxM),
    lon: location?.lon ?? null, lat: location?.lat ?? null,
    boundaryCrs: boundary?.crs ?? null, boundaryOriginal: boundary ?? null, boundaryWkt, boundaryConverted: converted,
  } as repo.MineWrite;
}
const num = (v: number | null | undefined) => (v == null ? null : String(v));

/** The enterprise must be visible to the caller and the district must be the caller's. */
async function assertTargetInScope(p: Platform, actor: Actor, enterpriseId: string, regionCode: string) {
  const ent = await findEnterprise(p.database.db, actor.scope, enterpriseId);
  if (!ent) throw notFound('企业');
  if (actor.scope.kind === 'district' && !inRegionScope(actor.scope, regionCode)) throw notFound('区县');
  if (actor.scope.kind === 'enterprise' && !inEnterpriseScope(actor.scope, enterpriseId, regionCode)) throw notFound('企业');
}

export async function createMine(p: Platform, ctx: RequestCtx, actor: Actor, input: MineInput): Promise<MineOut> {
  await assertTargetInScope(p, actor, input.enterpriseId, input.regionCode);
  assertCan(actor, 'mine.create');
  const values = await prepare(p, actor, input);
  const id = await writeTx(p, ctx, async (tx, audit) => {
    const newId = await repo.insertMine(tx, values);
    audit({ entityType: 'mine', entityId: newId, action: 'create', after: await getMine(p, actor, newId, tx) });
    return newId;
  });
  return getMine(p, actor, id);
}

export async function updateMine(p: Platform, ctx: RequestCtx, actor: Actor, id: string, input: MineInput & { version: number }) {
  const current = await repo.findMine(p.database.db, actor.scope, id);
  if (!current) throw notFound('矿山');
  if (!can(actor, 'mine.update')) {
    // 规划和自然资源局: licence fields only; everything else stays as stored.
    assertCan(actor, 'mine.licence.update');
    input = { ...inputFromStored(presentMine(current)), ...pickLicence(input), version: input.version };
  }
  await assertTargetInScope(p, actor, input.enterpriseId, input.regionCode);
  if (actor.scope.kind === 'enterprise' && (input.enterpriseId !== current.m.enterpriseId || input.regionCode !== current.m.regionCode)) {
    throw new AppError('FORBIDDEN', '企业用户不能变更矿山的所属企业或所在区县');
  }
  const values = await prepare(p, actor, input, id);
  await writeTx(p, ctx, async (tx, audit) => {
    const before = presentMine(current);
    if (!(await repo.updateMine(tx, id, input.version, values))) {
      const now = await repo.findMine(tx, actor.scope, id);
      throw new AppError('STALE', undefined, undefined, now ? presentMine(now) : undefined);
    }
    audit({ entityType: 'mine', entityId: id, action: 'update', before, after: await getMine(p, actor, id, tx) });
  });
  return getMine(p, actor, id);
}

const LICENCE_FIELDS = ['miningLicenceNo', 'miningLicenceFrom', 'miningLicenceTo', 'safetyLicenceNo', 'safetyLicenceFrom', 'safetyLicenceTo'] as const;
const pickLicence = (input: MineInput) => Object.fromEntries(LICENCE_FIELDS.map((k) => [k, input[k] ?? null]));

/** The stored mine as an edit input (used when a role may change only some fields). */
function inputFromStored(m: MineOut): MineInput {
  return {
    enterpriseId: m.enterpriseId, regionCode: m.regionCode, name: m.name, kinds: m.kinds as MineInput['kinds'],
    servesMineId: m.servesMineId, tailingsGrade: m.tailingsGrade as MineInput['tailingsGrade'], damHeightM: m.damHeightM,
    capacityWanM3: m.capacityWanM3, headOver: m.headOver, mineral: m.mineral, scale: m.scale as MineInput['scale'],
    status: m.status as MineInput['status'], location: m.location, boundary: (m.boundaryOriginal ?? null) as MineInput['boundary'],
    elevationMinM: m.elevationMinM, elevationMaxM: m.elevationMaxM, miningLicenceNo: m.miningLicenceNo,
    miningLicenceFrom: m.miningLicenceFrom, miningLicenceTo: m.miningLicenceTo, safetyLicenceNo: m.safetyLicenceNo,
    safetyLicenceFrom: m.safetyLicenceFrom, safetyLicenceTo: m.safetyLicenceTo, designCapacity: m.designCapacity,
    independentSystems: m.independentSystems, hydroComplexity: m.hydroComplexity as MineInput['hydroComplexity'],
    geoComplexity: m.geoComplexity as MineInput['geoComplexity'], positioningInstalled: m.positioningInstalled,
    restructuringCategory: m.restructuringCategory, selfInspectionFrom: m.selfInspectionFrom, externalIds: m.externalIds,
  };
}
