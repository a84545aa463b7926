import { ID_DOCUMENT_TYPE_CODES, validateIdDocument } from '@contracts/codes';
import type { PositioningMapping, PositioningPreviewOut } from '@contracts/onsite';
import type { Actor } from '../../platform/access/actor';
import { assertCan } from '../../platform/access/actor';
import { writeTx, type Platform, type RequestCtx } from '../../platform/context';
import { AppError, fieldError, notFound } from '../../platform/errors';
import { idIndex } from '../../platform/crypto/pii';
import { maskIdNumber, maskPhone } from '../../platform/crypto/mask';
import { findMine } from '../mines/mines.repository';
import * as repo from './onsite.repository';
import { heldOn } from './onsite.compliance';
import { acceptCsv, parseCsv, parseDateTime, parseTime, parseUnderground } from './positioning.csv';

export const MAX_ROWS = 50_000;
const MAX_ERRORS = 200;
const SAMPLE_ROWS = 5;

/** The preview and its messages show ID numbers and mobile numbers masked, like every other screen. */
const maskIdLike = (cell: string) => {
  const v = cell.trim();
  if (/^\d{17}[\dXx]$|^\d{15}$/.test(v)) return maskIdNumber(v);
  if (/^1\d{10}$/.test(v)) return maskPhone(v);
  return cell;
};

interface Parsed { row: number; personId: string; date: string; arrival: string | null; departure: string | null; underground: boolean }
interface RowError { row: number; message: string }

/** The people of the mine's enterprise, matched by name (refusing namesakes) or by the ID-number blind index. */
async function matcher(p: Platform, enterpriseId: string, by: PositioningMapping['matchBy']) {
  const people = await repo.peopleOfEnterprise(p.database.db, enterpriseId);
  const byName = new Map<string, string[]>();
  for (const x of people) byName.set(x.name, [...(byName.get(x.name) ?? []), x.id]);
  const byIndex = new Map(people.filter((x) => x.idNumberBidx).map((x) => [x.idNumberBidx!, x.id]));
  return (cell: string): string => {
    const v = cell.trim();
    if (by === 'name') {
      const ids = byName.get(v) ?? [];
      if (ids.length > 1) throw new Error(`本企业有多名“${maskIdLike(v)}”，请改用身份证号列匹配`);
      if (!ids.length) throw new Error(`本企业人员中没有“${maskIdLike(v)}”`);
      return ids[0]!;
    }
    const indexes = ID_DOCUMENT_TYPE_CODES.flatMap((t) => {
      const r = validateIdDocument(t, v);
      return r.ok ? [idIndex(p, t, r.value)] : [];
    });
    if (!indexes.length) throw new Error('证件号码无效');
    const id = indexes.map((i) => byIndex.get(i)).find(Boolean);
    if (!id) throw new Error(`本企业人员中没有证件号码为${maskIdNumber(v)}的人员`);
    return id;
  };
}

function column(headers: string[], field: keyof PositioningMapping, name: string | undefined): number | undefined {
  if (!name) return undefined;
  const i = headers.indexOf(name.trim());
  if (i < 0) throw fieldError(field, `文件中没有列“${name}”`);
  return i;
}

/**
 * 人员定位数据导入: dry run (encoding, headers, first rows, row errors, the leader-days it would write) or commit
 * (the valid rows → onsite_days source 'positioning', one positioning_imports row and one audit event for the
 * import). Rows of people who are not the mine's actual controller or chief engineer that day are ignored: the
 * export holds every worker underground.
 */
