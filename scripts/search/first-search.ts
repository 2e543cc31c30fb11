/**
 * search/first-search.json: the files a browser fetches for a first search over http(s), which
 * scripts/bench.ts sums as "first search": the client, the shard list, Pagefind's runtime (script,
 * worker, WebAssembly, entry and language meta), the group map, the two largest index chunks (a
 * one- or two-word query reads one or two) and one batch of record shards of median size (the
 * records the first page of results is drawn from). Also what a site that merges this one as a
 * shard reads of it for that search (`merged`): its group map, Pagefind entry and language meta,
 * and its two largest chunks; the runtime and the batch are the searching site's. Pure.
 */

/** A file of dist/ and its size in bytes. */
export interface SizedFile {
  path: string;
  bytes: number;
}

/** What the first search reads, by folder. */
export interface FirstSearchInputs {
  /** Files loaded whatever the query: the client, the shard list, the group map. */
  always: readonly string[];
  /** The Pagefind bundle folder's files, paths relative to dist/. */
  pagefind: readonly SizedFile[];
  pagefindDir: string;
  /** The record shards. */
  recordShards: readonly SizedFile[];
  /** Record shards one batch loads. */
  batch: number;
}

const RUNTIME = /^(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|wasm\.[^/]+\.pagefind|[^/]+\.pf_meta)$/;

// A merged index is searched with the searching site's script, worker and WebAssembly.
const MERGED = /^(pagefind-entry\.json|[^/]+\.pf_meta)$/;

const largestChunks = ({ pagefind, pagefindDir }: Pick<FirstSearchInputs, 'pagefind' | 'pagefindDir'>): string[] =>
  pagefind
    .filter((file) => file.path.startsWith(`${pagefindDir}index/`))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 2)
    .map((file) => file.path);

/** The first-search files, paths relative to dist/. */
export function firstSearchFiles(inputs: FirstSearchInputs): string[] {
  const { pagefind, pagefindDir } = inputs;
  const runtime = pagefind.filter((file) => RUNTIME.test(file.path.slice(pagefindDir.length))).map((file) => file.path);
  const shards = [...inputs.recordShards].sort((a, b) => a.bytes - b.bytes);
  const middle = Math.max(0, Math.floor((shards.length - inputs.batch) / 2));
  return [...inputs.always, ...runtime.sort(), ...largestChunks(inputs), ...shards.slice(middle, middle + inputs.batch).map((file) => file.path)];
}

/** The files of this site a first search reads when another site merges it as a shard, paths relative to dist/. */
export function mergedSearchFiles(inputs: Pick<FirstSearchInputs, 'pagefind' | 'pagefindDir'> & { groupMap: string }): string[] {
  const { pagefind, pagefindDir } = inputs;
  const meta = pagefind.filter((file) => MERGED.test(file.path.slice(pagefindDir.length))).map((file) => file.path);
  return [inputs.groupMap, ...meta.sort(), ...largestChunks(inputs)];
}
