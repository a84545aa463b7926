// zod helpers for every user-entered string. Project rule: control characters other than tab and
// newlines are rejected; everything else (RTL marks, markup, SQL, emoji) is stored exactly as typed.
// Escaping is the renderer's/driver's job, so we never trim or rewrite the stored value here.
import { z } from 'zod';

export interface TextOptions {
  /** Field name used in messages, e.g. '企业名称'. */
  label: string;
  /** Maximum length in Unicode code points (an emoji counts as one, as users expect). */
  max: number;
  /** Minimum length in code points; min ≥ 1 also rejects whitespace-only input. */
  min?: number;
  /**
   * UI hint only (render a textarea). Tab/CR/LF are accepted in every field per the project rule,
   * so this does not change validation.
   */
  multiline?: boolean;
}

// C0 controls except TAB (09), LF (0A), CR (0D); DEL; C1 controls (0080–009F, incl. NEL 0085).
 
const FORBIDDEN_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
// A high surrogate not followed by a low one, or a low surrogate not preceded by a high one.
// Such strings cannot be encoded as UTF-8 and would be mangled (U+FFFD) by the database.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Length in code points; a lone surrogate counts as one. */
export function codePointLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** First problem with `value`, or null. Shared by safeText/optionalText and usable outside zod. */
export function textProblem(value: string, opts: TextOptions): string | null {
  const { label, max, min = 0 } = opts;
  if (FORBIDDEN_CONTROL.test(value)) return `${label}含有不允许的控制字符`;
  if (LONE_SURROGATE.test(value)) return `${label}含有无效的字符编码`;
  if (min >= 1 && value.trim() === '') return `请填写${label}`;
  const len = codePointLength(value);
  if (len < min) return `${label}不能少于${min}个字符`;
  if (len > max) return `${label}不能超过${max}个字符`;
  return null;
}

/** Required-or-not string field; the value passes through unchanged (not trimmed). */
export function safeText(opts: TextOptions): z.ZodString {
  return z.string({ error: `${opts.label}必须是文本` }).superRefine((value, ctx) => {
    const message = textProblem(value, opts);
    if (message) ctx.addIssue({ code: 'custom', message });
  });
}

/**
 * Optional field: undefined, null, '' and whitespace-only all become null (nothing worth storing);
 * any other value is validated like safeText (min applies only when something was entered) and kept as typed.
 */
export function optionalText(opts: TextOptions) {
  return z
    .string({ error: `${opts.label}必须是文本` })
    .nullish()
    .superRefine((value, ctx) => {
      if (value == null) return;
      // Blank input becomes null, but a blank made of control characters is still an error.
      const blank = value.trim() === '';
      const message = textProblem(value, blank ? { ...opts, min: 0, max: Infinity } : opts);
      if (message) ctx.addIssue({ code: 'custom', message });
    })
    .transform((value): string | null => (value == null || value.trim() === '' ? null : value));
}
