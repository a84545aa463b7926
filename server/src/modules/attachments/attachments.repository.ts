import { and, asc, eq } from 'drizzle-orm';
import type { Scope } from '@contracts/access';
import type { Executor } from '../../platform/db/client';
import { attachments } from '../../platform/db/schema';
import { scopeCondition } from '../../platform/access/scope-sql';
import { allOf } from '../../platform/db/paging';

export type AttachmentRow = typeof attachments.$inferSelect;
const inScope = (scope: Scope) => scopeCondition(scope, { region: attachments.regionCode, enterprise: attachments.enterpriseId });

export async function insertAttachment(db: Executor, v: typeof attachments.$inferInsert): Promise<AttachmentRow> {
  const [row] = await db.insert(attachments).values(v).returning();
  return row!;
}

export async function findAttachment(db: Executor, scope: Scope, id: string): Promise<AttachmentRow | undefined> {
  const [row] = await db.select().from(attachments).where(allOf(eq(attachments.id, id), inScope(scope)));
  return row;
}

export async function attachmentsOf(db: Executor, ownerType: string, ownerId: string): Promise<AttachmentRow[]> {
  return db.select().from(attachments).where(and(eq(attachments.ownerType, ownerType), eq(attachments.ownerId, ownerId)))
    .orderBy(asc(attachments.createdAt));
}
