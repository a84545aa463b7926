/**
 * File types decided by content, never by the name or the browser's Content-Type. Photos from phones are
 * often HEIC; census results bring PDF, DWG/DXF and shapefiles; ledgers come as xlsx.
 */
export const FILE_KINDS = {
  jpeg: { mime: 'image/jpeg', ext: ['jpg', 'jpeg'], label: 'JPEG 图片' },
  png: { mime: 'image/png', ext: ['png'], label: 'PNG 图片' },
  heic: { mime: 'image/heic', ext: ['heic', 'heif'], label: 'HEIC 图片' },
  webp: { mime: 'image/webp', ext: ['webp'], label: 'WebP 图片' },
  pdf: { mime: 'application/pdf', ext: ['pdf'], label: 'PDF 文档' },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', ext: ['xlsx'], label: 'Excel 表格' },
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', ext: ['docx'], label: 'Word 文档' },
  dwg: { mime: 'image/vnd.dwg', ext: ['dwg'], label: 'DWG 图纸' },
  dxf: { mime: 'image/vnd.dxf', ext: ['dxf'], label: 'DXF 图纸' },
  zip: { mime: 'application/zip', ext: ['zip'], label: 'ZIP 压缩包（如 Shapefile）' },
} as const;
export type FileKind = keyof typeof FILE_KINDS;

const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1']);
const ascii = (b: Buffer, from: number, to: number) => b.subarray(from, to).toString('latin1');

/** What the bytes are, or null when they are none of the accepted kinds. */
export function sniff(head: Buffer): FileKind | null {
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  if (head.length >= 8 && head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (head.length >= 12 && ascii(head, 4, 8) === 'ftyp') {
    const brands = [ascii(head, 8, 12)];
    for (let i = 16; i + 4 <= Math.min(head.length, head.readUInt32BE(0)); i += 4) brands.push(ascii(head, i, i + 4));
    if (brands.some((b) => HEIF_BRANDS.has(b))) return 'heic';
    return null;
  }
  if (head.length >= 12 && ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') return 'webp';
  if (ascii(head, 0, 5) === '%PDF-') return 'pdf';
  if (/^AC10\d\d/.test(ascii(head, 0, 6))) return 'dwg'; // AC1012 (R13) … AC1032 (2018+)
  if (/^\s*0\s*\r?\n\s*SECTION/.test(ascii(head, 0, 64))) return 'dxf';
  if (head.length >= 4 && head.readUInt32LE(0) === 0x04034b50) return zipFlavour(head);
  return null;
}

/** An OOXML file names its parts near the start: tell xlsx and docx from a plain zip. */
function zipFlavour(head: Buffer): FileKind {
  const text = ascii(head, 0, Math.min(head.length, 64 * 1024));
  if (text.includes('xl/')) return 'xlsx';
  if (text.includes('word/')) return 'docx';
  return 'zip';
}

/**
 * A file's second format hidden after its first (polyglots: a JPEG with a ZIP or a PDF appended, an
 * HTML or script body in a "picture"). Such files are refused even though their start looks right.
 */
export function polyglotProblem(kind: FileKind, whole: Buffer): string | null {
  const tail = whole.subarray(Math.max(0, whole.length - 1024 * 1024));
  const text = tail.toString('latin1');
  if (kind !== 'zip' && kind !== 'xlsx' && kind !== 'docx' && endsWithZipDirectory(tail, text)) return '文件末尾附带了压缩包内容';
  if (kind !== 'pdf' && whole.subarray(1, whole.length).includes('%PDF-')) return '文件中夹带了PDF内容';
  if (/<(script|html|svg|iframe)[\s>]/i.test(whole.subarray(0, 4096).toString('latin1')) && kind !== 'pdf') return '文件中夹带了网页脚本';
  return null;
}

/** A real ZIP end-of-central-directory record: its comment length reaches exactly the end of the file. */
function endsWithZipDirectory(tail: Buffer, text: string): boolean {
  const at = text.lastIndexOf('PK\x05\x06');
  return at >= 0 && at + 22 <= tail.length && at + 22 + tail.readUInt16LE(at + 20) === tail.length;
}
