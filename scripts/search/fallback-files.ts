/**
 * The pair index as plain scripts (format in src/lib/search/fallback-data.ts): an inverted index of
 * characters, character pairs and filter values over the record groups, split into token shards
 * by the token's hash, and one record shard per group (a plan, or a place's units), packed. A
 * query loads the manifest, one token shard per token it needs, and the record shards of the
 * best candidate groups, a few at a time. Postings name groups, not records: a common pair's list
 * is at most one number a group, so shards stay small as the collection grows. Pure.
 */
import { FALLBACK_DIR, REGISTRY, fallbackFiles, type FallbackManifest, type TokenShard } from '../../src/lib/search/fallback-data.ts';
import { SEARCH_DIR } from '../../src/lib/search/paths.ts';
import { packRecords } from '../../src/lib/search/pack.ts';
import { encodeFlatPostings } from '../../src/lib/search/postings.ts';
import { FILTER_KEYS, foldedFields, type SearchRecord } from '../../src/lib/search/record.ts';
import { filterToken, textTokens, tokenShard } from '../../src/lib/search/tokens.ts';
import { registryScript, type OutputFile } from './generated.ts';
import type { RecordGroup } from './records.ts';

/** Token shards aim at about this many bytes as stored (a third or less gzipped), so a query reads little even when the site is large. */
export const SHARD_BYTES = 24 * 1024;

/** The tokens of one record: its folded searched fields' characters and pairs, and its filter values. */
export function recordTokens(record: SearchRecord): Set<string> {
  const tokens = textTokens(foldedFields(record).join('\n'));
  for (const key of FILTER_KEYS) for (const value of record.filters[key]) tokens.add(filterToken(key, value));
  return tokens;
}

/** Token → ascending postings, flat: each group holding the token, then how many of its records do. */
export function invertGroups(groups: readonly RecordGroup[]): Map<string, number[]> {
  const postings = new Map<string, number[]>();
  groups.forEach((group, number) => {
    const counts = new Map<string, number>();
    for (const record of group.records) for (const token of recordTokens(record)) counts.set(token, (counts.get(token) ?? 0) + 1);
    for (const [token, count] of counts) {
      const list = postings.get(token);
      if (list) list.push(number, count);
      else postings.set(token, [number, count]);
    }
  });
  return postings;
}

/** The smallest power of two of shards that keeps them near `SHARD_BYTES`. */
export function shardCount(totalBytes: number): number {
  let shards = 1;
  while (totalBytes / shards > SHARD_BYTES && shards < 8192) shards *= 2;
  return shards;
}

/** Every file of the pair index, paths relative to dist/, and its manifest. */
export function fallbackIndexFiles(groups: readonly RecordGroup[]): { files: OutputFile[]; manifest: FallbackManifest } {
  const dir = SEARCH_DIR + FALLBACK_DIR;
  // Encoded in place, each flat list dropped as soon as it is encoded: memory, at 5,000 notices.
  const encoded = invertGroups(groups);
  let bytes = 0;
  for (const [token, flat] of encoded) {
    const stored = encodeFlatPostings(flat);
    encoded.set(token, stored);
    bytes += Buffer.byteLength(token) + 4 + JSON.stringify(stored).length;
  }
  const tokenShards = shardCount(bytes);
  const shards: TokenShard[] = Array.from({ length: tokenShards }, () => ({}));
  for (const token of [...encoded.keys()].sort()) shards[tokenShard(token, tokenShards)]![token] = encoded.get(token)!;

  const manifest: FallbackManifest = { tokenShards, groups: groups.length };
  const files: OutputFile[] = [{ path: dir + fallbackFiles.manifest, contents: registryScript(REGISTRY, 'manifest', [manifest]) }];
  shards.forEach((shard, i) => files.push({ path: dir + fallbackFiles.tokens(i), contents: registryScript(REGISTRY, 'tokens', [i, shard]) }));
  groups.forEach((group, i) => files.push({ path: dir + fallbackFiles.records(i), contents: registryScript(REGISTRY, 'records', [i, packRecords(group.records)]) }));
  return { files, manifest };
}
