/**
 * Candidate groups from the pair index: the record groups holding every token of every term and
 * carrying every chosen filter value, best first. A superset of the groups holding every
 * term (pairs may sit apart), which verification then narrows record by record. Pure: the shards
 * come from a loader, scripts in the browser, the built files in tests.
 */
import type { TokenShard } from './fallback-data.ts';
import { decodePostings, intersectPostings, type Posting } from './postings.ts';
import type { SearchFilters } from './record.ts';
import { filterToken, termTokens, tokenShard } from './tokens.ts';

/** Loads token shard n. */
export type TokenShardLoader = (shard: number) => Promise<TokenShard>;

/** Ascending postings of the groups that may hold every term and carry every filter; none for no terms. */
export async function findPostings(terms: readonly string[], filters: SearchFilters, tokenShards: number, load: TokenShardLoader): Promise<Posting[]> {
  if (terms.length === 0) return [];
  const chosen = Object.entries(filters).flatMap(([key, value]) => (value ? [filterToken(key, value)] : []));
  const tokens = [...new Set([...terms.flatMap(termTokens), ...chosen])];
  // Every shard is asked for at once: a query's few shards load in parallel.
  const lists = await Promise.all(tokens.map(async (token) => decodePostings((await load(tokenShard(token, tokenShards)))[token] ?? [])));
  return lists.reduce((found, list) => intersectPostings(found, list));
}

/**
 * Groups by falling count (how many of their records may hold the query), then in index order.
 * @example rankGroups([[0, 1], [3, 5], [7, 5]]) // [3, 7, 0]
 */
export function rankGroups(postings: readonly Posting[]): number[] {
  return [...postings].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([group]) => group);
}
