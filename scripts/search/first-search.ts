/**
 * search/first-search.json: the files a browser fetches for a first search over http(s), which
 * scripts/bench.ts sums as "first search": the client, the shard list, the pair index's manifest,
 * its three largest token shards (a term of up to four characters, or two words of two, reads up
 * to three pairs, one shard each; the largest stand for the worst case) and one batch of record
 * shards of median size (the records the first page of results is drawn from). Also what a site
 * that merges this one as a shard reads of it for that search (`merged`): its group map, Pagefind
 * entry and language meta, and its two largest chunks (a merged deployment searches with
 * Pagefind). Pure.
 */

/** A file of dist/ and its size in bytes. */
export interface SizedFile {
  path: string;
  bytes: number;
}

/** What the first search reads, by folder. */
export interface FirstSearchInputs {
  /** Files loaded whatever the query: the client, the shard list, the pair index's manifest. */
  always: readonly string[];
  /** The token shards. */
  tokenShards: readonly SizedFile[];
  /** The record shards. */
  recordShards: readonly SizedFile[];
  /** Record shards one batch loads. */
  batch: number;
}

/** Token shards a first search is counted with: one a pair, for a term of up to four characters. */
export const TOKEN_SHARDS_READ = 3;

/** The Pagefind bundle folder's files, paths relative to dist/. */
interface PagefindFiles {
  pagefind: readonly SizedFile[];
  pagefindDir: string;
}

// A merged index is searched with the searching site's script, worker and WebAssembly.
const MERGED = /^(pagefind-entry\.json|[^/]+\.pf_meta)$/;

const largestChunks = ({ pagefind, pagefindDir }: PagefindFiles): string[] =>
  pagefind
    .filter((file) => file.path.startsWith(`${pagefindDir}index/`))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 2)
    .map((file) => file.path);

/** The first-search files, paths relative to dist/. */
export function firstSearchFiles(inputs: FirstSearchInputs): string[] {
  const tokens = [...inputs.tokenShards].sort((a, b) => b.bytes - a.bytes).slice(0, TOKEN_SHARDS_READ);
  const shards = [...inputs.recordShards].sort((a, b) => a.bytes - b.bytes);
  const middle = Math.max(0, Math.floor((shards.length - inputs.batch) / 2));
  return [...inputs.always, ...tokens.map((file) => file.path), ...shards.slice(middle, middle + inputs.batch).map((file) => file.path)];
}

/** The files of this site a first search reads when another site merges it as a shard, paths relative to dist/. */
export function mergedSearchFiles(inputs: PagefindFiles & { groupMap: string }): string[] {
  const { pagefind, pagefindDir } = inputs;
  const meta = pagefind.filter((file) => MERGED.test(file.path.slice(pagefindDir.length))).map((file) => file.path);
  return [inputs.groupMap, ...meta.sort(), ...largestChunks(inputs)];
}
