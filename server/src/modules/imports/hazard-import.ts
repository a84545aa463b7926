import { and, inArray, or } from 'drizzle-orm';
import type { Scope } from '@contracts/access';
import { hazardInput, type HazardInput } from '@contracts/hazards';
import type { Actor } from '../../platform/access/actor';
import { hazards, mines } from '../../platform/db/schema';
import type { Executor } from '../../platform/db/client';
import type { RowError } from '../../platform/excel/validate';
import { AppError } from '../../platform/errors';
import { mineScope } from '../mines/mines.repository';
import { checkNewHazard, insertNewHazard } from '../hazards/hazards.service';
import { chunk, emptyToUndefined, zodRowErrors, type ImportKind } from './import-kind';
import { beijingDateTime, GRADE_BY_LABEL, HAZARD_HEADERS as H, HAZARD_IMPORT_COLUMNS, plainDate, YES_NO } from './hazard-columns';

type Mine = { id: string; enterpriseId: string; regionCode: string; kinds: string[]; name: string; miningLicenceNo: string | null };
type Row = Omit<HazardInput, 'mineId'> & { mineName: string; miningLicenceNo?: string; mine?: Mine };

// The form's own contract; the mine comes from the name/licence columns, resolved in check().
const schema = hazardInput.omit({ mineId: true });
const NOT_FOUND = '未找到该矿山（须为您管辖范围内已登记的矿山）';

const mineKey = (r: Pick<Row, 'mineName' | 'miningLicenceNo'>) => (r.miningLicenceNo ? `L:${r.miningLicenceNo}` : `N:${r.mineName}`);
const sameHazard = (mine: string, r: Pick<Row, 'standardItemCode' | 'description' | 'foundAt'>) =>
  [mine, r.standardItemCode ?? '', r.description, new Date(r.foundAt).toISOString()].join('\u0001');

/** 隐患批量导入: enterprises report what they found themselves (已上报); regulators register inspection findings (整改中, with a deadline). */
export const hazardImport: ImportKind<Row> = {
  label: '隐患',
  columns: HAZARD_IMPORT_COLUMNS,
  instructions: [
    '一行一条隐患。企业导入的为企业自查发现的隐患（状态“已上报”）；监管部门导入的为检查发现的隐患（状态“整改中”，须填写整改期限）。',
    '重大隐患须填写适用于该矿山类型的判定标准条款编号（条款列有情形的还须填写情形编号），可在系统“判定标准”中查询。',
    '先“预检”，无错误后再“确认导入”；有任何错误时不写入任何数据。',
  ],
  permission: (actor) => (actor.orgType === 'agency' ? 'hazard.create_found' : 'hazard.report'),

  parse(values) {
    const v = (k: string) => emptyToUndefined(values[k]);
    const errors: { field: string; message: string }[] = [];
    const grade = v('grade');
    if (grade !== undefined && !GRADE_BY_LABEL[grade]) errors.push({ field: H.grade!, message: '隐患等级应填写“一般”或“重大”' });
    const flag = (k: 'stopProduction' | 'workersWithdrawn') => {
      const x = v(k);
      if (x !== undefined && YES_NO[x.toUpperCase()] === undefined) errors.push({ field: H[k]!, message: `${H[k]}应填写“是”或“否”` });
      return x === undefined ? undefined : YES_NO[x.toUpperCase()];
    };
    const r = schema.safeParse({
      grade: grade === undefined ? undefined : GRADE_BY_LABEL[grade] ?? 'general',
      standardItemCode: v('standardItemCode')?.toUpperCase(), standardSituationCode: v('standardSituationCode')?.toUpperCase(),
      description: values.description ?? '', placeText: values.placeText ?? undefined,
      foundAt: v('foundAt') === undefined ? undefined : beijingDateTime(v('foundAt')!), foundBy: values.foundBy ?? '',
      deadline: v('deadline') === undefined ? undefined : plainDate(v('deadline')!),
      stopProduction: flag('stopProduction'), workersWithdrawn: flag('workersWithdrawn'),
    });
    if (!v('mineName')) errors.push({ field: H.mineName!, message: '请填写矿山名称' });
    if (!v('foundAt')) errors.push({ field: H.foundAt!, message: '请填写发现时间' });
    // One message per column: ours (above) win over zod's for the same column.
    if (!r.success) errors.push(...zodRowErrors(r.error, H).filter((e) => !errors.some((x) => x.field === e.field)));
    if (r.success && grade !== undefined && GRADE_BY_LABEL[grade] === 'general' && (r.data.standardItemCode || r.data.standardSituationCode)) {
      errors.push({ field: H.standardItemCode!, message: '一般隐患不填写判定标准条款编号和情形编号' });
    }
    if (!r.success || errors.length) return { ok: false, errors };
    return { ok: true, value: { ...r.data, mineName: v('mineName')!, miningLicenceNo: v('miningLicenceNo')?.toUpperCase() } };
  },
  duplicateKey: (r) => sameHazard(mineKey(r), r),
  duplicateLabel: '矿山、判定标准条款、隐患描述和发现时间均相同',

  async check(p, actor, rows) {
    const db = p.database.db;
    const found = await lookupMines(db, actor.scope, rows.map((r) => r.value));
    const errors: RowError[] = [];
    const firstRow = new Map<string, number>();
    const resolved: { rowNumber: number; key: string }[] = [];
    for (const { rowNumber, value: v } of rows) {
      const err = (field: string | undefined, message: string) => errors.push({ rowNumber, field, message });
      const mine = resolveMine(found, v);
      if (typeof mine === 'string') { err(v.miningLicenceNo && mine === NOT_FOUND ? H.miningLicenceNo : H.mineName, mine); continue; }
      v.mine = mine;
      if (actor.orgType === 'enterprise' && v.deadline) { err(H.deadline, '企业上报的隐患不填整改期限（由区县认定时确定）'); continue; }
      const problem = await rowProblem(db, actor, mine, v);
      if (problem) { problem.forEach((e) => err(e.field, e.message)); continue; }
      // The same hazard named once by licence and once by name is still the same hazard.
      const key = sameHazard(mine.id, v);
      const first = firstRow.get(key);
      if (first !== undefined) { err(undefined, `与第${first}行重复：矿山、判定标准条款、隐患描述和发现时间均相同`); continue; }
      firstRow.set(key, rowNumber);
      resolved.push({ rowNumber, key });
    }
    const existing = await existingHazards(db, rows.flatMap((r) => (r.value.mine ? [r.value] : [])));
    for (const { rowNumber, key } of resolved) {
      if (existing.has(key)) errors.push({ rowNumber, message: '该隐患已登记（同一矿山、判定标准条款、隐患描述和发现时间）' });
    }
    return { errors, creates: resolved.filter((r) => !existing.has(r.key)).length };
  },

  async apply(_p, tx, audit, actor, rows, progress) {
    for (const [i, { value: v }] of rows.entries()) {
      const { mine, mineName: _n, miningLicenceNo: _l, ...input } = v;
      await insertNewHazard(tx, audit, actor, mine!, { ...input, mineId: mine!.id });
      progress(i + 1);
    }
    return { created: rows.length, updated: 0 };
  },
};

