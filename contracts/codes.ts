// Validators for the identifier formats regulators type in every day: 统一社会信用代码,
// 公民身份号码 and other ID documents, 采矿许可证 numbers and phone numbers.
// Pure and dependency-free so the same rules run in the browser form and on the server.

export type CodeResult = { ok: true; value: string } | { ok: false; message: string };
export type IdResult = { ok: true; value: string; warnings: string[] } | { ok: false; message: string };
export interface IdCheckOptions {
  /** Injected clock for tests; defaults to the current time. */
  now?: Date;
}

/** Full-width ASCII (U+FF01–U+FF5E) and the ideographic space → half-width; Chinese IMEs produce these. */
export function toHalfWidth(s: string): string {
  return s.replace(/[\uFF01-\uFF5E\u3000]/g, (c) =>
    c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}

const normalizeCode = (input: string) => toHalfWidth(input).trim().toUpperCase();

// ---- 统一社会信用代码 (GB 32100-2015) ----

// 31 characters: digits plus upper-case letters without I, O, S, V, Z (easily confused).
const CREDIT_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function creditCodeCheckChar(first17: string): string {
  const s = normalizeCode(first17);
  if (s.length !== 17) throw new RangeError('creditCodeCheckChar expects 17 characters');
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = CREDIT_ALPHABET.indexOf(s[i]);
    if (v < 0) throw new RangeError(`illegal credit-code character ${JSON.stringify(s[i])}`);
    sum += v * CREDIT_WEIGHTS[i];
  }
  return CREDIT_ALPHABET[(31 - (sum % 31)) % 31];
}

export function validateCreditCode(input: string): CodeResult {
  const s = normalizeCode(input);
  if (s === '') return { ok: false, message: '请填写统一社会信用代码' };
  // Illegal characters are reported before the length: "含有非法字符“-”" is more useful than "应为18位".
  for (const ch of s) {
    if (!CREDIT_ALPHABET.includes(ch)) return { ok: false, message: `统一社会信用代码含有非法字符“${ch}”` };
  }
  if (s.length !== 18) return { ok: false, message: '统一社会信用代码应为18位' };
  const expected = creditCodeCheckChar(s.slice(0, 17));
  if (s[17] !== expected) return { ok: false, message: `统一社会信用代码校验位错误，应为${expected}` };
  return { ok: true, value: s };
}

// ---- 公民身份号码 (GB 11643-1999) ----

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';
// Province-level codes (GB/T 2260) plus 71 台湾, 81 香港, 82 澳门, 83 (台湾居民居住证 prefix).
const PROVINCES = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65',
  '71', '81', '82', '83',
]);

