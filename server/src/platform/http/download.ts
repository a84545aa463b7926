import { PassThrough } from 'node:stream';
import type { FastifyReply } from 'fastify';

/** Content-Disposition for a Chinese file name (RFC 6266 / 5987) with an ASCII fallback. */
export function attachmentHeader(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Streams a generated file as a download: always an attachment, never sniffed, sandboxed.
 * `write` fills the stream; an error mid-way aborts the response (the client sees a broken download, not a bad file).
 */
export function sendStream(reply: FastifyReply, filename: string, contentType: string, write: (out: PassThrough) => Promise<unknown>) {
  const out = new PassThrough();
  reply
    .header('content-type', contentType)
    .header('content-disposition', attachmentHeader(filename))
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "default-src 'none'; sandbox")
    .header('cache-control', 'no-store');
  write(out).then(() => out.end(), (err) => out.destroy(err as Error));
  return reply.send(out);
}

export const sendXlsx = (reply: FastifyReply, filename: string, write: (out: PassThrough) => Promise<unknown>) =>
  sendStream(reply, filename, XLSX, write);
