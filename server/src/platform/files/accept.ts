import { AppError } from '../errors';
import { sanitizeFilename } from './filename';
import { FILE_KINDS, polyglotProblem, sniff, type FileKind } from './sniff';

export interface AcceptedFile { kind: FileKind; mime: string; filename: string; size: number }

/**
 * The one gate every upload passes: size, type by content, extension agreeing with the content, no
 * second format hidden inside. Refusals are Chinese messages on the `file` field.
 */
export function acceptUpload(data: Buffer, originalName: string, opts: { allowed: FileKind[]; maxBytes: number }): AcceptedFile {
  const refuse = (code: 'VALIDATION' | 'UNSUPPORTED_MEDIA' | 'PAYLOAD_TOO_LARGE', message: string) => new AppError(code, message, { file: message });
  if (data.length === 0) throw refuse('VALIDATION', '文件为空');
  if (data.length > opts.maxBytes) throw refuse('PAYLOAD_TOO_LARGE', `文件不能超过${Math.floor(opts.maxBytes / 1024 / 1024)}MB`);
  const kind = sniff(data.subarray(0, 64 * 1024));
  const allowedLabels = opts.allowed.map((k) => FILE_KINDS[k].label).join('、');
  if (!kind || !opts.allowed.includes(kind)) throw refuse('UNSUPPORTED_MEDIA', `文件内容不是允许的类型（${allowedLabels}）`);
  const ext = (originalName.match(/\.([A-Za-z0-9]{1,8})$/)?.[1] ?? '').toLowerCase();
  const exts = FILE_KINDS[kind].ext as readonly string[];
  if (ext && !exts.includes(ext)) throw refuse('UNSUPPORTED_MEDIA', `文件扩展名“.${ext}”与内容（${FILE_KINDS[kind].label}）不符`);
  const hidden = polyglotProblem(kind, data);
  if (hidden) throw refuse('UNSUPPORTED_MEDIA', `${hidden}，已拒绝`);
  return { kind, mime: FILE_KINDS[kind].mime, filename: sanitizeFilename(originalName, ext || exts[0]!), size: data.length };
}
