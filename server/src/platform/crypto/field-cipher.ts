// Column-level encryption for PII (ID numbers, phones) with the national SM algorithms.
//
// Format: `v1.<keyId>.<base64url(iv ‖ ciphertext ‖ mac)>`
//   iv  – 16 random bytes, the initial SM4-CTR counter block
//   mac – HMAC-SM3(macKey, "v1" ‖ len(keyId) ‖ keyId ‖ iv ‖ ciphertext), 32 bytes
// Encrypt-then-MAC: CTR alone is malleable (flipping a ciphertext bit flips the plaintext bit),
// so the MAC is checked before any decryption. The key id is length-prefixed inside the MAC so
// that (keyId, iv) boundaries cannot be shifted, and is authenticated so a ciphertext cannot be
// relabelled to another key.
import { createCipheriv, createDecipheriv, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { assertKeyring, type FieldKey, type Keyring } from './keyring';

const VERSION = 'v1';
const IV_BYTES = 16;
const MAC_BYTES = 32;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

export class FieldCipherError extends Error {
  override name = 'FieldCipherError';
}

interface Parsed {
  keyId: string;
  iv: Buffer;
  ct: Buffer;
  mac: Buffer;
}

function parse(text: string): Parsed {
  const parts = typeof text === 'string' ? text.split('.') : [];
  if (parts.length !== 3 || parts[0] !== VERSION || !BASE64URL.test(parts[2])) {
    throw new FieldCipherError('malformed ciphertext');
  }
  const raw = Buffer.from(parts[2], 'base64url');
  if (raw.length < IV_BYTES + MAC_BYTES) throw new FieldCipherError('ciphertext too short');
  return {
    keyId: parts[1],
    iv: raw.subarray(0, IV_BYTES),
    ct: raw.subarray(IV_BYTES, raw.length - MAC_BYTES),
    mac: raw.subarray(raw.length - MAC_BYTES),
  };
}

function mac(key: FieldKey, keyId: string, iv: Buffer, ct: Buffer): Buffer {
  const id = Buffer.from(keyId, 'utf8'); // ≤ 32 ASCII bytes, enforced by assertKeyring
  return createHmac('sm3', key.macKey)
    .update(VERSION)
    .update(Buffer.of(id.length))
    .update(id)
    .update(iv)
    .update(ct)
    .digest();
}

export class FieldCipher {
  readonly #ring: Keyring;

  constructor(keyring: Keyring) {
    assertKeyring(keyring);
    this.#ring = keyring;
  }

  get activeKeyId(): string {
    return this.#ring.activeKeyId;
  }

  encrypt(plain: string): string {
    const keyId = this.#ring.activeKeyId;
    const key = this.#ring.keys[keyId];
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('sm4-ctr', key.encKey, iv);
    const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    const tag = mac(key, keyId, iv, ct);
    return `${VERSION}.${keyId}.${Buffer.concat([iv, ct, tag]).toString('base64url')}`;
  }

  decrypt(text: string): string {
    const { keyId, iv, ct, mac: tag } = parse(text);
    if (!Object.hasOwn(this.#ring.keys, keyId)) throw new FieldCipherError(`unknown key id ${JSON.stringify(keyId)}`);
    const key = this.#ring.keys[keyId];
    if (!timingSafeEqual(tag, mac(key, keyId, iv, ct))) throw new FieldCipherError('ciphertext authentication failed');
    const decipher = createDecipheriv('sm4-ctr', key.encKey, iv);
    return Buffer.concat([decipher.update(ct), decipher.final()]).toString('utf8');
  }

  /** True when the value was encrypted under a key other than the active one (re-encrypt it). */
  needsRotation(text: string): boolean {
    return parse(text).keyId !== this.#ring.activeKeyId;
  }
}
