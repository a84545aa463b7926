import { Secret, TOTP } from 'otpauth';

const ISSUER = '非煤矿山安全在线';

export function newTotpSecret(username: string): { secret: string; otpauthUrl: string } {
  const secret = new Secret({ size: 20 });
  const totp = new TOTP({ issuer: ISSUER, label: username, secret, algorithm: 'SHA1', digits: 6, period: 30 });
  return { secret: secret.base32, otpauthUrl: totp.toString() };
}

/** Accepts the current code and one step either side (clock drift). */
export function verifyTotp(base32: string, code: string): boolean {
  const totp = new TOTP({ secret: Secret.fromBase32(base32), algorithm: 'SHA1', digits: 6, period: 30 });
  return totp.validate({ token: code, window: 1 }) !== null;
}

export function currentTotp(base32: string): string {
  return new TOTP({ secret: Secret.fromBase32(base32), algorithm: 'SHA1', digits: 6, period: 30 }).generate();
}
