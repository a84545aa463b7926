import { and, asc, eq, sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../platform/db/client';
import { agencies, hazardListings, listingCounters, regions } from '../../platform/db/schema';

export type ListingRow = typeof hazardListings.$inferSelect;

/**
 * The next 挂牌督办 number of an agency for a year. Runs inside the listing's transaction: the upsert
 * locks the counter row until commit, and a rollback takes the number back, so numbers have no gaps.
 */
export async function nextListingNumber(db: Executor, agencyId: string, year: number): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`
    INSERT INTO ${listingCounters} (agency_id, year, last_number) VALUES (${agencyId}, ${year}, 1)
    ON CONFLICT (agency_id, year) DO UPDATE SET last_number = ${listingCounters}.last_number + 1
    RETURNING last_number AS n`);
  return Number(row!.n);
}

export async function insertListing(db: Executor, v: typeof hazardListings.$inferInsert): Promise<string> {
  const [row] = await db.insert(hazardListings).values(v).returning({ id: hazardListings.id });
  return row!.id;
}

export async function findListing(db: Executor, id: string) {
  const [row] = await db.select().from(hazardListings).where(eq(hazardListings.id, id));
  return row;
}

export async function setListingStatus(db: Executor, hazardId: string, from: string, set: Partial<ListingRow>): Promise<void> {
  await db.update(hazardListings).set(set).where(and(eq(hazardListings.hazardId, hazardId), eq(hazardListings.status, from)));
}

export function listingsOf(db: Executor, hazardId: string) {
  return db.select({ l: hazardListings, agencyName: agencies.name }).from(hazardListings)
    .innerJoin(agencies, eq(agencies.id, hazardListings.agencyId))
    .where(eq(hazardListings.hazardId, hazardId)).orderBy(asc(hazardListings.listedAt));
}

export async function agencyOf(db: Executor, agencyId: string) {
  const [row] = await db.select({ tier: agencies.tier, name: agencies.name, regionName: regions.name }).from(agencies)
    .innerJoin(regions, eq(regions.code, agencies.regionCode)).where(eq(agencies.id, agencyId));
  return row;
}
