import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Role } from '@contracts/access';
import { writeTx, type Platform } from '../platform/context';
import type { Executor } from '../platform/db/client';
import { agencies, regions, users } from '../platform/db/schema';
import { hashPassword } from '../platform/auth/password';
import { loadReferenceRegions } from '../modules/regions/regions.reference';

export const CITY_AGENCY = '重庆市应急管理局';
const CITY_REGION = '500000';

export interface AdminAccountInput { username: string; password: string; role: Role }
export type AdminAccountResult =
  | { created: true; userId: string; agencyName: string; agencyCreated: boolean }
  | { created: false; userId: string; roles: string[] };

async function findUser(db: Executor, username: string) {
  const [u] = await db.select({ id: users.id, roles: users.roles }).from(users).where(sql`lower(${users.username}) = lower(${username})`);
  return u;
}

/** 重庆市应急管理局 (city tier) if present; otherwise it is created in the same transaction. */
async function cityAgency(db: Executor) {
  const [a] = await db.select({ id: agencies.id, name: agencies.name }).from(agencies)
    .where(and(eq(agencies.name, CITY_AGENCY), eq(agencies.tier, 'city'))).limit(1);
  return a;
}

/**
 * The first administrators of a new installation, created from the command line. The event is
 * audited like any change, with no actor (nobody is signed in) and the action 'cli_create_admin'.
 * An existing username is left untouched.
 */
export async function createAdminAccount(p: Platform, input: AdminAccountInput): Promise<AdminAccountResult> {
  const db = p.database.db;
  const existing = await findUser(db, input.username);
  if (existing) return { created: false, userId: existing.id, roles: existing.roles };
  const [region] = await db.select({ code: regions.code }).from(regions).where(eq(regions.code, CITY_REGION));
  if (!region) await loadReferenceRegions(db);
  const passwordHash = await hashPassword(input.password);
  return writeTx(p, { requestId: `cli-${randomUUID()}`, ip: '127.0.0.1', actor: null }, async (tx, audit) => {
    let agency = await cityAgency(tx);
    const agencyCreated = !agency;
    if (!agency) {
      [agency] = await tx.insert(agencies).values({ name: CITY_AGENCY, kind: 'emergency_management', tier: 'city', regionCode: CITY_REGION })
        .returning({ id: agencies.id, name: agencies.name });
      audit({ entityType: 'agency', entityId: agency!.id, action: 'cli_create_agency', after: { name: CITY_AGENCY, tier: 'city', regionCode: CITY_REGION } });
    }
    const [user] = await tx.insert(users).values({
      username: input.username, displayName: input.username, passwordHash, orgType: 'agency', agencyId: agency!.id,
      roles: [input.role], mustChangePassword: true,
    }).returning({ id: users.id });
    audit({ entityType: 'user', entityId: user!.id, action: 'cli_create_admin',
      after: { username: input.username, roles: [input.role], agencyId: agency!.id, agencyName: agency!.name } });
    return { created: true as const, userId: user!.id, agencyName: agency!.name, agencyCreated };
  });
}
