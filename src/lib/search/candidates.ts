/**
 * Candidate groups from the pair index: the record groups holding every token of every term and
 * carrying every chosen filter value, best first. A superset of the groups holding every
 * term (pairs may sit apart), which verification then narrows record by record. Pure: the shards
 * come from a loader, scripts in the browser, the built files in tests.
 */
import type { TokenShard } from './fallback-data.ts';
import { decodePostings, intersectPostings, unionPostings, type Posting } from './postings.ts';
import type { FilterChoice } from './record.ts';
import { filterToken, termTokens, tokenShard } from './tokens.ts';

/** Loads token shard n. */
export type TokenShardLoader = (shard: number) => Promise<TokenShard>;

/** Ascending postings of the groups that may hold every term and carry, for each filter, one of its values; none for no terms. */
export async function findPostings(terms: readonly string[], filters: FilterChoice, tokenShards: number, load: TokenShardLoader): Promise<Posting[]> {
  if (terms.length === 0) return [];
  const postings = async (token: string) => decodePostings((await load(tokenShard(token, tokenShards)))[token] ?? []);
  // A filter's values are alternatives: the groups carrying any of them.
  const either = async (tokens: readonly string[]) => (await Promise.all(tokens.map(postings))).reduce(unionPostings, []);
  const chosen = Object.entries(filters).map(([key, values]) => [...new Set(values)].map((value) => filterToken(key, value)));
  // Every shard is asked for at once: a query's few shards load in parallel.
  const lists = await Promise.all([...[...new Set(terms.flatMap(termTokens))].map(postings), ...chosen.map(either)]);
  return lists.reduce((found, list) => intersectPostings(found, list));
}

/**
 * Groups by falling count (how many of their records may hold the query), then in index order.
 * @example rankGroups([[0, 1], [3, 5], [7, 5]]) // [3, 7, 0]
 */
export function rankGroups(postings: readonly Posting[]): number[] {
  return [...postings].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([group]) => group);
}
