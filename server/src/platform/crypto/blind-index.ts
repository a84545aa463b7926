// Blind index: a keyed, deterministic fingerprint of a PII value so encrypted columns can still be
// searched by exact match (WHERE id_number_bidx = $1) without storing or revealing the value.
// HMAC (not a plain hash) because ID numbers and phones have small search spaces: without the key
// an attacker with the database cannot brute-force the index.
import { createHmac } from 'node:crypto';

/**
 * Hex HMAC-SM3(key, kind ‖ "\0" ‖ value). `kind` ("id_number", "phone", …) separates domains so the
 * same string indexed as two kinds gives unrelated digests. Callers must pass the *normalised*
 * value (e.g. validateIdNumber(...).value, normalizePhone(...)) or equal values will not match.
 */
export function blindIndex(key: Buffer, kind: string, normalizedValue: string): string {
  if (key.length < 16) throw new Error('blind index key must be at least 16 bytes');
  // A NUL inside `kind` would let ("a\0b", "c") collide with ("a", "b\0c").
  if (kind === '' || kind.includes('\0')) throw new Error('blind index kind must be non-empty and contain no NUL');
  return createHmac('sm3', key).update(`${kind}\0${normalizedValue}`, 'utf8').digest('hex');
}
