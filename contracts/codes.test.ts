import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ID_DOCUMENT_TYPES,
  ID_DOCUMENT_TYPE_CODES,
  checkMiningLicenceNo,
  creditCodeCheckChar,
  idNumberCheckChar,
  normalizePhone,
  toHalfWidth,
  validateCreditCode,
  validateIdDocument,
  validateIdNumber,
  validatePhone,
} from './codes';

const NOW = { now: new Date('2026-06-01T04:00:00Z') };
const fullWidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const withId = (first17: string) => first17 + idNumberCheckChar(first17);

describe('validateCreditCode', () => {
  it('accepts the GB 32100 example and normalises case, width and surrounding space', () => {
    expect(validateCreditCode('9144030071526726XG')).toEqual({ ok: true, value: '9144030071526726XG' });
    expect(validateCreditCode('  9144030071526726xg\t')).toEqual({ ok: true, value: '9144030071526726XG' });
    expect(validateCreditCode(`\u3000${fullWidth('9144030071526726xg')}`)).toEqual({ ok: true, value: '9144030071526726XG' });
  });
  it('reports the expected check character', () => {
    expect(validateCreditCode('9144030071526726XA')).toEqual({ ok: false, message: '统一社会信用代码校验位错误，应为G' });
  });
  it('rejects wrong lengths and empty input', () => {
    expect(validateCreditCode('9144030071526726X')).toEqual({ ok: false, message: '统一社会信用代码应为18位' });
    expect(validateCreditCode('9144030071526726XG1')).toEqual({ ok: false, message: '统一社会信用代码应为18位' });
    expect(validateCreditCode('   ')).toEqual({ ok: false, message: '请填写统一社会信用代码' });
  });
  it.each(['I', 'O', 'S', 'V', 'Z', '-', '中'])('names the illegal character %s', (ch) => {
    expect(validateCreditCode(`91440300715267${ch}6XG`)).toEqual({
      ok: false,
      message: `统一社会信用代码含有非法字符“${ch.toUpperCase()}”`,
    });
  });
  it('creditCodeCheckChar rejects bad input', () => {
    expect(creditCodeCheckChar('9144030071526726X')).toBe('G');
    expect(() => creditCodeCheckChar('914403007152672')).toThrow(RangeError);
    expect(() => creditCodeCheckChar('9144030071526726O')).toThrow(RangeError);
  });
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY'.split('');
  const body17 = fc.array(fc.constantFrom(...alphabet), { minLength: 17, maxLength: 17 }).map((a) => a.join(''));
  it('property: any 17 legal characters plus the computed check char validate', () => {
    fc.assert(fc.property(body17, (b) => validateCreditCode(b + creditCodeCheckChar(b)).ok));
  });
  it('property: every single-character substitution is detected (31 is prime, weights non-zero)', () => {
    fc.assert(
      fc.property(body17, fc.nat(17), fc.constantFrom(...alphabet), (b, pos, ch) => {
        const code = b + creditCodeCheckChar(b);
        fc.pre(code[pos] !== ch);
        return !validateCreditCode(code.slice(0, pos) + ch + code.slice(pos + 1)).ok;
      }),
    );
  });
});

