import { and, eq, inArray } from 'drizzle-orm';
import { mineInput, type MineInput } from '@contracts/org';
import { enterprises, mines } from '../../platform/db/schema';
import type { Executor } from '../../platform/db/client';
import type { RowError } from '../../platform/excel/validate';
import { AppError } from '../../platform/errors';
import { listRegions } from '../regions/regions.repository';
import { insertMine, updateMine, type MineWrite } from '../mines/mines.repository';
import { chunk, emptyToUndefined, zodRowErrors, type ImportKind } from './import-kind';
import { COMPLEXITY_BY_LABEL, KIND_BY_LABEL, MINE_IMPORT_COLUMNS, SCALE_BY_LABEL, STATUS_BY_LABEL, YES_NO } from './mine-columns';

type Row = Omit<MineInput, 'enterpriseId' | 'servesMineId' | 'boundary' | 'regionCode'> & {
  enterpriseCode: string; regionText: string; servesMine?: string;
  // resolved by check()
  enterpriseId?: string; regionCode?: string; existingId?: string; existingVersion?: number;
};
const HEADERS = Object.fromEntries(MINE_IMPORT_COLUMNS.map((c) => [c.key, c.header]));
Object.assign(HEADERS, { location: '经度', regionCode: '所在区县' });
const schema = mineInput.omit({ enterpriseId: true, servesMineId: true, boundary: true, regionCode: true });
const OUT_OF_SCOPE = '该矿山或企业不在您的管辖范围内';

const numberOrText = (v?: string) => (v === undefined ? undefined : Number.isFinite(Number(v)) ? Number(v) : v);
const mapped = (m: Record<string, unknown>, v?: string) => (v === undefined ? undefined : m[v] ?? v);
const keyOf = (r: Row) => (r.miningLicenceNo ? `L:${r.miningLicenceNo}` : `N:${r.enterpriseCode}:${r.name}`);

