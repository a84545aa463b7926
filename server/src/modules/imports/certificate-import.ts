import { z } from 'zod';
import { certificateInput } from '@contracts/certificates';
import { ID_DOCUMENT_TYPE_CODES, validateIdDocument } from '@contracts/codes';
import { idIndex } from '../../platform/crypto/pii';
import type { ExcelColumn } from '../../platform/excel/columns';
import type { RowError } from '../../platform/excel/validate';
import { AppError } from '../../platform/errors';
import { findByCreditCode } from '../enterprises/enterprises.repository';
import { listTypes, peopleByIdIndexes } from '../certificates/certificates.repository';
import { prepareCertificate, resolveEmployer } from '../certificates/certificates.rules';
import { insertCertificateAudited } from '../certificates/certificates.service';
import { emptyToUndefined, zodRowErrors, type ImportKind } from './import-kind';
import { plainDate, YES_NO } from './hazard-columns';

/** The certificate import template (特种作业操作证批量导入): one row per certificate of a person already registered. */
export const CERTIFICATE_IMPORT_COLUMNS: ExcelColumn<never>[] = [
  { key: 'personName', header: '姓名', required: true, width: 12, get: () => null, example: '张三' },
  { key: 'idNumber', header: '身份证件号码', required: true, width: 22, get: () => null, example: '11010519491231002X', note: '须为系统中已登记、您管辖范围内的人员（按证件号码查找，不新建人员）' },
  { key: 'typeCode', header: '证书类型', required: true, width: 26, get: () => null, example: '8.1 金属非金属矿井通风作业', note: '特种作业目录的类别代码或名称，按初领日期施行的目录条目认定' },
  { key: 'number', header: '证号', required: true, width: 22, get: () => null, example: 'T110105194912310021' },
  { key: 'issuingAuthority', header: '发证机关', required: true, width: 24, get: () => null, example: '重庆市应急管理局' },
  { key: 'issueDate', header: '初领日期', required: true, width: 12, get: () => null, example: '2022-03-15', note: 'YYYY-MM-DD' },
  { key: 'expiryDate', header: '有效期至', width: 12, get: () => null, example: '2028-03-15', note: '选填；不填按目录有效期（6年）计算' },
  { key: 'creditCode', header: '所在企业统一社会信用代码', width: 22, get: () => null, note: '选填；企业用户不填为本企业，监管部门不填为人员所属企业' },
  { key: 'extendedReview', header: '延长复审周期', width: 10, get: () => null, note: '是／否，不填为否（连续从事本工种10年以上经考核发证机关同意）' },
  { key: 'extendedApprovedBy', header: '延长批准机关', width: 20, get: () => null },
  { key: 'extendedApprovedOn', header: '延长批准日期', width: 12, get: () => null, note: 'YYYY-MM-DD' },
];
const H: Record<string, string> = {
  ...Object.fromEntries(CERTIFICATE_IMPORT_COLUMNS.map((c) => [c.key, c.header])), personId: '身份证件号码', enterpriseId: '所在企业统一社会信用代码',
};

const schema = certificateInput.omit({ personId: true, enterpriseId: true }).extend({
  personName: z.string().min(1, '请填写姓名').max(50), idNumber: z.string({ error: '请填写身份证件号码' }).min(1, '请填写身份证件号码').max(30),
  creditCode: z.string().max(18).optional(),
});
type Row = z.output<typeof schema> & { typeText: string; prepared?: Awaited<ReturnType<typeof prepareCertificate>> & { personId: string; enterpriseId: string; regionCode: string | null } };

const NOT_FOUND = '未找到该人员（须为您管辖范围内已登记的人员，请先在“人员与任职”中登记）';