describe('validateIdNumber', () => {
  it('accepts the standard example without warnings', () => {
    expect(validateIdNumber('11010519491231002X', NOW)).toEqual({ ok: true, value: '11010519491231002X', warnings: [] });
  });
  it('warns (but accepts) implausible ages', () => {
    expect(validateIdNumber('440524188001010014', NOW)).toEqual({ ok: true, value: '440524188001010014', warnings: ['年龄异常'] });
    const child = withId('11010520150101001');
    expect(validateIdNumber(child, NOW)).toEqual({ ok: true, value: child, warnings: ['年龄异常'] });
    // Age is counted in whole years: 16th birthday is tomorrow (China time) → still 15.
    expect(validateIdNumber(withId('50010320100602001'), NOW)).toMatchObject({ ok: true, warnings: ['年龄异常'] });
    expect(validateIdNumber(withId('50010320100601001'), NOW)).toMatchObject({ ok: true, warnings: [] });
  });
  it('normalises lower-case x, full-width characters and spaces', () => {
    expect(validateIdNumber(' 11010519491231002x ', NOW)).toMatchObject({ ok: true, value: '11010519491231002X' });
    expect(validateIdNumber(fullWidth('11010519491231002x'), NOW)).toMatchObject({ ok: true, value: '11010519491231002X' });
  });
  it('reports the expected check digit', () => {
    expect(validateIdNumber('110105194912310021', NOW)).toEqual({ ok: false, message: '公民身份号码校验位错误，应为X' });
    expect(validateIdNumber('44052418800101001X', NOW)).toEqual({ ok: false, message: '公民身份号码校验位错误，应为4' });
  });
  it('rejects wrong length, letters and empty input', () => {
    expect(validateIdNumber('11010519491231002', NOW)).toEqual({ ok: false, message: '公民身份号码应为18位' });
    expect(validateIdNumber('110105194912310020X', NOW)).toEqual({ ok: false, message: '公民身份号码应为18位' });
    expect(validateIdNumber('1101051949123100AX', NOW)).toEqual({ ok: false, message: '公民身份号码前17位应为数字' });
    expect(validateIdNumber('11010519491231002Y', NOW)).toEqual({ ok: false, message: '公民身份号码最后一位应为数字或X' });
    expect(validateIdNumber('', NOW)).toEqual({ ok: false, message: '请填写公民身份号码' });
  });
  it.each(['19490230', '19490001', '19491301', '19000229', '17991231'])('rejects impossible birth date %s', (d) => {
    expect(validateIdNumber(withId(`110105${d}002`), NOW)).toEqual({ ok: false, message: '公民身份号码出生日期无效' });
  });
  it('accepts 29 February in leap years', () => {
    expect(validateIdNumber(withId('11010520000229002'), NOW).ok).toBe(true);
  });
  it('rejects birth dates after today in China time', () => {
    // 2026-06-01T20:00Z is already 2 June in Beijing.
    const late = { now: new Date('2026-06-01T20:00:00Z') };
    expect(validateIdNumber(withId('11010520260602002'), late)).toMatchObject({ ok: true });
    expect(validateIdNumber(withId('11010520260603002'), late)).toEqual({ ok: false, message: '公民身份号码出生日期不能晚于今天' });
    expect(validateIdNumber(withId('11010530000101002'), late).ok).toBe(false);
  });
  it.each(['000000', '110000', '990101', '100101', '810000', '830000'])('rejects region code %s', (r) => {
    const res = validateIdNumber(withId(`${r}19800101002`), NOW);
    expect(res.ok).toBe(false);
    expect(!res.ok && res.message).toMatch(/^公民身份号码地区代码无效/);
  });
  it('points HMT residence permit numbers to the right document type', () => {
    expect(validateIdNumber(withId('81000019900101001'), NOW)).toEqual({
      ok: false,
      message: '公民身份号码地区代码无效（港澳台居民居住证请选择对应证件类型）',
    });
  });
  it.each(['71', '81', '82', '83', '65', '50'])('allows province-level code %s with a real district', (p) => {
    expect(validateIdNumber(withId(`${p}010219800101002`), NOW).ok).toBe(true);
  });
  it('idNumberCheckChar rejects non-digits', () => {
    expect(() => idNumberCheckChar('1101051949123100A')).toThrow(RangeError);
  });

  const provinces = ['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41',
    '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65', '71', '81', '82', '83'];
  const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((a) => a.join(''));
  const district = digits(4).filter((d) => d !== '0000');
  const birth = fc
    .date({ min: new Date('1800-01-01T00:00:00Z'), max: new Date('2026-05-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10).replace(/-/g, ''));
  const body = fc.tuple(fc.constantFrom(...provinces), district, birth, digits(3)).map((p) => p.join(''));

  it('property: plausible region + real past date + any sequence + computed check char validates', () => {
    fc.assert(fc.property(body, (b) => validateIdNumber(b + idNumberCheckChar(b), NOW).ok));
  });
  it('property: any other final character is rejected', () => {
    fc.assert(
      fc.property(body, fc.constantFrom(...'0123456789X'), (b, c) => {
        fc.pre(c !== idNumberCheckChar(b));
        return !validateIdNumber(b + c, NOW).ok;
      }),
    );
  });
  it('property: any single-digit substitution in the body is rejected', () => {
    fc.assert(
      fc.property(body, fc.nat(16), fc.integer({ min: 0, max: 9 }), (b, pos, d) => {
        fc.pre(b[pos] !== String(d));
        const id = withId(b);
        return !validateIdNumber(id.slice(0, pos) + d + id.slice(pos + 1), NOW).ok;
      }),
    );
  });
});

describe('validateIdDocument', () => {
  it('exposes the document types', () => {
    expect(ID_DOCUMENT_TYPES.map((t) => t.label)).toEqual(['居民身份证', '港澳台居民居住证', '外国人永久居留身份证', '护照', '其他']);
    expect(ID_DOCUMENT_TYPE_CODES).toEqual(['resident_id', 'hmt_residence', 'foreign_permanent', 'passport', 'other']);
  });
  it('resident_id delegates to validateIdNumber', () => {
    expect(validateIdDocument('resident_id', '11010519491231002x', NOW)).toEqual(validateIdNumber('11010519491231002X', NOW));
  });
  it('hmt_residence uses the same checksum but requires 81/82/83', () => {
    for (const p of ['810000', '820000', '830000']) {
      const n = withId(`${p}19900101001`);
      expect(validateIdDocument('hmt_residence', n, NOW)).toEqual({ ok: true, value: n, warnings: [] });
    }
    expect(validateIdDocument('hmt_residence', '810000199001010010', NOW)).toEqual({
      ok: false,
      message: '港澳台居民居住证号码校验位错误，应为9',
    });
    expect(validateIdDocument('hmt_residence', '11010519491231002X', NOW)).toEqual({
      ok: false,
      message: '港澳台居民居住证号码应以81、82或83开头',
    });
    expect(validateIdDocument('hmt_residence', withId('81000019900230001'), NOW).ok).toBe(false);
  });
  it('foreign_permanent checks format only', () => {
    expect(validateIdDocument('foreign_permanent', 'usa310012345678')).toEqual({ ok: true, value: 'USA310012345678', warnings: [] });
    expect(validateIdDocument('foreign_permanent', '911156199001011234')).toMatchObject({ ok: true });
    expect(validateIdDocument('foreign_permanent', 'USA31001234567').ok).toBe(false);
    expect(validateIdDocument('foreign_permanent', '9111561990010112345').ok).toBe(false);
    expect(validateIdDocument('foreign_permanent', 'USA-31001234567').ok).toBe(false);
    expect(validateIdDocument('foreign_permanent', '')).toEqual({ ok: false, message: '请填写外国人永久居留身份证号码' });
  });
  it('passport and other accept 5–30 of [A-Za-z0-9-]', () => {
    expect(validateIdDocument('passport', ' e1234５678 ')).toEqual({ ok: true, value: 'E12345678', warnings: [] });
    expect(validateIdDocument('other', 'ab-12c')).toEqual({ ok: true, value: 'ab-12c', warnings: [] });
    expect(validateIdDocument('passport', 'E123').ok).toBe(false);
    expect(validateIdDocument('other', 'A'.repeat(31)).ok).toBe(false);
    expect(validateIdDocument('other', 'AB 123')).toEqual({ ok: false, message: '证件号码应为5至30位字母、数字或“-”' });
    expect(validateIdDocument('passport', '')).toEqual({ ok: false, message: '请填写护照号码' });
  });
  it('rejects an unknown type at runtime', () => {
    expect(validateIdDocument('driver' as never, 'x')).toEqual({ ok: false, message: '不支持的证件类型“driver”' });
  });
});

describe('checkMiningLicenceNo', () => {
  it('is silent for the 23-character C format (normalised) and warns otherwise', () => {
    expect(checkMiningLicenceNo('C5000002010071120071234')).toEqual({});
    expect(checkMiningLicenceNo(' c5000002010071120071234 ')).toEqual({});
    expect(checkMiningLicenceNo('5000000620011')).toEqual({ warning: '采矿许可证号通常为以C开头的23位编号，请核对' });
    expect(checkMiningLicenceNo('C500000201007112007123').warning).toBeDefined();
    expect(checkMiningLicenceNo('').warning).toBeDefined();
  });
});

describe('phones', () => {
  it.each([
    ['13812345678', '13812345678', 'mobile'],
    ['138 1234 5678', '13812345678', 'mobile'],
    ['138-1234-5678', '13812345678', 'mobile'],
    ['+86 138 1234 5678', '13812345678', 'mobile'],
    ['８６１３８１２３４５６７８', '13812345678', 'mobile'],
    ['023-68881234', '023-68881234', 'landline'],
    ['02368881234', '023-68881234', 'landline'],
    ['023 6888 1234', '023-68881234', 'landline'],
    ['023-6888-1234', '023-68881234', 'landline'],
    ['(023)68881234', '023-68881234', 'landline'],
    ['（０２３）６８８８１２３４', '023-68881234', 'landline'],
    ['010-12345678', '010-12345678', 'landline'],
    ['0755-1234567', '0755-1234567', 'landline'],
    ['07551234567', '0755-1234567', 'landline'],
    ['023-68881234-801', '023-68881234-801', 'landline'],
    ['02368881234-801', '023-68881234-801', 'landline'],
    ['0755-1234567-1', '0755-1234567-1', 'landline'],
  ])('%s → %s (%s)', (input, value, kind) => {
    expect(normalizePhone(input)).toBe(value);
    expect(validatePhone(input)).toEqual({ ok: true, value, kind });
  });
  it.each(['12812345678', '1381234567', '138123456789', '23-68881234', '023-123456', '023-68881234-1234567', 'abc', '023—68881234'])(
    'rejects %s',
    (input) => {
      expect(validatePhone(input)).toEqual({
        ok: false,
        message: '电话号码格式不正确，应为11位手机号或带区号的固定电话（如023-12345678）',
      });
    },
  );
  it('asks for a value when empty', () => {
    expect(validatePhone('  ')).toEqual({ ok: false, message: '请填写电话号码' });
  });
});

describe('toHalfWidth', () => {
  it('maps full-width ASCII and the ideographic space only', () => {
    expect(toHalfWidth('Ａｂ１！\u3000～中')).toBe('Ab1! ~中');
  });
});
