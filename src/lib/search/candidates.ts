/**
 * Candidates from the fallback index: the records holding every token of every term. A superset
 * of the records holding every term (pairs may sit apart), which verification then narrows.
 * Pure: the shards come from a loader, scripts in the browser, the built files in tests.
 */
import type { FallbackManifest, TokenShard } from './fallback-data.ts';
import { decodePostings, intersectPostings, unionPostings } from './postings.ts';
import { firstChar, termTokens, tokenShard } from './tokens.ts';

/** Loads token shard n. */
export type TokenShardLoader = (shard: number) => Promise<TokenShard>;

async function termCandidates(term: string, shards: number, load: TokenShardLoader): Promise<number[]> {
  const needed = termTokens(term);
  if (needed.kind === 'prefix') {
    const shard = await load(tokenShard(needed.char, shards));
    return unionPostings(Object.keys(shard).filter((token) => firstChar(token) === needed.char).map((token) => decodePostings(shard[token]!)));
  }
  let ids: number[] | null = null;
  for (const token of needed.tokens) {
    const list = decodePostings((await load(tokenShard(token, shards)))[token] ?? []);
    ids = ids === null ? list : intersectPostings(ids, list);
    if (ids.length === 0) break;
  }
  return ids ?? [];
}

/** Ascending numbers of the records that may hold every term; none for no terms. */
export async function findCandidates(terms: readonly string[], manifest: FallbackManifest, load: TokenShardLoader): Promise<number[]> {
  let ids: number[] | null = null;
  for (const term of terms) {
    const list = await termCandidates(term, manifest.tokenShards, load);
    ids = ids === null ? list : intersectPostings(ids, list);
    if (ids.length === 0) break;
  }
  return ids ?? [];
}
