import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { hazardExtensions } from '../../platform/db/schema';

export type ExtensionRow = typeof hazardExtensions.$inferSelect;

export async function insertExtension(db: Executor, v: typeof hazardExtensions.$inferInsert): Promise<string> {
  const [row] = await db.insert(hazardExtensions).values(v).returning({ id: hazardExtensions.id });
  return row!.id;
}

export async function findExtension(db: Executor, id: string) {
  const [row] = await db.select().from(hazardExtensions).where(eq(hazardExtensions.id, id));
  return row;
}

export async function findPending(db: Executor, hazardId: string) {
  const [row] = await db.select().from(hazardExtensions).where(and(eq(hazardExtensions.hazardId, hazardId), eq(hazardExtensions.status, 'pending')));
  return row;
}

/** Decide a pending request; false when it was decided meanwhile. */
export async function decideExtension(db: Executor, id: string, set: Partial<ExtensionRow>): Promise<boolean> {
  const res = await db.update(hazardExtensions).set(set)
    .where(and(eq(hazardExtensions.id, id), eq(hazardExtensions.status, 'pending'))).returning({ id: hazardExtensions.id });
  return res.length === 1;
}
