import { inArray, sql } from 'drizzle-orm';
import { enterpriseInput, type EnterpriseInput } from '@contracts/org';
import { validatePhone } from '@contracts/codes';
import { enterprises, mines } from '../../platform/db/schema';
import { queryRows, type Executor } from '../../platform/db/client';
import { sealPhone } from '../../platform/crypto/pii';
import type { RowError } from '../../platform/excel/validate';
import { listRegions } from '../regions/regions.repository';
import { ENTERPRISE_COLUMNS } from '../enterprises/enterprises.columns';
import { chunk, emptyToUndefined, zodRowErrors, type ImportKind } from './import-kind';

type Row = EnterpriseInput & { regionText?: string; parentCreditCode?: string };
const HEADERS = Object.fromEntries(ENTERPRISE_COLUMNS.map((c) => [c.key, c.header]));
HEADERS.regionCode = '所在区县';
HEADERS.parentId = '上级公司统一社会信用代码';
const schema = enterpriseInput.omit({ parentId: true, regionCode: true });
const OUT_OF_SCOPE = '该企业不在您的管辖范围内';

async function existingByCode(db: Executor, codes: string[]) {
  const map = new Map<string, { id: string; regionCode: string | null; version: number }>();
  for (const part of chunk([...new Set(codes)])) {
    if (!part.length) continue;
    const rows = await db.select({ id: enterprises.id, code: enterprises.creditCode, regionCode: enterprises.regionCode, version: enterprises.version })
      .from(enterprises).where(inArray(enterprises.creditCode, part));
    for (const r of rows) map.set(r.code, r);
  }
  return map;
}

/** District scope on existing rows: registered in the district, or a mine there. */
async function visibleToDistrict(db: Executor, region: string, ids: string[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (const part of chunk(ids)) {
    if (!part.length) continue;
    const rows = await queryRows<{ id: string }>(db, sql`SELECT DISTINCT enterprise_id::text AS id FROM ${mines} WHERE region_code = ${region} AND enterprise_id IN ${part}`);
    rows.forEach((r) => out.add(r.id));
  }
  return out;
}

export const enterpriseImport: ImportKind<Row> = {
  label: '企业',
  columns: ENTERPRISE_COLUMNS as never,
  instructions: ['一行一家企业；按统一社会信用代码新增或更新。', '上级公司可以是本文件中的企业，也可以是系统中已登记的企业。', '先“预检”，无错误后再“确认导入”；有任何错误时不写入任何数据。'],
  parse(values) {
    const r = schema.safeParse({
      name: values.name ?? '', creditCode: values.creditCode ?? '', address: emptyToUndefined(values.address),
      legalRepresentative: emptyToUndefined(values.legalRepresentative), contactName: emptyToUndefined(values.contactName),
      contactPhone: emptyToUndefined(values.contactPhone),
    });
    if (!r.success) return { ok: false, errors: zodRowErrors(r.error, HEADERS) };
    if (r.data.contactPhone) {
      const ph = validatePhone(r.data.contactPhone);
      if (!ph.ok) return { ok: false, errors: [{ field: HEADERS.contactPhone!, message: ph.message }] };
    }
    return { ok: true, value: { ...r.data, regionText: emptyToUndefined(values.regionName), parentCreditCode: emptyToUndefined(values.parentCreditCode)?.toUpperCase() } };
  },
  duplicateKey: (v) => v.creditCode,
  duplicateLabel: '统一社会信用代码',

  async check(p, actor, rows) {
    const db = p.database.db;
    const regions = await listRegions(db);
    const regionBy = new Map<string, string>();
    for (const r of regions) { regionBy.set(r.code, r.code); regionBy.set(r.name, r.code); }
    const existing = await existingByCode(db, rows.flatMap((r) => [r.value.creditCode, r.value.parentCreditCode ?? '']));
    const inFile = new Set(rows.map((r) => r.value.creditCode));
    const visible = actor.scope.kind === 'district'
      ? await visibleToDistrict(db, actor.scope.regionCode, [...existing.values()].map((e) => e.id)) : new Set<string>();
    const errors: RowError[] = [];
    let creates = 0;
    for (const { rowNumber, value: v } of rows) {
      const err = (field: string | undefined, message: string) => errors.push({ rowNumber, field, message });
      v.regionCode = v.regionText ? regionBy.get(v.regionText) ?? null : null;
      if (v.regionText && !v.regionCode) err('所在区县', `所在区县“${v.regionText}”不存在`);
      const current = existing.get(v.creditCode);
      if (actor.scope.kind === 'district') {
        const ownRegion = v.regionCode === actor.scope.regionCode;
        const canSee = current && (current.regionCode === actor.scope.regionCode || visible.has(current.id));
        if (current ? !canSee : !ownRegion) { err(undefined, OUT_OF_SCOPE); continue; }
      }
      if (v.parentCreditCode && !existing.has(v.parentCreditCode) && !inFile.has(v.parentCreditCode)) {
        err('上级公司统一社会信用代码', '上级公司未登记，请先登记上级公司或将其加入本文件');
      }
      if (v.parentCreditCode === v.creditCode) err('上级公司统一社会信用代码', '上级公司不能是本企业');
      if (!current) creates++;
    }
    return { errors, creates };
  },

  async apply(p, tx, audit, _actor, rows, progress) {
    const existing = await existingByCode(tx, rows.flatMap((r) => [r.value.creditCode, r.value.parentCreditCode ?? '']));
    // Parents in the file first, so children can point at them.
    const ordered = [...rows].sort((a, b) => Number(Boolean(a.value.parentCreditCode)) - Number(Boolean(b.value.parentCreditCode)));
    let created = 0;
    let updated = 0;
    for (const [i, { value: v }] of ordered.entries()) {
      const phone = sealPhone(p, v.contactPhone);
      const parentId = v.parentCreditCode ? existing.get(v.parentCreditCode)?.id ?? null : null;
      const cols = { name: v.name, creditCode: v.creditCode, regionCode: v.regionCode ?? null, address: v.address ?? null, parentId,
        legalRepresentative: v.legalRepresentative ?? null, contactName: v.contactName ?? null,
        contactPhoneEnc: phone.enc, contactPhoneBidx: phone.bidx, contactPhoneMasked: phone.masked };
      const snapshot = { ...cols, contactPhoneEnc: undefined, contactPhoneBidx: undefined };
      const current = existing.get(v.creditCode);
      if (current) {
        await tx.update(enterprises).set({ ...cols, updatedAt: new Date(), version: sql`${enterprises.version} + 1` }).where(sql`${enterprises.id} = ${current.id}`);
        audit({ entityType: 'enterprise', entityId: current.id, action: 'import_update', after: snapshot });
        updated++;
      } else {
        const [row] = await tx.insert(enterprises).values(cols).returning({ id: enterprises.id });
        existing.set(v.creditCode, { id: row!.id, regionCode: cols.regionCode, version: 1 });
        audit({ entityType: 'enterprise', entityId: row!.id, action: 'import_create', after: snapshot });
        created++;
      }
      progress(i + 1);
    }
    return { created, updated };
  },
};