export function idNumberCheckChar(first17: string): string {
  const s = toHalfWidth(first17);
  if (!/^\d{17}$/.test(s)) throw new RangeError('idNumberCheckChar expects 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(s[i]) * ID_WEIGHTS[i];
  return ID_CHECK[sum % 11];
}

/** Calendar date in China (UTC+8, no DST): "today" must not depend on the server's time zone. */
function chinaToday(now: Date): { y: number; m: number; d: number } {
  const t = new Date(now.getTime() + 8 * 3600_000);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

type Body = 'resident' | 'hmt';

// Shared by 居民身份证 and 港澳台居民居住证: both use the 18-character GB 11643 layout.
function checkIdBody(input: string, kind: Body, label: string, opts: IdCheckOptions): IdResult {
  const s = normalizeCode(input);
  if (s === '') return { ok: false, message: `请填写${label}` };
  if ([...s].length !== 18) return { ok: false, message: `${label}应为18位` };
  if (!/^\d{17}/.test(s)) return { ok: false, message: `${label}前17位应为数字` };
  if (!/[\dX]$/.test(s)) return { ok: false, message: `${label}最后一位应为数字或X` };

  const province = s.slice(0, 2);
  if (kind === 'hmt') {
    if (!['81', '82', '83'].includes(province)) return { ok: false, message: `${label}应以81、82或83开头` };
  } else if (!PROVINCES.has(province) || s.slice(2, 6) === '0000') {
    // 810000/820000/830000 are residence-permit prefixes, not resident-ID regions: point the user there.
    const hint = ['81', '82', '83'].includes(province) ? '（港澳台居民居住证请选择对应证件类型）' : '';
    return { ok: false, message: `${label}地区代码无效${hint}` };
  }

  const y = Number(s.slice(6, 10));
  const m = Number(s.slice(10, 12));
  const d = Number(s.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  const real = y >= 1800 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  if (!real) return { ok: false, message: `${label}出生日期无效` };
  const today = chinaToday(opts.now ?? new Date());
  const cmp = (y - today.y) * 10000 + (m - today.m) * 100 + (d - today.d);
  if (cmp > 0) return { ok: false, message: `${label}出生日期不能晚于今天` };

  const expected = idNumberCheckChar(s.slice(0, 17));
  if (s[17] !== expected) return { ok: false, message: `${label}校验位错误，应为${expected}` };

  // Unusual ages are plausible typos but also real people (retirees, apprentices): warn only.
  const age = today.y - y - (today.m * 100 + today.d < m * 100 + d ? 1 : 0);
  return { ok: true, value: s, warnings: age < 16 || age > 100 ? ['年龄异常'] : [] };
}

export function validateIdNumber(input: string, opts: IdCheckOptions = {}): IdResult {
  return checkIdBody(input, 'resident', '公民身份号码', opts);
}

// ---- ID document types ----

export const ID_DOCUMENT_TYPES = [
  { code: 'resident_id', label: '居民身份证' },
  { code: 'hmt_residence', label: '港澳台居民居住证' },
  { code: 'foreign_permanent', label: '外国人永久居留身份证' },
  { code: 'passport', label: '护照' },
  { code: 'other', label: '其他' },
] as const;
export type IdDocumentType = (typeof ID_DOCUMENT_TYPES)[number]['code'];
/** Tuple of codes, e.g. for `z.enum(ID_DOCUMENT_TYPE_CODES)`. */
export const ID_DOCUMENT_TYPE_CODES = ID_DOCUMENT_TYPES.map((t) => t.code) as [IdDocumentType, ...IdDocumentType[]];

export function validateIdDocument(type: IdDocumentType, number: string, opts: IdCheckOptions = {}): IdResult {
  switch (type) {
    case 'resident_id':
      return validateIdNumber(number, opts);
    case 'hmt_residence':
      return checkIdBody(number, 'hmt', '港澳台居民居住证号码', opts);
    case 'foreign_permanent': {
      // Old (15) and 2023 (18) formats differ; no public checksum we can rely on, so format only.
      const s = normalizeCode(number);
      if (s === '') return { ok: false, message: '请填写外国人永久居留身份证号码' };
      if (!/^[0-9A-Z]{15,18}$/.test(s)) {
        return { ok: false, message: '外国人永久居留身份证号码应为15至18位字母或数字' };
      }
      return { ok: true, value: s, warnings: [] };
    }
    case 'passport':
    case 'other': {
      // Passports are upper-cased (MRZ convention); "other" documents are kept as typed.
      const half = toHalfWidth(number).trim();
      const s = type === 'passport' ? half.toUpperCase() : half;
      const label = type === 'passport' ? '护照号码' : '证件号码';
      if (s === '') return { ok: false, message: `请填写${label}` };
      if (!/^[A-Za-z0-9-]{5,30}$/.test(s)) return { ok: false, message: `${label}应为5至30位字母、数字或“-”` };
      return { ok: true, value: s, warnings: [] };
    }
    default: {
      const never: never = type;
      return { ok: false, message: `不支持的证件类型“${String(never)}”` };
    }
  }
}

// ---- 采矿许可证 ----

/** Legacy licences predate the 23-character "C…" format, so a mismatch only warns. */
export function checkMiningLicenceNo(s: string): { warning?: string } {
  const v = normalizeCode(s);
  if (/^C[0-9A-Z]{22}$/.test(v)) return {};
  return { warning: '采矿许可证号通常为以C开头的23位编号，请核对' };
}

// ---- Phone numbers ----

export type PhoneResult = { ok: true; value: string; kind: 'mobile' | 'landline' } | { ok: false; message: string };

/** Area codes 010 and 02X are 3 digits; every other mainland area code is 4 (0XXX). */
export function landlineAreaCodeLength(digits: string): 3 | 4 {
  return /^0(10|2\d)/.test(digits) ? 3 : 4;
}

/**
 * Canonical form so equal numbers get equal blind indexes: mobiles as 11 digits (+86 dropped),
 * landlines as `区号-号码[-分机]`. Unrecognised input is returned cleaned but otherwise unchanged.
 */
export function normalizePhone(input: string): string {
  let s = toHalfWidth(input).trim().replace(/\s+/g, '');
  s = s.replace(/^\((0\d{2,3})\)-?/, '$1-'); // (023)12345678
  const mobile = s.replace(/^(\+86|0086|86)-?/, '').replace(/-/g, '');
  if (/^1[3-9]\d{9}$/.test(mobile)) return mobile;
  // Landline: dashes may group digits ("023-6888-1234") or introduce an extension
  // ("023-68881234-801"). A dash after a run of ≥7 digits is read as an extension first.
  const parts = s.split('-');
  if (!parts.every((p) => /^\d+$/.test(p))) return s;
  const grouped = { digits: parts.join(''), ext: undefined as string | undefined };
  const withExt = { digits: parts.slice(0, -1).join(''), ext: parts.at(-1) };
  const extFirst = parts.length >= 2 && parts[parts.length - 2].length >= 7;
  const candidates = parts.length === 1 ? [grouped] : extFirst ? [withExt, grouped] : [grouped, withExt];
  for (const { digits, ext } of candidates) {
    // Re-split by the area-code rule so every spelling of a number normalises identically.
    const n = landlineAreaCodeLength(digits);
    const local = digits.slice(n);
    if (digits.startsWith('0') && /^\d{7,8}$/.test(local) && (ext === undefined || /^\d{1,6}$/.test(ext))) {
      return [digits.slice(0, n), local, ext].filter((p) => p !== undefined).join('-');
    }
  }
  return s;
}

export function validatePhone(input: string): PhoneResult {
  const s = normalizePhone(input);
  if (s === '') return { ok: false, message: '请填写电话号码' };
  if (/^1[3-9]\d{9}$/.test(s)) return { ok: true, value: s, kind: 'mobile' };
  if (/^0\d{2,3}-\d{7,8}(-\d{1,6})?$/.test(s)) return { ok: true, value: s, kind: 'landline' };
  return { ok: false, message: '电话号码格式不正确，应为11位手机号或带区号的固定电话（如023-12345678）' };
}
