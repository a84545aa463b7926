import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { codePointLength, optionalText, safeText, textProblem } from './text';

const name = safeText({ label: '企业名称', max: 10, min: 1 });
const memo = safeText({ label: '备注', max: 5, multiline: true });
const firstMessage = (schema: z.ZodType, v: unknown) => {
  const r = schema.safeParse(v);
  return r.success ? null : r.error.issues[0].message;
};

describe('safeText', () => {
  it.each([
    ['plain Chinese', '重庆某某矿业有限公司'],
    ['tab, LF and CR', 'a\tb\nc\r\nd'],
    ['emoji (valid surrogate pair)', '矿山⛏️😀'],
    ['RTL override, stored as typed', 'abc\u202Edef'],
    ['SQL, stored as typed', "x'; DROP--"],
    ['script, stored as typed', '<script>'],
    ['zero-width joiner and BOM', 'a\u200Db\uFEFF'],
    ['surrounding spaces are not trimmed', '  矿业  '],
    ['U+00A0 (first char after C1)', 'a\u00A0b'],
  ])('accepts %s and returns the value unchanged', (_, v) => {
    expect(name.parse(v)).toBe(v);
  });

  it.each([
    ['\u0000'],
    ['\u0001'],
    ['\u0008'],
    ['\u000B'],
    ['\u000C'],
    ['\u000E'],
    ['\u001B'],
    ['\u001F'],
    ['\u007F'],
    ['\u0080'],
    ['\u0085'],
    ['\u009F'],
  ])('rejects control character %j', (c) => {
    expect(firstMessage(name, `矿${c}业`)).toBe('企业名称含有不允许的控制字符');
  });

  it.each([['\uD800'], ['\uDBFF'], ['\uDC00'], ['\uDFFF'], ['\uDE00\uD83D'], ['a\uD83D']])(
    'rejects unpaired surrogate in %j',
    (v) => {
      expect(firstMessage(name, v)).toBe('企业名称含有无效的字符编码');
    },
  );

  it('counts code points, not UTF-16 units', () => {
    expect(name.parse('😀'.repeat(10))).toBe('😀'.repeat(10)); // 20 UTF-16 units
    expect(firstMessage(name, '😀'.repeat(11))).toBe('企业名称不能超过10个字符');
    expect(firstMessage(name, 'a'.repeat(11))).toBe('企业名称不能超过10个字符');
  });

  it('requires non-blank input when min ≥ 1, without trimming the stored value', () => {
    expect(firstMessage(name, '')).toBe('请填写企业名称');
    expect(firstMessage(name, ' \t\n\u3000')).toBe('请填写企业名称');
    expect(name.parse(' x ')).toBe(' x ');
  });

  it('reports a min above 1 in code points', () => {
    const code = safeText({ label: '编号', max: 10, min: 3 });
    expect(firstMessage(code, 'ab')).toBe('编号不能少于3个字符');
    expect(code.parse('😀😀😀')).toBe('😀😀😀');
  });

  it('allows empty strings when min is 0 and keeps multiline as a pure UI hint', () => {
    expect(memo.parse('')).toBe('');
    expect(memo.parse('1\n2\n3')).toBe('1\n2\n3');
    expect(firstMessage(memo, '123456')).toBe('备注不能超过5个字符');
  });

  it('reports only the first problem, control characters before length', () => {
    const r = name.safeParse('\u0000'.repeat(20));
    expect(r.success).toBe(false);
    expect(!r.success && r.error.issues.map((i) => i.message)).toEqual(['企业名称含有不允许的控制字符']);
  });

  it('rejects non-strings with a Chinese message', () => {
    expect(firstMessage(name, 42)).toBe('企业名称必须是文本');
    expect(firstMessage(name, null)).toBe('企业名称必须是文本');
  });

  it('composes inside objects', () => {
    const form = z.object({ name, memo });
    expect(form.safeParse({ name: '', memo: '\u0007' }).error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['name', '请填写企业名称'],
      ['memo', '备注含有不允许的控制字符'],
    ]);
  });
});

describe('optionalText', () => {
  const opt = optionalText({ label: '备注', max: 5, min: 2 });
  it.each([[undefined], [null], [''], ['   '], ['\t\n']])('maps %j to null', (v) => {
    expect(opt.parse(v)).toBeNull();
  });
  it('keeps entered values as typed and validates them', () => {
    expect(opt.parse(' ab ')).toBe(' ab ');
    expect(firstMessage(opt, 'a')).toBe('备注不能少于2个字符');
    expect(firstMessage(opt, '123456')).toBe('备注不能超过5个字符');
    expect(firstMessage(opt, '\uD800x')).toBe('备注含有无效的字符编码');
    expect(firstMessage(opt, 7)).toBe('备注必须是文本');
  });
  it('does not silently drop blanks made of control characters', () => {
    expect(firstMessage(opt, '\u000B\u000C')).toBe('备注含有不允许的控制字符');
  });
  it('treats a blank longer than max as empty rather than too long', () => {
    expect(opt.parse(' '.repeat(20))).toBeNull();
  });
  it('works as an optional object member', () => {
    const form = z.object({ memo: opt });
    expect(form.parse({})).toEqual({ memo: null });
  });
});

describe('helpers', () => {
  it('codePointLength counts astral characters once', () => {
    expect(codePointLength('a😀中')).toBe(3);
    expect(codePointLength('')).toBe(0);
  });
  it('textProblem can be used outside zod', () => {
    expect(textProblem('ok', { label: 'x', max: 2 })).toBeNull();
    expect(textProblem('\u0000', { label: 'x', max: 2 })).toBe('x含有不允许的控制字符');
  });
});
