/**
 * Minimal ZIP central-directory reader (APPNOTE.TXT §4.3). We read it
 * ourselves so sizes and names can be checked before any decompression;
 * nothing here inflates data. Every offset is bounds-checked because the
 * input is hostile.
 */
import { ExcelLimitError } from './limit-error';

export interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_CENTRAL = 0x02014b50;
const U16_MAX = 0xffff;
const U32_MAX = 0xffffffff;

const invalid = (detail: string) => new ExcelLimitError('invalid', detail);

function need(buf: Buffer, offset: number, length: number): void {
  if (offset < 0 || offset + length > buf.length) throw invalid('ZIP结构损坏');
}

/** 64-bit field → number; values beyond 2^53 can only be attacks, report as bomb. */
function u64(buf: Buffer, offset: number): number {
  need(buf, offset, 8);
  const v = buf.readBigUInt64LE(offset);
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new ExcelLimitError('zip_bomb', 'ZIP64 尺寸异常');
  return Number(v);
}

function findEocd(buf: Buffer): number {
  // EOCD is 22 bytes plus a comment of at most 65535 bytes, at the very end.
  const stop = Math.max(0, buf.length - 22 - U16_MAX);
  for (let i = buf.length - 22; i >= stop; i--) {
    if (buf.readUInt32LE(i) === SIG_EOCD) return i;
  }
  throw invalid('缺少ZIP目录');
}

interface Directory {
  count: number;
  size: number;
  offset: number;
}

function readDirectory(buf: Buffer, eocd: number): Directory {
  let count = buf.readUInt16LE(eocd + 10);
  let size = buf.readUInt32LE(eocd + 12);
  let offset = buf.readUInt32LE(eocd + 16);
  if (count === U16_MAX || size === U32_MAX || offset === U32_MAX) {
    // ZIP64: the real values live in the ZIP64 EOCD record, found via its locator.
    const loc = eocd - 20;
    need(buf, loc, 20);
    if (buf.readUInt32LE(loc) !== SIG_ZIP64_LOCATOR) throw invalid('ZIP64目录损坏');
    const rec = u64(buf, loc + 8);
    need(buf, rec, 56);
    if (buf.readUInt32LE(rec) !== SIG_ZIP64_EOCD) throw invalid('ZIP64目录损坏');
    count = u64(buf, rec + 32);
    size = u64(buf, rec + 40);
    offset = u64(buf, rec + 48);
  }
  need(buf, offset, size);
  return { count, size, offset };
}

/** Apply the ZIP64 extended-information extra field (id 0x0001) to an entry. */
function applyZip64Extra(buf: Buffer, start: number, end: number, e: ZipEntry): void {
  let p = start;
  while (p + 4 <= end) {
    const id = buf.readUInt16LE(p);
    const len = buf.readUInt16LE(p + 2);
    if (id === 0x0001) {
      // Fields appear only for the 32-bit values that were set to 0xFFFFFFFF, in this order.
      let q = p + 4;
      const take = () => {
        if (q + 8 > p + 4 + len) throw invalid('ZIP64字段损坏');
        const v = u64(buf, q);
        q += 8;
        return v;
      };
      if (e.uncompressedSize === U32_MAX) e.uncompressedSize = take();
      if (e.compressedSize === U32_MAX) e.compressedSize = take();
      if (e.localHeaderOffset === U32_MAX) e.localHeaderOffset = take();
      return;
    }
    p += 4 + len;
  }
}

/**
 * Parse the central directory. `maxEntries` is checked against the declared
 * count before walking, so a directory claiming millions of entries costs nothing.
 */
export function readZipDirectory(buf: Buffer, maxEntries: number): ZipEntry[] {
  if (buf.length < 22) throw invalid('文件内容不完整');
  const dir = readDirectory(buf, findEocd(buf));
  if (dir.count > maxEntries) throw new ExcelLimitError('zip_bomb', `包含 ${dir.count} 个条目`);
  const entries: ZipEntry[] = [];
  let p = dir.offset;
  for (let i = 0; i < dir.count; i++) {
    need(buf, p, 46);
    if (buf.readUInt32LE(p) !== SIG_CENTRAL) throw invalid('ZIP目录损坏');
    const flags = buf.readUInt16LE(p + 8);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    need(buf, p + 46, nameLen + extraLen + commentLen);
    const nameBytes = buf.subarray(p + 46, p + 46 + nameLen);
    const entry: ZipEntry = {
      // Bit 11 = UTF-8 names; otherwise CP437, which latin1 decodes well enough for checks.
      name: nameBytes.toString(flags & 0x0800 ? 'utf8' : 'latin1'),
      flags,
      method: buf.readUInt16LE(p + 10),
      compressedSize: buf.readUInt32LE(p + 20),
      uncompressedSize: buf.readUInt32LE(p + 24),
      localHeaderOffset: buf.readUInt32LE(p + 42),
    };
    applyZip64Extra(buf, p + 46 + nameLen, p + 46 + nameLen + extraLen, entry);
    entries.push(entry);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}
