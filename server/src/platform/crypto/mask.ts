// Display masking for PII in lists, exports and logs (the full value needs a decrypt + audit).
import { normalizePhone } from '@contracts/codes';

const STAR = '*';

/**
 * Fallback for values of unknown shape: keep only the last 2 characters, and nothing at all when
 * the value is so short (< 6) that two characters would reveal most of it.
 */
export function maskTail(value: string, keep = 2): string {
  const chars = [...value]; // code points, so a mask never splits a surrogate pair
  if (chars.length < 6) return STAR.repeat(chars.length);
  return STAR.repeat(chars.length - keep) + chars.slice(-keep).join('');
}

/** `11010519491231002X` → `110105********002X`: region and last 4 stay (the usual 身份证 display). */
export function maskIdNumber(value: string): string {
  const chars = [...value.trim()];
  // 15 = legacy first-generation IDs; 15–18 also covers residence permits and foreign permanent IDs.
  if (chars.length < 15) return maskTail(chars.join(''));
  return chars.slice(0, 6).join('') + STAR.repeat(chars.length - 10) + chars.slice(-4).join('');
}

/**
 * Mobile `13812345678` → `138****5678`; landline `023-68881234` → `023-******34` (area code and last
 * 2 kept; an extension is masked too). Anything unrecognised falls back to maskTail.
 */
export function maskPhone(value: string): string {
  const s = normalizePhone(value);
  if (/^1\d{10}$/.test(s)) return `${s.slice(0, 3)}****${s.slice(7)}`;
  const m = /^(0\d{2,3})-(\d{7,8})(?:-(\d{1,6}))?$/.exec(s);
  if (m) {
    const ext = m[3] ? `-${STAR.repeat(m[3].length)}` : '';
    return `${m[1]}-${STAR.repeat(m[2].length - 2)}${m[2].slice(-2)}${ext}`;
  }
  return maskTail(s);
}
