import { hash, verify } from '@node-rs/argon2';

const OPTIONS = { algorithm: 2 /* Argon2id */, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const hashPassword = (plain: string) => hash(plain, OPTIONS);
export const verifyPassword = (stored: string, plain: string) => verify(stored, plain).catch(() => false);

/** Policy: at least 8 characters from at least 3 of 4 classes (upper, lower, digit, symbol). */
export function passwordProblem(plain: string, username?: string): string | null {
  if (plain.length < 8) return '密码至少8位';
  if (plain.length > 128) return '密码不能超过128位';
  const classes = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((r) => r.test(plain)).length;
  if (classes < 3) return '密码须包含大写字母、小写字母、数字、符号中的至少三类';
  if (username && plain.toLowerCase().includes(username.toLowerCase())) return '密码不能包含用户名';
  return null;
}

/** A fixed hash verified when the user does not exist, so timing does not reveal usernames. */
let dummy: string | undefined;
export async function burnVerify(plain: string): Promise<void> {
  dummy ??= await hashPassword('dummy-Password-1');
  await verifyPassword(dummy, plain);
}
