import { z } from 'zod';

/** Lists: keyset paging (opaque cursor), exact totals only up to a cap (then "cap+"). */
export const TOTAL_CAP = 10_000;

export const listQueryBase = z.object({
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(20),
  q: z.string().max(100).optional(),
});

export function listResponse<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z.string().nullable(),
    /** exact up to TOTAL_CAP; totalCapped=true means "more than total" */
    total: z.number(),
    totalCapped: z.boolean(),
  });
}

/** `:id` route parameters: a record id (uuid). */
export const idParams = z.object({ id: z.uuid('记录编号无效') });
