/**
 * The file:// fallback index as plain scripts (format in src/lib/search/fallback-data.ts): an
 * inverted index of character pairs over the folded text, split into token shards by first
 * character, and one record shard per group (a plan, or a place's units), packed. A query loads the
 * manifest, the few token shards its pairs live in, and the record shards of its candidates. Pure.
 */
import { FALLBACK_DIR, REGISTRY, fallbackFiles, type FallbackManifest, type TokenShard } from '../../src/lib/search/fallback-data.ts';
import { SEARCH_DIR } from '../../src/lib/search/paths.ts';
import { packRecords } from '../../src/lib/search/pack.ts';
import { encodePostings } from '../../src/lib/search/postings.ts';
import { foldedFields, type SearchRecord } from '../../src/lib/search/record.ts';
import { textTokens, tokenShard } from '../../src/lib/search/tokens.ts';
import { registryScript, type OutputFile } from './generated.ts';
import type { RecordGroup } from './records.ts';

/** Token shards aim at about this many bytes, so a query reads little even when the site is large. */
export const SHARD_BYTES = 48 * 1024;

/** Token → ascending record numbers, over each record's folded searched fields. */
export function invertRecords(records: readonly SearchRecord[]): Map<string, number[]> {
  const postings = new Map<string, number[]>();
  records.forEach((record, id) => {
    for (const token of textTokens(foldedFields(record).join('\n'))) {
      const list = postings.get(token);
      if (list) list.push(id);
      else postings.set(token, [id]);
    }
  });
  return postings;
}

/** The smallest power of two of shards that keeps them near `SHARD_BYTES`. */
export function shardCount(totalBytes: number): number {
  let shards = 1;
  while (totalBytes / shards > SHARD_BYTES && shards < 4096) shards *= 2;
  return shards;
}

/** Every file of the fallback index, paths relative to dist/, and its manifest. */
export function fallbackIndexFiles(groups: readonly RecordGroup[]): { files: OutputFile[]; manifest: FallbackManifest } {
  const dir = SEARCH_DIR + FALLBACK_DIR;
  const records = groups.flatMap((group) => group.records);
  const postings = invertRecords(records);
  let bytes = 0;
  for (const [token, ids] of postings) bytes += token.length * 3 + ids.length * 3 + 4;
  const tokenShards = shardCount(bytes);
  const shards: TokenShard[] = Array.from({ length: tokenShards }, () => ({}));
  for (const token of [...postings.keys()].sort()) shards[tokenShard(token, tokenShards)]![token] = encodePostings(postings.get(token)!);

  const starts: number[] = [];
  groups.reduce((start, group) => (starts.push(start), start + group.records.length), 0);
  const manifest: FallbackManifest = { tokenShards, groups: starts, records: records.length };

  const files: OutputFile[] = [{ path: dir + fallbackFiles.manifest, contents: registryScript(REGISTRY, 'manifest', [manifest]) }];
  shards.forEach((shard, i) => files.push({ path: dir + fallbackFiles.tokens(i), contents: registryScript(REGISTRY, 'tokens', [i, shard]) }));
  groups.forEach((group, i) => files.push({ path: dir + fallbackFiles.records(i), contents: registryScript(REGISTRY, 'records', [i, packRecords(group.records)]) }));
  return { files, manifest };
}