/** The form's checks (checkNewHazard), with their field names turned into the template's column headers. */
async function rowProblem(db: Executor, actor: Actor, mine: Mine, v: Row): Promise<{ field?: string; message: string }[] | null> {
  try {
    await checkNewHazard(db, actor, mine, { ...v, mineId: mine.id }, (f) => H[f] ?? f);
    return null;
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    if (!e.fields) return [{ message: e.message }];
    return Object.entries(e.fields).map(([f, message]) => ({ field: H[f] ?? f, message }));
  }
}

function resolveMine(found: Mine[], v: Row): Mine | string {
  if (v.miningLicenceNo) {
    const m = found.find((x) => x.miningLicenceNo === v.miningLicenceNo);
    if (!m) return NOT_FOUND;
    return m.name === v.mineName ? m : `矿山名称与采矿许可证号不一致（该证号登记的矿山为“${m.name}”）`;
  }
  const named = found.filter((x) => x.name === v.mineName);
  if (named.length > 1) return '有多个同名矿山，请填写采矿许可证号以区分';
  return named[0] ?? NOT_FOUND;
}

/** Mines named in the file, inside the caller's scope only: another district's or enterprise's mine is simply not found. */
async function lookupMines(db: Executor, scope: Scope, rows: Row[]): Promise<Mine[]> {
  const names = [...new Set(rows.map((r) => r.mineName))];
  const licences = [...new Set(rows.flatMap((r) => (r.miningLicenceNo ? [r.miningLicenceNo] : [])))];
  const out = new Map<string, Mine>();
  const cols = { id: mines.id, enterpriseId: mines.enterpriseId, regionCode: mines.regionCode, kinds: mines.kinds, name: mines.name, miningLicenceNo: mines.miningLicenceNo };
  for (const part of chunk([...names.map((n) => ({ n })), ...licences.map((l) => ({ l }))])) {
    const ns = part.flatMap((x) => ('n' in x ? [x.n] : []));
    const ls = part.flatMap((x) => ('l' in x ? [x.l] : []));
    const match = or(ns.length ? inArray(mines.name, ns) : undefined, ls.length ? inArray(mines.miningLicenceNo, ls) : undefined);
    for (const m of await db.select(cols).from(mines).where(and(match, mineScope(scope)))) out.set(m.id, m);
  }
  return [...out.values()];
}

/** Keys (mine, item, description, found time) of hazards already registered, so importing the same file twice is refused. */
async function existingHazards(db: Executor, rows: Row[]): Promise<Set<string>> {
  const out = new Set<string>();
  const mineIds = [...new Set(rows.map((r) => r.mine!.id))];
  const times = [...new Set(rows.map((r) => new Date(r.foundAt).toISOString()))].map((t) => new Date(t));
  for (const ids of chunk(mineIds, 500)) {
    for (const ts of chunk(times, 500)) {
      const found = await db.select({ mineId: hazards.mineId, standardItemCode: hazards.standardItemCode, description: hazards.description, foundAt: hazards.foundAt })
        .from(hazards).where(and(inArray(hazards.mineId, ids), inArray(hazards.foundAt, ts)));
      for (const h of found) out.add(sameHazard(h.mineId, { ...h, foundAt: h.foundAt.toISOString() }));
    }
  }
  return out;
}
