import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeXlsxStream } from './export';
import { ExcelLimitError } from './limit-error';
import { checkXlsx, inspectXlsx } from './xlsx-limits';

interface FixtureEntry {
  name: string;
  data: Buffer;
  deflate?: boolean;
  /** Lie about the uncompressed size in the headers. */
  declaredSize?: number;
  /** Write sizes as 0xFFFFFFFF plus a ZIP64 extra field holding the real (or declared) size. */
  zip64?: boolean;
}

/** Minimal ZIP writer (no data descriptors) so tests can forge headers byte by byte. */
function makeZip(entries: FixtureEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const body = e.deflate ? deflateRawSync(e.data) : e.data;
    const size = e.declaredSize ?? e.data.length;
    const extra = Buffer.alloc(e.zip64 ? 20 : 0);
    if (e.zip64) {
      extra.writeUInt16LE(0x0001, 0);
      extra.writeUInt16LE(16, 2);
      extra.writeBigUInt64LE(BigInt(size), 4);
      extra.writeBigUInt64LE(BigInt(body.length), 12);
    }
    const u32 = (v: number) => (e.zip64 ? 0xffffffff : v);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(e.zip64 ? 45 : 20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(e.deflate ? 8 : 0, 8);
    local.writeUInt32LE(u32(body.length), 18);
    local.writeUInt32LE(u32(size), 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(extra.length, 28);
    locals.push(local, name, extra, body);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(e.zip64 ? 45 : 20, 4);
    central.writeUInt16LE(e.zip64 ? 45 : 20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(e.deflate ? 8 : 0, 10);
    central.writeUInt32LE(u32(body.length), 20);
    central.writeUInt32LE(u32(size), 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name, extra);
    offset += 30 + name.length + extra.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, eocd]);
}

const xml = (s: string) => Buffer.from(`<?xml version="1.0"?>${s}`);
const skeleton = (): FixtureEntry[] => [
  { name: '[Content_Types].xml', data: xml('<Types/>'), deflate: true },
  { name: 'xl/workbook.xml', data: xml('<workbook/>'), deflate: true },
];

async function refused(buf: Buffer, limits = {}): Promise<ExcelLimitError> {
  const err = await checkXlsx(buf, limits).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ExcelLimitError);
  return err as ExcelLimitError;
}

let dir: string;
let realXlsx: Buffer;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'excel-limits-'));
  const file = join(dir, 'real.xlsx');
  const rows = Array.from({ length: 500 }, (_, i) => ({ n: i, s: `矿山${i}` }));
  await writeXlsxStream(createWriteStream(file), {
    sheetName: '矿山',
    columns: [
      { key: 'n', header: '编号', get: (r: { n: number }) => r.n },
      { key: 's', header: '名称', get: (r: { s: string }) => r.s },
    ],
    rows,
  });
  realXlsx = await readFile(file);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('inspectXlsx / checkXlsx', () => {
  it('accepts a real exceljs-written file', async () => {
    const info = await checkXlsx(realXlsx);
    expect(info.entries.map((e) => e.name)).toContain('xl/worksheets/sheet1.xml');
    expect(info.totalUncompressed).toBeGreaterThan(info.totalCompressed);
  });

  it('refuses files over maxBytes with 文件过大 (413)', async () => {
    const err = await refused(realXlsx, { maxBytes: 1024 });
    expect(err.reason).toBe('too_large');
    expect(err.message).toMatch(/^文件过大/);
    expect(err.status).toBe(413);
  });

  it('refuses a declared huge uncompressed size without inflating anything', () => {
    const bomb = makeZip([...skeleton(), { name: 'xl/worksheets/sheet1.xml', data: Buffer.from('x'), declaredSize: 0xfffffff0 }]);
    expect(() => inspectXlsx(bomb)).toThrow('文件解压后过大，疑似压缩炸弹');
  });

  it('refuses a real high-ratio entry (50 MB of zeros deflated)', async () => {
    const zeros = Buffer.alloc(50 * 1024 * 1024);
    const bomb = makeZip([...skeleton(), { name: 'xl/worksheets/sheet1.xml', data: zeros, deflate: true }]);
    expect(bomb.length).toBeLessThan(200 * 1024);
    const err = await refused(bomb);
    expect(err.reason).toBe('zip_bomb');
    expect(err.message).toContain('压缩比');
  });

  it('catches an entry that inflates to more than its headers declare', async () => {
    const liar = makeZip([
      ...skeleton(),
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(5 * 1024 * 1024), deflate: true, declaredSize: 1000 },
    ]);
    expect(() => inspectXlsx(liar)).not.toThrow(); // headers alone look harmless
    const err = await refused(liar);
    expect(err.reason).toBe('zip_bomb');
    expect(err.message).toContain('实际大小超过声明');
  });

  it('reads ZIP64 sizes: small ones pass, huge ones are refused', async () => {
    const sheet = { name: 'xl/worksheets/sheet1.xml', data: xml('<worksheet/>'), deflate: true, zip64: true };
    await expect(checkXlsx(makeZip([...skeleton(), sheet]))).resolves.toBeDefined();
    const huge = makeZip([...skeleton(), { ...sheet, declaredSize: 2 ** 40 }]);
    expect(() => inspectXlsx(huge)).toThrow(ExcelLimitError);
    expect(() => inspectXlsx(makeZip([...skeleton(), { ...sheet, declaredSize: 2 ** 60 }]))).toThrow('疑似压缩炸弹');
  });

  it('refuses a PNG renamed to .xlsx', async () => {
    const png = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(64)]);
    const err = await refused(png);
    expect(err.reason).toBe('invalid');
    expect(err.message).toBe('不是有效的Excel（.xlsx）文件');
    expect(err.status).toBe(415);
  });

  it('refuses a legacy .xls / encrypted OLE file with a hint', async () => {
    const ole = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(512)]);
    expect((await refused(ole)).message).toContain('另存为 .xlsx');
  });

  it('refuses a plain zip without xl/workbook.xml', async () => {
    const plain = makeZip([{ name: 'readme.txt', data: Buffer.from('hello'), deflate: true }]);
    expect((await refused(plain)).message).toBe('不是有效的Excel（.xlsx）文件');
  });

  it.each(['../evil.xml', 'xl/../../etc/passwd', '/etc/passwd', 'C:\\evil.xml'])('refuses entry name %s', (name) => {
    const zip = makeZip([...skeleton(), { name, data: Buffer.from('x') }]);
    expect(() => inspectXlsx(zip)).toThrow('不是有效的Excel（.xlsx）文件');
  });

  it('refuses too many entries', async () => {
    const many = makeZip([...skeleton(), ...Array.from({ length: 20 }, (_, i) => ({ name: `x/${i}.xml`, data: Buffer.from('x') }))]);
    const err = await refused(many, { maxEntries: 10 });
    expect(err.reason).toBe('zip_bomb');
  });

  it('refuses truncated and corrupted files', async () => {
    expect((await refused(realXlsx.subarray(0, realXlsx.length - 30))).reason).toBe('invalid');
    const corrupt = Buffer.from(realXlsx);
    const sheet = inspectXlsx(realXlsx).entries.find((e) => e.name === 'xl/worksheets/sheet1.xml')!;
    corrupt.fill(0xff, sheet.localHeaderOffset + 80, sheet.localHeaderOffset + 200);
    expect((await refused(corrupt)).reason).toBe('invalid');
  });
});
