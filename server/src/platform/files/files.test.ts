import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { acceptUpload } from './accept';
import { sanitizeFilename } from './filename';
import { sniff } from './sniff';
import { LocalDiskStorage, newStorageKey, sm3Hex } from './storage';

const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0'), Buffer.alloc(2000, 7), Buffer.from([0xff, 0xd9])]);
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(500, 1)]);
const ftyp = (major: string, compat: string[]) => {
  const box = Buffer.alloc(16 + compat.length * 4);
  box.writeUInt32BE(box.length, 0);
  box.write('ftyp', 4, 'latin1');
  box.write(major, 8, 'latin1');
  compat.forEach((b, i) => box.write(b, 16 + i * 4, 'latin1'));
  return Buffer.concat([box, Buffer.alloc(300, 2)]);
};
const HEIC = ftyp('heic', ['mif1', 'heic']);
const MP4 = ftyp('isom', ['isom', 'avc1']);
const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');
const xlsx = async () => { const wb = new ExcelJS.Workbook(); wb.addWorksheet('表').addRow(['a']); return Buffer.from(await wb.xlsx.writeBuffer()); };
const opts = { allowed: ['jpeg', 'png', 'heic', 'pdf'] as const, maxBytes: 1024 * 1024 };
const accept = (b: Buffer, name: string) => acceptUpload(b, name, { ...opts, allowed: [...opts.allowed] });

describe('uploads', () => {
  it('tells types by content, including HEIC photos from phones', async () => {
    expect(sniff(JPEG)).toBe('jpeg');
    expect(sniff(PNG)).toBe('png');
    expect(sniff(HEIC)).toBe('heic');
    expect(sniff(MP4)).toBeNull();
    expect(sniff(PDF)).toBe('pdf');
    expect(sniff(await xlsx())).toBe('xlsx');
    expect(sniff(Buffer.from('AC1027\0\0'))).toBe('dwg');
    expect(sniff(Buffer.from('  0\nSECTION\n  2\nHEADER\n'))).toBe('dxf');
    expect(sniff(Buffer.from('<html><script>alert(1)</script>'))).toBeNull();
  });

  it('accepts a photo and names it safely', () => {
    expect(accept(HEIC, 'IMG_0001.HEIC')).toMatchObject({ kind: 'heic', mime: 'image/heic', filename: 'IMG_0001.heic' });
    expect(accept(JPEG, '现场照片.jpg').filename).toBe('现场照片.jpg');
    expect(accept(JPEG, 'noext').filename).toBe('noext.jpg');
  });

  it('refuses content that does not match the extension, disallowed types, polyglots and oversized files', async () => {
    const book = await xlsx();
    expect(() => accept(PNG, 'photo.jpg')).toThrow(/扩展名/);
    expect(() => accept(Buffer.from('<svg onload=alert(1)>'), 'a.jpg')).toThrow(/不是允许的类型/);
    expect(() => accept(book, 'a.xlsx')).toThrow(/不是允许的类型/);
    expect(() => accept(Buffer.concat([JPEG, book]), 'a.jpg')).toThrow(/压缩包/);
    expect(() => accept(Buffer.concat([JPEG, PDF]), 'a.jpg')).toThrow(/PDF/);
    expect(() => accept(Buffer.concat([JPEG.subarray(0, 20), Buffer.from('<script>x</script>'), JPEG.subarray(20)]), 'a.jpg')).toThrow(/脚本/);
    expect(() => accept(Buffer.concat([JPEG, Buffer.alloc(1024 * 1024)]), 'big.jpg')).toThrow(/不能超过1MB/);
    expect(() => accept(Buffer.alloc(0), 'a.jpg')).toThrow(/为空/);
  });

  it('strips paths, control and bidi characters from file names', () => {
    expect(sanitizeFilename('../../etc/passwd.jpg', 'jpg')).toBe('passwd.jpg');
    expect(sanitizeFilename('C:\\Users\\x\\报告.pdf', 'pdf')).toBe('报告.pdf');
    expect(sanitizeFilename('evil\u202egpj.exe', 'jpg')).toBe('evil_gpj.jpg');
    expect(sanitizeFilename('...hidden.png', 'png')).toBe('hidden.png');
    expect(sanitizeFilename('a\u0000b.png', 'png')).toBe('a_b.png');
    expect([...sanitizeFilename('长'.repeat(300) + '.pdf', 'pdf')].length).toBe(124);
  });

  it('stores bytes on local disk under server-made keys only', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'files-'));
    const store = new LocalDiskStorage(dir);
    const key = newStorageKey();
    await store.put(key, JPEG);
    expect(sm3Hex(await store.read(key))).toBe(sm3Hex(JPEG));
    await expect(store.put('../../escape', JPEG)).rejects.toThrow(/invalid storage key/);
    await store.delete(key);
    await expect(store.read(key)).rejects.toThrow();
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
