import crypto from 'node:crypto';

/** Random opaque secrets (session ids, CSRF tokens, API tokens); the database keeps SM3 digests. */
export const randomToken = (bytes = 32) => crypto.randomBytes(bytes).toString('base64url');
export const digest = (token: string) => crypto.createHash('sm3').update(token).digest('hex');
export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}
