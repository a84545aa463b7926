/**
 * Personnel positioning system (人员定位系统) CSV exports: encoding detection, parsing and the column mapping,
 * as pure functions. Such exports are often GB18030 (Excel on Chinese Windows), sometimes UTF-8 with a BOM.
 */
import { AppError } from '../../platform/errors';
import { sniff } from '../../platform/files/sniff';

export type Encoding = 'utf-8-bom' | 'utf-8' | 'utf-16le' | 'gb18030';

/** UTF-8 with or without BOM when the bytes are valid UTF-8, UTF-16LE with its BOM, else GB18030 (Node's full ICU). */
export function decodeCsv(buf: Buffer): { encoding: Encoding; text: string } {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return { encoding: 'utf-8-bom', text: new TextDecoder('utf-8').decode(buf.subarray(3)) };
  if (buf[0] === 0xff && buf[1] === 0xfe) return { encoding: 'utf-16le', text: new TextDecoder('utf-16le').decode(buf.subarray(2)) };
  try {
    return { encoding: 'utf-8', text: new TextDecoder('utf-8', { fatal: true }).decode(buf) };
  } catch {
    return { encoding: 'gb18030', text: new TextDecoder('gb18030').decode(buf) };
  }
}

const refuse = (code: 'VALIDATION' | 'UNSUPPORTED_MEDIA' | 'PAYLOAD_TOO_LARGE', message: string) => new AppError(code, message, { file: message });

/**
 * The CSV gate (the platform's upload gate knows binary kinds only): size, a .csv/.txt name, content that is text —
 * not a known binary kind, no NUL bytes outside UTF-16, no web markup.
 */
export function acceptCsv(buf: Buffer, filename: string, maxBytes: number) {
  if (buf.length === 0) throw refuse('VALIDATION', '文件为空');
  if (buf.length > maxBytes) throw refuse('PAYLOAD_TOO_LARGE', `文件不能超过${Math.floor(maxBytes / 1024 / 1024)}MB`);
  if (!/\.(csv|txt)$/i.test(filename)) throw refuse('UNSUPPORTED_MEDIA', '只支持 .csv 格式的人员定位导出文件');
  const utf16 = buf[0] === 0xff && buf[1] === 0xfe;
  if (sniff(buf.subarray(0, 64 * 1024)) || (!utf16 && buf.includes(0))) throw refuse('UNSUPPORTED_MEDIA', '文件内容不是CSV文本');
  const { encoding, text } = decodeCsv(buf);
  if (/<(script|html|svg|iframe)[\s>]/i.test(text.slice(0, 4096))) throw refuse('UNSUPPORTED_MEDIA', '文件中夹带了网页脚本，已拒绝');
  return { encoding, text };
}

/** RFC 4180 records (quoted fields, doubled quotes, CRLF or LF); the delimiter is the commonest of , ; tab in the first line. */
export function parseCsv(text: string): string[][] {
  const first = text.slice(0, text.search(/\r?\n|$/));
  const delim = [',', '\t', ';'].map((d) => [d, first.split(d).length] as const).sort((a, b) => b[1] - a[1])[0]![0];
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === delim) { row.push(field); field = ''; } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); field = '';
      if (row.some((f) => f.trim() !== '')) rows.push(row);
      row = [];
    } else field += c;
  }
  row.push(field);
  if (row.some((f) => f.trim() !== '')) rows.push(row);
  return rows;
}

const DATE = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T](\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const TIME = /^(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/;
const pad = (n: string) => n.padStart(2, '0');

/** A date ('2026-02-03', '2026/2/3', '2026年2月3日', '20260203', optionally with a time) → 'YYYY-MM-DD' and 'HH:MM'. */
export function parseDateTime(v: string): { date: string; time: string | null } | null {
  const s = v.trim();
  const c = COMPACT.exec(s);
  if (c) return { date: `${c[1]}-${c[2]}-${c[3]}`, time: null };
  const m = DATE.exec(s);
  if (!m) return null;
  const date = `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}`;
  const d = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== date) return null;
  if (m[4] && Number(m[4]) > 23) return null;
  return { date, time: m[4] ? `${pad(m[4])}:${m[5]}` : null };
}

/** A time column: 'HH:MM[:SS]' or a full date-time (its time part). */
export function parseTime(v: string): string | null | undefined {
  const s = v.trim();
  if (!s) return null;
  const t = TIME.exec(s);
  if (t) return Number(t[1]) <= 23 ? `${pad(t[1]!)}:${t[2]}` : undefined;
  return parseDateTime(s)?.time ?? undefined;
}

const UNDERGROUND = new Set(['是', '井下', '下井', '1', 'y', 'yes', 'true', '在井下']);
const SURFACE = new Set(['否', '地面', '井上', '升井', '0', 'n', 'no', 'false', '']);

/** The underground flag: true, false, or undefined when the value is not understood. */
export function parseUnderground(v: string): boolean | undefined {
  const s = v.trim().toLowerCase();
  if (UNDERGROUND.has(s)) return true;
  if (SURFACE.has(s)) return false;
  return undefined;
}
