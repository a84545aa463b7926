import { ilike, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { likePattern } from './paging';

/** Two characters without case (汉字, ASCII digits): the one gram is the keyword itself. */
const CASELESS_PAIR = /^[\p{Script=Han}0-9]{2}$/u;

/**
 * A keyword (关键词) filter on a text column that has a GIN index on `text_bigrams(column)` (drizzle/0006),
 * returning exactly the rows `column ILIKE '%q%'` returns:
 *  - 1 character: no gram, ILIKE alone;
 *  - 2 caseless characters (the commonest search, e.g. 水泵): the gram alone — containing it is containing the
 *    keyword — which also lets the planner see its true frequency (ILIKE's estimate is far too low for CJK,
 *    and with it a common word was fetched in full and sorted: 200 ms instead of 8 at 1,000,000 rows);
 *  - otherwise the grams narrow the rows through the index (each gram of the lower-cased keyword occurs in
 *    the lower-cased text whenever ILIKE matches) and ILIKE decides.
 */
export function keywordMatch(column: AnyColumn, q: string): SQL {
  const chars = [...q].length;
  if (chars < 2) return ilike(column, likePattern(q));
  if (CASELESS_PAIR.test(q)) return sql`(text_bigrams(${column}) @> ARRAY[${q}::text])`;
  return sql`(text_bigrams(${column}) @> text_bigrams(${q}::text) AND ${ilike(column, likePattern(q))})`;
}
