import { createCipheriv, createHash, createHmac, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { blindIndex } from './blind-index';
import { FieldCipher, FieldCipherError } from './field-cipher';
import { type Keyring, loadOrCreateDevKeyring, parseKey32, parseKeyring, serializeKeyring } from './keyring';
import { maskIdNumber, maskPhone, maskTail } from './mask';

const key = (): { encKey: Buffer; macKey: Buffer } => ({ encKey: randomBytes(16), macKey: randomBytes(32) });
const ring = (active = 'k1', ...ids: string[]): Keyring => ({
  activeKeyId: active,
  keys: Object.fromEntries([active, ...ids].map((id) => [id, key()])),
});
const fromB64 = (s: string) => Buffer.from(s, 'base64url');

describe('SM primitives (national standard vectors)', () => {
  it('SM3("abc") matches GB/T 32905', () => {
    expect(createHash('sm3').update('abc').digest('hex')).toBe(
      '66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0',
    );
  });
  it('SM4-ECB matches GB/T 32907', () => {
    const k = Buffer.from('0123456789abcdeffedcba9876543210', 'hex');
    const c = createCipheriv('sm4-ecb', k, null).setAutoPadding(false);
    expect(Buffer.concat([c.update(k), c.final()]).toString('hex')).toBe('681edf34d206965e86b3e94f536e4246');
  });
});

describe('FieldCipher', () => {
  const r = ring('k1');
  const fc1 = new FieldCipher(r);

  it('round-trips, including empty, Chinese and astral text', () => {
    for (const p of ['', '11010519491231002X', '张三 13812345678', '😀'.repeat(100)]) expect(fc1.decrypt(fc1.encrypt(p))).toBe(p);
  });
  it('property: round-trips arbitrary well-formed strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (p) => fc1.decrypt(fc1.encrypt(p)) === p));
  });
  it('has the documented layout and is randomised', () => {
    const a = fc1.encrypt('13812345678');
    const b = fc1.encrypt('13812345678');
    expect(a).not.toBe(b);
    expect(a).toMatch(/^v1\.k1\.[A-Za-z0-9_-]+$/);
    expect(fromB64(a.split('.')[2]).length).toBe(16 + 11 + 32); // iv + ct (CTR: same length) + mac
  });
  it('rejects any single-bit change before decrypting', () => {
    const text = fc1.encrypt('11010519491231002X');
    const raw = fromB64(text.split('.')[2]);
    for (let i = 0; i < raw.length; i++) {
      const t = Buffer.from(raw);
      t[i] ^= 0x01;
      expect(() => fc1.decrypt(`v1.k1.${t.toString('base64url')}`)).toThrow('authentication failed');
    }
  });
  it('rejects truncated, malformed and relabelled ciphertexts', () => {
    const text = fc1.encrypt('x');
    const body = text.split('.')[2];
    expect(() => fc1.decrypt(`v1.k1.${body.slice(0, 40)}`)).toThrow(FieldCipherError);
    expect(() => fc1.decrypt(`v2.k1.${body}`)).toThrow('malformed');
    expect(() => fc1.decrypt(`v1.k1.${body}=`)).toThrow('malformed');
    expect(() => fc1.decrypt('v1.k1')).toThrow('malformed');
    expect(() => fc1.decrypt('')).toThrow('malformed');
    expect(() => fc1.decrypt(`v1.k9.${body}`)).toThrow('unknown key id "k9"');
    expect(() => fc1.decrypt(`v1.__proto__.${body}`)).toThrow('unknown key id');
    // Same key material under two ids: the MAC binds the id, so relabelling still fails.
    const twin = new FieldCipher({ activeKeyId: 'a', keys: { a: r.keys.k1, b: r.keys.k1 } });
    expect(() => twin.decrypt(`v1.b.${twin.encrypt('x').split('.')[2]}`)).toThrow('authentication failed');
  });
  it('rejects a ciphertext from another keyring with the same key id', () => {
    expect(() => new FieldCipher(ring('k1')).decrypt(fc1.encrypt('x'))).toThrow('authentication failed');
  });
  it('supports rotation: old keys decrypt, needsRotation flags them', () => {
    const old = fc1.encrypt('secret');
    const rotated = new FieldCipher({ activeKeyId: 'k2', keys: { ...r.keys, k2: key() } });
    expect(rotated.needsRotation(old)).toBe(true);
    expect(rotated.decrypt(old)).toBe('secret');
    const fresh = rotated.encrypt('secret');
    expect(fresh.startsWith('v1.k2.')).toBe(true);
    expect(rotated.needsRotation(fresh)).toBe(false);
    expect(fc1.needsRotation(old)).toBe(false);
    expect(() => fc1.needsRotation('garbage')).toThrow(FieldCipherError);
  });
  it('validates the keyring', () => {
    expect(() => new FieldCipher({ activeKeyId: 'k1', keys: {} })).toThrow('no keys');
    expect(() => new FieldCipher({ activeKeyId: 'k2', keys: { k1: key() } })).toThrow('active key');
    expect(() => new FieldCipher({ activeKeyId: 'k1', keys: { k1: { encKey: randomBytes(32), macKey: randomBytes(32) } } })).toThrow('16 bytes');
    expect(() => new FieldCipher({ activeKeyId: 'k1', keys: { k1: { encKey: randomBytes(16), macKey: randomBytes(16) } } })).toThrow('32 bytes');
    expect(() => new FieldCipher({ activeKeyId: 'k.1', keys: { 'k.1': key() } })).toThrow('invalid key id');
  });
});

