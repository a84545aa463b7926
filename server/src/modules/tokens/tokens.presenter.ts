import type { z } from 'zod';
import type { tokenOut } from '@contracts/admin';
import type { TokenJoined } from './tokens.repository';
import { isReadOnly } from './tokens.policy';

export type TokenOut = z.infer<typeof tokenOut>;

/** Never the secret nor its digest: only the display prefix identifies a token after creation. */
export function presentToken(r: TokenJoined): TokenOut {
  const t = r.t;
  return {
    id: t.id, name: t.name, prefix: t.prefix, permissions: t.permissions, scope: t.scope, readOnly: isReadOnly(t.permissions),
    expiresAt: t.expiresAt.toISOString(), revokedAt: t.revokedAt?.toISOString() ?? null,
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null, createdAt: t.createdAt.toISOString(), createdByName: r.createdByName,
  };
}
