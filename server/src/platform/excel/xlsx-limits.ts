/**
 * Upload defence that runs BEFORE exceljs parses anything: exceljs (via
 * JSZip) inflates every entry fully in memory and trusts nothing we could
 * limit, so oversize files and zip bombs must be refused here.
 *
 * Two stages:
 *  - inspectXlsx (sync, cheap): size, signature, central directory — entry
 *    count, names, declared sizes and compression ratio.
 *  - verifyXlsxEntries (async): declared sizes can lie, so each entry is
 *    inflated in a streaming, discard-as-you-go fashion and aborted as soon
 *    as it produces more than it declared. zlib runs on the thread pool, so
 *    the event loop stays responsive.
 */
import { createInflateRaw } from 'node:zlib';
import { ExcelLimitError } from './limit-error';
import { readZipDirectory, type ZipEntry } from './zip-directory';

const MiB = 1024 * 1024;

export interface XlsxLimits {
  maxBytes: number;
  maxUncompressed: number;
  maxRatio: number;
  maxEntries: number;
}

export const DEFAULT_XLSX_LIMITS: XlsxLimits = {
  maxBytes: 20 * MiB,
  maxUncompressed: 200 * MiB,
  maxRatio: 100,
  maxEntries: 2000,
};

/** Below this much total content the ratio is irrelevant (tiny files may compress well). */
const RATIO_FLOOR = 1 * MiB;

export interface XlsxInspection {
  entries: ZipEntry[];
  totalUncompressed: number;
  totalCompressed: number;
}

const ZIP_SIG = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
// OLE2 compound file: legacy .xls, or an .xlsx protected with a password.
const OLE_SIG = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const REQUIRED = ['[Content_Types].xml', 'xl/workbook.xml'];

const mb = (n: number) => `上限 ${Math.round(n / MiB)} MB`;

function unsafeName(name: string): boolean {
  return (
    name.includes('\0') ||
    /^([/\\]|[a-zA-Z]:)/.test(name) ||
    name.split(/[/\\]/).includes('..')
  );
}

export function inspectXlsx(buf: Buffer, limits: Partial<XlsxLimits> = {}): XlsxInspection {
  const l = { ...DEFAULT_XLSX_LIMITS, ...limits };
  if (buf.length > l.maxBytes) throw new ExcelLimitError('too_large', mb(l.maxBytes));
  if (buf.subarray(0, 8).equals(OLE_SIG)) {
    throw new ExcelLimitError('invalid', '旧版 .xls 或已加密的文件，请另存为 .xlsx 后上传');
  }
  if (!buf.subarray(0, 4).equals(ZIP_SIG)) throw new ExcelLimitError('invalid');

  const entries = readZipDirectory(buf, l.maxEntries);
  let totalUncompressed = 0;
  let totalCompressed = 0;
  const names = new Set<string>();
  for (const e of entries) {
    if (unsafeName(e.name)) throw new ExcelLimitError('invalid', `非法路径：${e.name}`);
    if (e.flags & 0x0001) throw new ExcelLimitError('invalid', '文件已加密');
    if (e.method !== 0 && e.method !== 8) throw new ExcelLimitError('invalid', '不支持的压缩方式');
    names.add(e.name);
    totalUncompressed += e.uncompressedSize;
    totalCompressed += e.compressedSize;
  }
  if (!REQUIRED.every((n) => names.has(n))) throw new ExcelLimitError('invalid');
  if (totalUncompressed > l.maxUncompressed) {
    throw new ExcelLimitError('zip_bomb', `解压后${mb(l.maxUncompressed)}`);
  }
  // Overlapping entries can reuse the same compressed bytes, so never count more than the file holds.
  const compressed = Math.max(1, Math.min(totalCompressed, buf.length));
  if (totalUncompressed > RATIO_FLOOR && totalUncompressed > l.maxRatio * compressed) {
    throw new ExcelLimitError('zip_bomb', `压缩比超过 ${l.maxRatio}`);
  }
  return { entries, totalUncompressed, totalCompressed };
}

/** Bytes an entry inflates to, stopping early once it exceeds `cap`. */
function inflatedSize(data: Buffer, cap: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const z = createInflateRaw({ chunkSize: 64 * 1024 });
    let n = 0;
    z.on('data', (chunk: Buffer) => {
      n += chunk.length;
      if (n > cap) {
        z.destroy();
        resolve(n);
      }
    });
    z.on('end', () => resolve(n));
    z.on('error', reject);
    z.end(data);
  });
}

/** Check every entry really inflates to (at most) its declared size. */
export async function verifyXlsxEntries(buf: Buffer, inspection: XlsxInspection): Promise<void> {
  for (const e of inspection.entries) {
    const p = e.localHeaderOffset;
    if (p + 30 > buf.length || buf.readUInt32LE(p) !== 0x04034b50) {
      throw new ExcelLimitError('invalid', 'ZIP条目损坏');
    }
    const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
    if (start + e.compressedSize > buf.length) throw new ExcelLimitError('invalid', 'ZIP条目损坏');
    const data = buf.subarray(start, start + e.compressedSize);
    let actual: number;
    if (e.method === 0) actual = data.length;
    else {
      try {
        actual = await inflatedSize(data, e.uncompressedSize);
      } catch {
        throw new ExcelLimitError('invalid', 'ZIP数据损坏');
      }
    }
    if (actual > e.uncompressedSize) throw new ExcelLimitError('zip_bomb', '实际大小超过声明');
  }
}

/** Both stages; what importers should call. */
export async function checkXlsx(buf: Buffer, limits: Partial<XlsxLimits> = {}): Promise<XlsxInspection> {
  const inspection = inspectXlsx(buf, limits);
  await verifyXlsxEntries(buf, inspection);
  return inspection;
}
