/**
 * Formula-injection ("CSV injection") defence for exported cells, following
 * the OWASP rule: text starting with = + - @ TAB or CR is prefixed with a
 * single quote so spreadsheet programs show it as text instead of running it.
 * Only *text* is escaped: real numbers, dates and booleans stay typed, so a
 * negative number remains a number while the string '-5' becomes "'-5".
 */
import type { CellInput } from './columns';

const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

/** Excel refuses/repairs cells longer than this many characters. */
export const MAX_CELL_CHARS = 32_767;

export type SafeCell = string | number | boolean | Date | null;

export function escapeText(s: string): string {
  return s.length > 0 && TRIGGERS.has(s[0]) ? `'${s}` : s;
}

/**
 * Inverse of escapeText, used on import so that "export → edit → import"
 * round-trips. Only a quote followed by a trigger character is removed.
 */
export function unescapeText(s: string): string {
  return s.length > 1 && s[0] === "'" && TRIGGERS.has(s[1]) ? s.slice(1) : s;
}

export function escapeCell(v: CellInput): SafeCell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return escapeText(v);
  // NaN/Infinity cannot be stored in a spreadsheet cell.
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v;
  return v;
}

/**
 * One RFC 4180 CSV field. Dates must already be formatted by the caller
 * (see export.ts) because CSV has no date type.
 */
export function csvField(v: CellInput): string {
  const safe = escapeCell(v);
  if (safe === null) return '';
  let text: string;
  if (typeof safe === 'boolean') text = safe ? 'TRUE' : 'FALSE';
  else if (safe instanceof Date) text = safe.toISOString();
  else text = String(safe);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const SHEET_NAME_MAX = 31;

/**
 * Excel sheet names: ≤ 31 chars, none of []:*?/\ and not starting/ending
 * with an apostrophe. `index` > 1 appends " (n)" for continuation sheets.
 */
export function safeSheetName(name: string, index = 1): string {
  const suffix = index > 1 ? ` (${index})` : '';
  const cleaned = name.replace(/[[\]:*?/\\]/g, '_').replace(/^'+|'+$/g, '').trim() || 'Sheet';
  return [...cleaned].slice(0, SHEET_NAME_MAX - suffix.length).join('') + suffix;
}