describe('blindIndex', () => {
  const k = randomBytes(32);
  it('is deterministic HMAC-SM3 over kind NUL value', () => {
    const v = blindIndex(k, 'id_number', '11010519491231002X');
    expect(v).toBe(blindIndex(k, 'id_number', '11010519491231002X'));
    expect(v).toBe(createHmac('sm3', k).update('id_number\u000011010519491231002X').digest('hex'));
    expect(v).toMatch(/^[0-9a-f]{64}$/);
  });
  it('separates kinds and keys', () => {
    expect(blindIndex(k, 'phone', '13812345678')).not.toBe(blindIndex(k, 'id_number', '13812345678'));
    expect(blindIndex(k, 'phone', '13812345678')).not.toBe(blindIndex(randomBytes(32), 'phone', '13812345678'));
  });
  it('rejects ambiguous kinds and weak keys', () => {
    expect(() => blindIndex(k, 'a\0b', 'c')).toThrow('NUL');
    expect(() => blindIndex(k, '', 'c')).toThrow();
    expect(() => blindIndex(randomBytes(8), 'phone', 'x')).toThrow('16 bytes');
  });
});

describe('keyring', () => {
  const dirs: string[] = [];
  const tmp = () => {
    const d = mkdtempSync(join(tmpdir(), 'keyring-'));
    dirs.push(d);
    return d;
  };
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('parses the documented format (16-byte enc ‖ 32-byte mac as 96 hex)', () => {
    const hex = '00'.repeat(16) + 'ff'.repeat(32);
    const r = parseKeyring(JSON.stringify({ active: 'k1', keys: { k1: hex } }));
    expect(r.activeKeyId).toBe('k1');
    expect(r.keys.k1.encKey.equals(Buffer.alloc(16))).toBe(true);
    expect(r.keys.k1.macKey.equals(Buffer.alloc(32, 0xff))).toBe(true);
    expect(parseKeyring(serializeKeyring(r))).toEqual(r);
  });
  it.each([
    ['not json', '{'],
    ['missing active', '{"keys":{"k1":"' + 'a'.repeat(96) + '"}}'],
    ['short key', '{"active":"k1","keys":{"k1":"' + 'a'.repeat(64) + '"}}'],
    ['non-hex key', '{"active":"k1","keys":{"k1":"' + 'g'.repeat(96) + '"}}'],
    ['unknown active', '{"active":"k2","keys":{"k1":"' + 'a'.repeat(96) + '"}}'],
    ['null', 'null'],
  ])('rejects %s without echoing key material', (_, cfg) => {
    expect(() => parseKeyring(cfg)).toThrow(Error);
    try {
      parseKeyring(cfg);
    } catch (e) {
      expect((e as Error).message).not.toMatch(/[0-9a-f]{32}/);
    }
  });
  it('parseKey32 accepts exactly 64 hex characters', () => {
    expect(parseKey32('ab'.repeat(32), 'auditKey').equals(Buffer.alloc(32, 0xab))).toBe(true);
    expect(() => parseKey32('ab'.repeat(31), 'auditKey')).toThrow('auditKey: expected 64 hex characters');
    expect(() => parseKey32('zz'.repeat(32), 'auditKey')).toThrow('auditKey');
    expect(() => parseKey32(undefined, 'auditKey')).toThrow('auditKey');
  });
  it('creates secrets.json with mode 0600 and reuses it', () => {
    const dir = join(tmp(), 'nested', 'data');
    const a = loadOrCreateDevKeyring(dir);
    expect(statSync(join(dir, 'secrets.json')).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['secrets.json']); // temp file cleaned up
    expect(a.blindIndexKey.length).toBe(32);
    expect(a.auditKey.length).toBe(32);
    expect(a.blindIndexKey.equals(a.auditKey)).toBe(false);
    const b = loadOrCreateDevKeyring(dir);
    expect(b).toEqual(a);
    const c = new FieldCipher(b.pii);
    expect(new FieldCipher(a.pii).decrypt(c.encrypt('x'))).toBe('x');
    expect(JSON.parse(readFileSync(join(dir, 'secrets.json'), 'utf8')).pii.active).toBe('k1');
  });
  it('refuses (rather than regenerates) a corrupt secrets file', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'secrets.json'), '{"pii":{}}');
    expect(() => loadOrCreateDevKeyring(dir)).toThrow();
    expect(readFileSync(join(dir, 'secrets.json'), 'utf8')).toBe('{"pii":{}}');
  });
});

describe('mask', () => {
  it.each([
    ['11010519491231002X', '110105********002X'],
    ['110105491231002', '110105*****1002'],
    ['USA310012345678', 'USA310*****5678'],
    ['E12345678', '*******78'],
    ['12345', '*****'],
    ['', ''],
  ])('maskIdNumber(%j) = %j', (v, m) => expect(maskIdNumber(v)).toBe(m));
  it.each([
    ['13812345678', '138****5678'],
    ['+86 138 1234 5678', '138****5678'],
    ['023-68881234', '023-******34'],
    ['02368881234', '023-******34'],
    ['0755-1234567', '0755-*****67'],
    ['023-68881234-801', '023-******34-***'],
    ['12345', '*****'],
    ['abcdefg', '*****fg'],
  ])('maskPhone(%j) = %j', (v, m) => expect(maskPhone(v)).toBe(m));
  it('maskTail never splits surrogate pairs', () => {
    expect(maskTail('😀😀😀😀😀😀😀')).toBe('*****😀😀');
  });
});
