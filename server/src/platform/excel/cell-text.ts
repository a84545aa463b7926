/**
 * exceljs cell value → the plain string an importer validates. Everything
 * becomes text so module parsers (zod etc.) see one shape regardless of how
 * the user's Excel typed the cell.
 */
import { unescapeText } from './safe-cell';
import { formatWallClock } from './shanghai-time';

/**
 * Numbers as Excel displays them: 0.1+0.2 → "0.3", not "0.30000000000000004".
 * Excel keeps 15 significant digits; safe integers are printed exactly so
 * long codes written by other software survive.
 */
export function numberText(n: number): string | null {
  if (!Number.isFinite(n)) return null;
  if (Number.isSafeInteger(n)) return String(n);
  const r = Number(n.toPrecision(15));
  return Object.is(r, -0) ? '0' : String(r);
}

function text(s: string): string | null {
  // Trim ordinary and full-width spaces; undo our own export escaping ("'=…").
  const t = s.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
  return t === '' ? null : unescapeText(t);
}

/**
 * Accepts `unknown` because loaded files contain shapes the exceljs types do
 * not list (e.g. a hyperlink whose text is itself rich text).
 */
export function cellToText(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return text(v);
  if (typeof v === 'number') return numberText(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  // exceljs gives the wall clock the user typed in the Date's UTC fields (see shanghai-time.ts).
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : formatWallClock(v);
  if (typeof v !== 'object') return null;
  const o = v as Record<string, unknown>;
  if (Array.isArray(o.richText)) {
    return text(o.richText.map((r: { text?: unknown }) => (typeof r.text === 'string' ? r.text : '')).join(''));
  }
  // Formula (plain or shared): use the cached result Excel stored; we never evaluate.
  if ('formula' in o || 'sharedFormula' in o) return cellToText(o.result);
  if ('hyperlink' in o) return cellToText(o.text);
  // Error values (#N/A, #DIV/0!) are kept as text so validation reports them visibly.
  if (typeof o.error === 'string') return o.error;
  return null;
}