export async function importPositioning(p: Platform, ctx: RequestCtx, actor: Actor, mineId: string, mapping: PositioningMapping,
  file: { data: Buffer; filename: string }): Promise<PositioningPreviewOut> {
  const db = p.database.db;
  const found = await findMine(db, actor.scope, mineId);
  if (!found) throw notFound('矿山');
  const mine = found.m;
  assertCan(actor, 'onsite.declare');
  const { encoding, text } = acceptCsv(file.data, file.filename, p.config.uploadMaxBytes);
  const [headerRow = [], ...body] = parseCsv(text);
  const headers = headerRow.map((h) => h.trim());
  if (body.length > MAX_ROWS) throw fieldError('file', `一次最多导入${MAX_ROWS}行`);
  const preview = { encoding, headers, sample: body.slice(0, SAMPLE_ROWS).map((r) => r.map(maskIdLike)), rows: body.length, errors: [] as RowError[], ignored: 0, days: 0,
    committed: false, importId: null as string | null };
  if (!mapping.personColumn || !mapping.dateColumn) {
    if (mapping.mode === 'commit') throw fieldError(mapping.personColumn ? 'dateColumn' : 'personColumn', '请先选择人员列和日期列');
    return preview;
  }
  const col = {
    person: column(headers, 'personColumn', mapping.personColumn)!, date: column(headers, 'dateColumn', mapping.dateColumn)!,
    arrival: column(headers, 'arrivalColumn', mapping.arrivalColumn), departure: column(headers, 'departureColumn', mapping.departureColumn),
    underground: column(headers, 'undergroundColumn', mapping.undergroundColumn),
  };
  const match = await matcher(p, mine.enterpriseId, mapping.matchBy);
  const parsed: Parsed[] = [];
  const errors: RowError[] = [];
  body.forEach((cells, i) => {
    const row = i + 2; // the header is line 1
    const cell = (c: number | undefined) => (c === undefined ? '' : (cells[c] ?? ''));
    try {
      if (!cell(col.person).trim()) throw new Error(`“${mapping.personColumn}”为空`);
      const dt = parseDateTime(cell(col.date));
      if (!dt) throw new Error(`“${mapping.dateColumn}”不是有效日期：${cell(col.date)}`);
      const arrival = col.arrival === undefined ? dt.time : parseTime(cell(col.arrival));
      const departure = col.departure === undefined ? null : parseTime(cell(col.departure));
      if (arrival === undefined) throw new Error(`“${mapping.arrivalColumn}”不是有效时间：${cell(col.arrival)}`);
      if (departure === undefined) throw new Error(`“${mapping.departureColumn}”不是有效时间：${cell(col.departure)}`);
      const underground = col.underground === undefined ? true : parseUnderground(cell(col.underground));
      if (underground === undefined) throw new Error(`“${mapping.undergroundColumn}”无法识别：${cell(col.underground)}（应为 是/否、井下/地面 或 1/0）`);
      parsed.push({ row, personId: match(cell(col.person)), date: dt.date, arrival, departure, underground });
    } catch (err) {
      errors.push({ row, message: (err as Error).message });
    }
  });
  const dates = parsed.map((x) => x.date).sort();
  const spans = dates.length ? await repo.leaderPositions(db, [mine], dates[0]!, dates.at(-1)!) : [];
  const own = spans.filter((s) => s.mineId === mine.id || s.mineId === null);
  const days = new Map<string, { personId: string; role: string; day: string; arrival: string | null; departure: string | null; underground: boolean }>();
  let ignored = 0;
  for (const x of parsed) {
    const role = repo.LEADER_POSITIONS.find((r) => heldOn(own.filter((s) => s.personId === x.personId && s.position === r), x.date));
    if (!role) { ignored++; continue; }
    const key = `${x.personId}|${x.date}`;
    const d = days.get(key);
    if (!d) { days.set(key, { personId: x.personId, role, day: x.date, arrival: x.arrival, departure: x.departure, underground: x.underground }); continue; }
    if (x.arrival && (!d.arrival || x.arrival < d.arrival)) d.arrival = x.arrival;
    if (x.departure && (!d.departure || x.departure > d.departure)) d.departure = x.departure;
    d.underground ||= x.underground;
  }
  const result = { ...preview, errors: errors.slice(0, MAX_ERRORS), ignored, days: days.size };
  if (mapping.mode === 'dry-run') return result;
  if (!days.size) throw new AppError('VALIDATION', '没有可导入的实际控制人或总工程师在岗记录', { file: '没有可导入的实际控制人或总工程师在岗记录' });
  return writeTx(p, ctx, async (tx, audit) => {
    const { mode: _mode, ...columns } = mapping;
    const importId = await repo.insertImport(tx, { mineId: mine.id, fileName: file.filename.slice(0, 200), encoding, mapping: columns, rows: days.size,
      createdBy: actor.userId });
    await repo.upsertPositioningDays(tx, [...days.values()].map((d) => ({
      mineId: mine.id, enterpriseId: mine.enterpriseId, regionCode: mine.regionCode, personId: d.personId, role: d.role, day: d.day,
      arrival: d.arrival, departure: d.departure, location: d.underground ? 'underground' : 'surface', source: 'positioning', importId,
      createdBy: actor.userId,
    })));
    audit({ entityType: 'positioning_import', entityId: importId, action: 'import',
      after: { mineId: mine.id, fileName: file.filename, encoding, mapping: columns, rows: body.length, days: days.size, errors: errors.length, ignored } });
    return { ...result, committed: true, importId };
  });
}
