/** Keyset-paged list answer shared by every list API (contracts/paging.ts `listResponse`). */
export interface ListResult<T> {
  items: T[];
  nextCursor: string | null;
  total: number;
  /** true: there are more than `total` rows (the count stopped at the cap) */
  totalCapped: boolean;
}

/** Filters as they travel in the URL and the query string: plain strings. */
export type ListParams = Record<string, string | undefined>;
/** Which page: the opaque cursor from the previous answer (none = first page) and the page size. */
export interface Page { cursor?: string; limit: number }

export function totalText(r: Pick<ListResult<unknown>, 'total' | 'totalCapped'>): string {
  return r.totalCapped ? `超过 ${r.total} 条` : `共 ${r.total} 条`;
}