export const mineImport: ImportKind<Row> = {
  label: '矿山',
  columns: MINE_IMPORT_COLUMNS,
  instructions: ['一行一个监管对象（矿山或尾矿库）；有采矿许可证号的按证号新增或更新，尾矿库按“企业+名称”。', '企业须已登记；先“预检”，无错误后再“确认导入”。'],
  parse(values) {
    const v = (k: string) => emptyToUndefined(values[k]);
    const lon = v('lon');
    const lat = v('lat');
    const r = schema.safeParse({
      name: values.name ?? '', kinds: v('kinds') === undefined ? [] : KIND_BY_LABEL[v('kinds')!] ?? [v('kinds')],
      status: mapped(STATUS_BY_LABEL, v('status')), mineral: v('mineral'), scale: mapped(SCALE_BY_LABEL, v('scale')),
      location: lon !== undefined || lat !== undefined ? { lon: numberOrText(lon), lat: numberOrText(lat) } : undefined,
      miningLicenceNo: v('miningLicenceNo')?.toUpperCase(), miningLicenceFrom: v('miningLicenceFrom'), miningLicenceTo: v('miningLicenceTo'),
      safetyLicenceNo: v('safetyLicenceNo'), safetyLicenceFrom: v('safetyLicenceFrom'), safetyLicenceTo: v('safetyLicenceTo'),
      designCapacity: numberOrText(v('designCapacity')), independentSystems: numberOrText(v('independentSystems')),
      hydroComplexity: mapped(COMPLEXITY_BY_LABEL, v('hydroComplexity')), geoComplexity: mapped(COMPLEXITY_BY_LABEL, v('geoComplexity')),
      positioningInstalled: mapped(YES_NO, v('positioningInstalled')) ?? false,
      tailingsGrade: v('tailingsGrade'), damHeightM: numberOrText(v('damHeightM')), capacityWanM3: numberOrText(v('capacityWanM3')),
      headOver: mapped(YES_NO, v('headOver')),
    });
    const errors = r.success ? [] : zodRowErrors(r.error, HEADERS);
    if (!v('enterpriseCode')) errors.push({ field: HEADERS.enterpriseCode!, message: '请填写企业统一社会信用代码' });
    if (!v('region')) errors.push({ field: HEADERS.region!, message: '请填写所在区县' });
    if (!r.success || errors.length) return { ok: false, errors };
    const isPond = r.data.kinds.includes('tailings_pond');
    if (isPond && r.data.kinds.length > 1) return { ok: false, errors: [{ field: HEADERS.kinds!, message: '尾矿库不能与地下、露天同选' }] };
    if (isPond && r.data.miningLicenceNo) return { ok: false, errors: [{ field: HEADERS.miningLicenceNo!, message: '尾矿库没有采矿许可证' }] };
    if (!isPond && v('servesMine')) return { ok: false, errors: [{ field: HEADERS.servesMine!, message: '只有尾矿库填写服务矿山' }] };
    return { ok: true, value: { ...r.data, enterpriseCode: v('enterpriseCode')!.toUpperCase(), regionText: v('region')!, servesMine: v('servesMine') } };
  },
  duplicateKey: keyOf,
  duplicateLabel: '采矿许可证号（尾矿库为企业和名称）',

  async check(p, actor, rows) {
    const db = p.database.db;
    const regionBy = new Map<string, string>();
    for (const r of await listRegions(db)) { regionBy.set(r.code, r.code); regionBy.set(r.name, r.code); }
    const ents = await lookupEnterprises(db, rows.map((r) => r.value.enterpriseCode));
    const existing = await lookupMines(db, rows.map((r) => r.value));
    const errors: RowError[] = [];
    let creates = 0;
    for (const { rowNumber, value: v } of rows) {
      const err = (field: string | undefined, message: string) => errors.push({ rowNumber, field, message });
      v.regionCode = regionBy.get(v.regionText);
      if (!v.regionCode) { err('所在区县', `所在区县“${v.regionText}”不存在`); continue; }
      const ent = ents.get(v.enterpriseCode);
      if (!ent) { err('企业统一社会信用代码', '企业未登记，请先登记企业'); continue; }
      v.enterpriseId = ent.id;
      const cur = existing.get(keyOf(v));
      if (actor.scope.kind === 'district' && (v.regionCode !== actor.scope.regionCode || (cur && cur.regionCode !== actor.scope.regionCode))) {
        err(undefined, OUT_OF_SCOPE);
        continue;
      }
      if (actor.scope.kind === 'enterprise') { err(undefined, OUT_OF_SCOPE); continue; }
      if (cur && cur.enterpriseId !== ent.id) err('企业统一社会信用代码', '该采矿许可证号已登记在其他企业名下');
      if (v.servesMine && !rows.some((o) => o.value.enterpriseCode === v.enterpriseCode && o.value.name === v.servesMine)
        && !(await serveTarget(db, ent.id, v.servesMine))) err('服务矿山名称', `同一企业下未找到矿山“${v.servesMine}”`);
      if (cur) { v.existingId = cur.id; v.existingVersion = cur.version; } else creates++;
    }
    return { errors, creates };
  },

  async apply(_p, tx, audit, _actor, rows, progress) {
    let created = 0;
    let updated = 0;
    const ordered = [...rows].sort((a, b) => Number(Boolean(a.value.servesMine)) - Number(Boolean(b.value.servesMine)));
    for (const [i, { value: v }] of ordered.entries()) {
      const servesMineId = v.servesMine ? (await serveTarget(tx, v.enterpriseId!, v.servesMine))?.id ?? null : null;
      const { enterpriseCode: _c, regionText: _r, servesMine: _s, existingId, existingVersion, location, ...fields } = v;
      const num = (x: number | null | undefined) => (x == null ? null : String(x));
      const cols: MineWrite = {
        ...fields, enterpriseId: v.enterpriseId!, regionCode: v.regionCode!, servesMineId, lon: location?.lon ?? null, lat: location?.lat ?? null,
        designCapacity: num(v.designCapacity), damHeightM: num(v.damHeightM), capacityWanM3: num(v.capacityWanM3),
        elevationMinM: num(v.elevationMinM), elevationMaxM: num(v.elevationMaxM),
      } as MineWrite;
      const snapshot = { ...cols, boundaryWkt: undefined };
      if (existingId) {
        if (!(await updateMine(tx, existingId, existingVersion!, cols))) throw new AppError('STALE', '导入期间该矿山已被他人修改，请重新预检后导入');
        audit({ entityType: 'mine', entityId: existingId, action: 'import_update', after: snapshot });
        updated++;
      } else {
        const id = await insertMine(tx, cols);
        audit({ entityType: 'mine', entityId: id, action: 'import_create', after: snapshot });
        created++;
      }
      progress(i + 1);
    }
    return { created, updated };
  },
};

async function lookupEnterprises(db: Executor, codes: string[]) {
  const out = new Map<string, { id: string }>();
  for (const part of chunk([...new Set(codes)])) {
    const rows = await db.select({ id: enterprises.id, code: enterprises.creditCode }).from(enterprises).where(inArray(enterprises.creditCode, part));
    rows.forEach((r) => out.set(r.code, r));
  }
  return out;
}

async function lookupMines(db: Executor, rows: Row[]) {
  const out = new Map<string, { id: string; version: number; regionCode: string; enterpriseId: string }>();
  const licences = rows.flatMap((r) => (r.miningLicenceNo ? [r.miningLicenceNo] : []));
  for (const part of chunk([...new Set(licences)])) {
    const found = await db.select({ id: mines.id, version: mines.version, regionCode: mines.regionCode, enterpriseId: mines.enterpriseId, no: mines.miningLicenceNo })
      .from(mines).where(inArray(mines.miningLicenceNo, part));
    found.forEach((m) => out.set(`L:${m.no}`, m));
  }
  for (const r of rows.filter((x) => !x.miningLicenceNo)) {
    const [m] = await db.select({ id: mines.id, version: mines.version, regionCode: mines.regionCode, enterpriseId: mines.enterpriseId })
      .from(mines).innerJoin(enterprises, eq(enterprises.id, mines.enterpriseId))
      .where(and(eq(enterprises.creditCode, r.enterpriseCode), eq(mines.name, r.name)));
    if (m) out.set(keyOf(r), m);
  }
  return out;
}

async function serveTarget(db: Executor, enterpriseId: string, name: string) {
  const [m] = await db.select({ id: mines.id }).from(mines).where(and(eq(mines.enterpriseId, enterpriseId), eq(mines.name, name)));
  return m;
}
