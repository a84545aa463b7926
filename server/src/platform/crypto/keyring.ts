// Key material for PII encryption, blind indexes and the audit chain.
//
// Keyring config format (e.g. from an environment variable or secrets manager):
//   {"active":"k1","keys":{"k1":"<96 hex chars>"}}
// Each key is 48 bytes as hex: the first 16 bytes are the SM4 encryption key, the remaining
// 32 bytes the HMAC-SM3 key. Separate keys for encryption and MAC avoid any cross-use of a key.
// Key ids appear in every ciphertext (`v1.<keyId>.…`), so they are restricted to [A-Za-z0-9_-].
import { randomBytes } from 'node:crypto';
import { chmodSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface FieldKey {
  /** 16-byte SM4 key. */
  encKey: Buffer;
  /** 32-byte HMAC-SM3 key. */
  macKey: Buffer;
}
export interface Keyring {
  activeKeyId: string;
  keys: Record<string, FieldKey>;
}
export interface PlatformSecrets {
  pii: Keyring;
  /** 32-byte HMAC-SM3 key for blind indexes. */
  blindIndexKey: Buffer;
  /** 32-byte HMAC-SM3 key for the audit chain. */
  auditKey: Buffer;
}

export const KEY_ID_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;
const FIELD_KEY_HEX = /^[0-9a-fA-F]{96}$/;
const KEY32_HEX = /^[0-9a-fA-F]{64}$/;

/** Throws if the keyring is structurally unusable; shared by the parser and FieldCipher. */
export function assertKeyring(ring: Keyring): void {
  const ids = Object.keys(ring.keys);
  if (ids.length === 0) throw new Error('keyring has no keys');
  for (const id of ids) {
    if (!KEY_ID_PATTERN.test(id)) throw new Error(`invalid key id ${JSON.stringify(id)}`);
    const k = ring.keys[id];
    if (k.encKey.length !== 16) throw new Error(`key ${id}: encKey must be 16 bytes`);
    if (k.macKey.length !== 32) throw new Error(`key ${id}: macKey must be 32 bytes`);
  }
  if (!Object.hasOwn(ring.keys, ring.activeKeyId)) throw new Error(`active key ${JSON.stringify(ring.activeKeyId)} not in keyring`);
}

interface KeyringJson {
  active: string;
  keys: Record<string, string>;
}

function keyringFromJson(j: unknown): Keyring {
  const o = j as Partial<KeyringJson> | null;
  if (!o || typeof o !== 'object' || typeof o.active !== 'string' || !o.keys || typeof o.keys !== 'object') {
    throw new Error('keyring must look like {"active":"k1","keys":{"k1":"<96 hex>"}}');
  }
  const keys: Record<string, FieldKey> = {};
  for (const [id, hex] of Object.entries(o.keys)) {
    if (typeof hex !== 'string' || !FIELD_KEY_HEX.test(hex)) throw new Error(`key ${id}: expected 96 hex characters`);
    const raw = Buffer.from(hex, 'hex');
    keys[id] = { encKey: raw.subarray(0, 16), macKey: raw.subarray(16) };
  }
  const ring = { activeKeyId: o.active, keys };
  assertKeyring(ring);
  return ring;
}

/** Parse the JSON keyring config described at the top of this file. */
export function parseKeyring(config: string): Keyring {
  let json: unknown;
  try {
    json = JSON.parse(config);
  } catch {
    throw new Error('keyring config is not valid JSON'); // never echo the config: it holds keys
  }
  return keyringFromJson(json);
}

export function serializeKeyring(ring: Keyring): string {
  assertKeyring(ring);
  const keys: Record<string, string> = {};
  for (const [id, k] of Object.entries(ring.keys)) keys[id] = Buffer.concat([k.encKey, k.macKey]).toString('hex');
  return JSON.stringify({ active: ring.activeKeyId, keys });
}

/** A 32-byte key given as 64 hex characters (blind-index and audit keys in config). */
export function parseKey32(v: unknown, name: string): Buffer {
  if (typeof v !== 'string' || !KEY32_HEX.test(v)) throw new Error(`${name}: expected 64 hex characters`);
  return Buffer.from(v, 'hex');
}

function parseSecrets(text: string, file: string): PlatformSecrets {
  let j: { pii?: unknown; blindIndexKey?: unknown; auditKey?: unknown };
  try {
    j = JSON.parse(text);
  } catch {
    throw new Error(`${file} is not valid JSON`);
  }
  return { pii: keyringFromJson(j.pii), blindIndexKey: parseKey32(j.blindIndexKey, 'blindIndexKey'), auditKey: parseKey32(j.auditKey, 'auditKey') };
}

/**
 * Development/single-node convenience: read `<dir>/secrets.json`, or create it with fresh random
 * keys (file mode 0600, directory 0700). File format:
 *   {"pii":{"active":"k1","keys":{"k1":"<96 hex>"}},"blindIndexKey":"<64 hex>","auditKey":"<64 hex>"}
 * Creation writes a temp file and hard-links it into place, so two processes starting at once
 * can never both create keys (the loser reads the winner's file) or read a half-written file.
 */
export function loadOrCreateDevKeyring(dir: string): PlatformSecrets {
  const file = join(dir, 'secrets.json');
  try {
    return parseSecrets(readFileSync(file, 'utf8'), file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const content = JSON.stringify(
    {
      pii: { active: 'k1', keys: { k1: randomBytes(48).toString('hex') } },
      blindIndexKey: randomBytes(32).toString('hex'),
      auditKey: randomBytes(32).toString('hex'),
    },
    null,
    2,
  );
  const tmp = join(dir, `.secrets.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  writeFileSync(tmp, content + '\n', { mode: 0o600, flag: 'wx' });
  try {
    chmodSync(tmp, 0o600); // mode in writeFileSync is filtered by the umask
    linkSync(tmp, file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  } finally {
    unlinkSync(tmp);
  }
  return parseSecrets(readFileSync(file, 'utf8'), file);
}
