import { randomInt } from 'node:crypto';
import { passwordProblem } from '../../platform/auth/password';

// Look-alike characters (0/O, 1/l/I) left out: the password is read off a screen and typed once.
const CLASSES = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnopqrstuvwxyz', '23456789', '!@#$%^&*-_=+?'];

/** 16 random characters with every class present: passes passwordProblem with a wide margin (~100 bits). */
export function temporaryPassword(username: string): string {
  for (;;) {
    const all = CLASSES.join('');
    const chars = [...CLASSES.map((c) => c[randomInt(c.length)]!), ...Array.from({ length: 12 }, () => all[randomInt(all.length)]!)];
    for (let i = chars.length - 1; i > 0; i--) {
      const j = randomInt(i + 1);
      [chars[i], chars[j]] = [chars[j]!, chars[i]!];
    }
    const pw = chars.join('');
    if (!passwordProblem(pw, username)) return pw;
  }
}