export const certificateImport: ImportKind<Row> = {
  label: '特种作业操作证',
  columns: CERTIFICATE_IMPORT_COLUMNS,
  instructions: [
    '一行一本特种作业操作证。持证人须已在系统中登记，按身份证件号码查找（不会新建人员），姓名须与登记一致。',
    '证书类型按初领日期施行的特种作业目录条目认定（目录待核对，见“证书目录”）。同一作业类别下证号不能重复。',
    '先“预检”，无错误后再“确认导入”；有任何错误时不写入任何数据。',
  ],
  permission: () => 'certificate.manage',

  parse(values) {
    const v = (k: string) => emptyToUndefined(values[k]);
    const errors: { field: string; message: string }[] = [];
    const ext = v('extendedReview');
    if (ext !== undefined && YES_NO[ext.toUpperCase()] === undefined) errors.push({ field: H.extendedReview!, message: '延长复审周期应填写“是”或“否”' });
    const date = (k: string) => (v(k) === undefined ? undefined : plainDate(v(k)!));
    const typeText = v('typeCode') ?? '';
    const r = schema.safeParse({
      personName: v('personName') ?? '', idNumber: v('idNumber') ?? '', typeCode: typeText.slice(0, 20) || '',
      number: v('number') ?? '', issuingAuthority: v('issuingAuthority') ?? '', issueDate: date('issueDate') ?? '',
      expiryDate: date('expiryDate'), creditCode: v('creditCode')?.toUpperCase(),
      extendedReview: ext === undefined ? false : YES_NO[ext.toUpperCase()] ?? false,
      extendedApprovedBy: v('extendedApprovedBy'), extendedApprovedOn: date('extendedApprovedOn'),
    });
    if (!typeText) errors.push({ field: H.typeCode!, message: '请填写证书类型' });
    if (!r.success) errors.push(...zodRowErrors(r.error, H).filter((e) => !errors.some((x) => x.field === e.field)));
    if (!r.success || errors.length) return { ok: false, errors };
    return { ok: true, value: { ...r.data, typeText } };
  },
  duplicateKey: (r) => `${r.typeText}\u0001${r.number}`,
  duplicateLabel: '证书类型和证号均相同',

  async check(p, actor, rows) {
    const db = p.database.db;
    const types = await listTypes(db);
    // 证书类型: a code, a name, or "code name" (as the export writes it)
    const codeOf = (text: string) => types.find((t) => t.code === text || t.name === text || `${t.code} ${t.name}` === text)?.code
      ?? types.find((t) => t.code === text.split(/\s+/)[0])?.code;
    const indexes = (text: string) => ID_DOCUMENT_TYPE_CODES.flatMap((t) => {
      const r = validateIdDocument(t, text);
      return r.ok ? [idIndex(p, t, r.value)] : [];
    });
    const rowIndexes = new Map(rows.map((r) => [r.rowNumber, indexes(r.value.idNumber)]));
    const found = await peopleByIdIndexes(db, actor.scope, [...new Set([...rowIndexes.values()].flat())]);
    const errors: RowError[] = [];
    const seen = new Map<string, number>();
    let creates = 0;
    for (const { rowNumber, value: v } of rows) {
      const err = (field: string | undefined, message: string) => errors.push({ rowNumber, field, message });
      const idx = rowIndexes.get(rowNumber)!;
      if (!idx.length) { err(H.idNumber, '身份证件号码无效'); continue; }
      const person = found.find((f) => f.bidx !== null && idx.includes(f.bidx));
      if (!person) { err(H.idNumber, NOT_FOUND); continue; }
      if (person.name !== v.personName) { err(H.personName, '姓名与该证件号码登记的人员不一致'); continue; }
      const code = codeOf(v.typeText);
      if (!code) { err(H.typeCode, `特种作业目录中没有“${v.typeText}”`); continue; }
      try {
        let wanted: string | undefined;
        if (v.creditCode) {
          const ent = await findByCreditCode(db, v.creditCode);
          if (!ent) throw new AppError('NOT_FOUND', '未找到该企业', { enterpriseId: '未找到该企业' });
          wanted = ent.id;
        }
        const employer = await resolveEmployer(db, actor, wanted, person.ownerEnterpriseId);
        const prepared = await prepareCertificate(db, { ...v, typeCode: code });
        const key = `${code}\u0001${v.number}`;
        const first = seen.get(key);
        if (first !== undefined) { err(undefined, `与第${first}行重复：证书类型和证号均相同`); continue; }
        seen.set(key, rowNumber);
        v.prepared = { ...prepared, ...employer, personId: person.id };
        creates++;
      } catch (e) {
        if (!(e instanceof AppError)) throw e;
        if (e.code === 'NOT_FOUND') err(H.creditCode, '未找到该企业（须为您管辖范围内的企业）');
        else if (!e.fields) err(undefined, e.message);
        else for (const [f, message] of Object.entries(e.fields)) err(H[f] ?? f, message);
      }
    }
    return { errors, creates };
  },

  async apply(_p, tx, audit, _actor, rows, progress) {
    for (const [i, { value: v }] of rows.entries()) {
      await insertCertificateAudited(tx, audit, v.prepared!);
      progress(i + 1);
    }
    return { created: rows.length, updated: 0 };
  },
};
