import { describe, expect, it } from 'vitest';
import { csvField, escapeCell, escapeText, safeSheetName, unescapeText } from './safe-cell';

describe('escapeCell', () => {
  it.each(['=', '+', '-', '@', '\t', '\r'])('prefixes text starting with %j', (ch) => {
    expect(escapeCell(`${ch}1+1`)).toBe(`'${ch}1+1`);
  });

  it('keeps a negative NUMBER a number but escapes the string "-5"', () => {
    expect(escapeCell(-5)).toBe(-5);
    expect(escapeCell('-5')).toBe("'-5");
  });

  it('leaves ordinary text, dates and booleans untouched', () => {
    const d = new Date('2024-06-30T00:00:00Z');
    expect(escapeCell('重庆市某某矿业有限公司')).toBe('重庆市某某矿业有限公司');
    expect(escapeCell('a=b')).toBe('a=b');
    expect(escapeCell('')).toBe('');
    expect(escapeCell(d)).toBe(d);
    expect(escapeCell(true)).toBe(true);
  });

  it('turns null, undefined, NaN, Infinity and invalid dates into empty cells', () => {
    expect(escapeCell(null)).toBeNull();
    expect(escapeCell(undefined)).toBeNull();
    expect(escapeCell(Number.NaN)).toBeNull();
    expect(escapeCell(Number.POSITIVE_INFINITY)).toBeNull();
    expect(escapeCell(new Date('nope'))).toBeNull();
  });

  it('unescapeText reverses escapeText only for trigger characters', () => {
    for (const s of ['=SUM(A1)', '-5', '@x', 'plain', "'quoted"]) expect(unescapeText(escapeText(s))).toBe(s);
    expect(unescapeText("'abc")).toBe("'abc");
  });
});

describe('csvField', () => {
  it('quotes per RFC 4180 only when needed', () => {
    expect(csvField('abc')).toBe('abc');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line1\nline2')).toBe('"line1\nline2"');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
  });

  it('applies formula escaping before quoting', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField('\rcmd')).toBe('"\'\rcmd"');
    expect(csvField('-5')).toBe("'-5");
    expect(csvField(-5)).toBe('-5');
    expect(csvField(false)).toBe('FALSE');
  });
});

describe('safeSheetName', () => {
  it('removes forbidden characters and fits the 31-char limit including the suffix', () => {
    expect(safeSheetName('a/b:c?')).toBe('a_b_c_');
    const long = '重'.repeat(40);
    expect([...safeSheetName(long)].length).toBe(31);
    const cont = safeSheetName(long, 12);
    expect([...cont].length).toBe(31);
    expect(cont.endsWith(' (12)')).toBe(true);
    expect(safeSheetName('企业', 2)).toBe('企业 (2)');
  });
});
