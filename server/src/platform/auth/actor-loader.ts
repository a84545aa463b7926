import { queryRows } from '../db/client';
import { eq, sql } from 'drizzle-orm';
import { permissionsOf, type Permission, type Role, type Scope } from '@contracts/access';
import type { Executor } from '../db/client';
import { agencies, enterprises, users } from '../db/schema';
import type { Actor } from '../access/actor';

type UserRow = typeof users.$inferSelect;

/** Builds the caller's permissions and data scope from the user's organisation. */
export async function loadActor(db: Executor, user: UserRow): Promise<Actor | null> {
  const roles = user.roles as Role[];
  const base = { kind: 'user' as const, userId: user.id, username: user.username, displayName: user.displayName, roles,
    permissions: permissionsOf(roles) };
  if (user.orgType === 'agency' && user.agencyId) {
    const [agency] = await db.select().from(agencies).where(eq(agencies.id, user.agencyId));
    if (!agency) return null;
    const scope: Scope = agency.tier === 'city' ? { kind: 'city' } : { kind: 'district', regionCode: agency.regionCode };
    return { ...base, orgType: 'agency', orgId: agency.id, orgName: agency.name, tier: agency.tier as 'city' | 'district', scope };
  }
  if (user.orgType === 'enterprise' && user.enterpriseId) {
    const [ent] = await db.select({ id: enterprises.id, name: enterprises.name }).from(enterprises)
      .where(eq(enterprises.id, user.enterpriseId));
    if (!ent) return null;
    const ids = user.includeSubsidiaries ? await subsidiaryIds(db, ent.id) : [ent.id];
    return { ...base, orgType: 'enterprise', orgId: ent.id, orgName: ent.name, tier: null,
      scope: { kind: 'enterprise', enterpriseIds: ids } };
  }
  return null;
}

/** The enterprise and every enterprise below it (parent company → subsidiaries, any depth). */
export async function subsidiaryIds(db: Executor, rootId: string): Promise<string[]> {
  const res = await queryRows<{ id: string }>(db, sql`
    WITH RECURSIVE tree(id) AS (
      SELECT ${rootId}::uuid
      UNION SELECT e.id FROM enterprises e JOIN tree t ON e.parent_id = t.id
    ) SELECT id::text AS id FROM tree`);
  return res.map((r) => r.id);
}

/** Narrow an actor to what an API token allows: its own permission subset and scope. */
export function narrowToToken(owner: Actor, tokenId: string, permissions: Permission[], scope: Scope): Actor {
  const allowed = new Set(permissions.filter((p) => owner.permissions.has(p)));
  return { ...owner, kind: 'token', tokenId, permissions: allowed, scope: intersectScope(owner.scope, scope) };
}

function intersectScope(owner: Scope, token: Scope): Scope {
  if (owner.kind === 'city') return token;
  // A district user's token is the district's scope or nothing wider (token creation checks it too).
  if (owner.kind === 'district') return owner;
  if (token.kind === 'enterprise') return { kind: 'enterprise', enterpriseIds: token.enterpriseIds.filter((id) => owner.enterpriseIds.includes(id)) };
  return owner;
}
