/**
 * search/first-search.json: the files a browser fetches for a first search over http(s), which
 * scripts/bench.ts sums as "first search": the client, Pagefind's runtime (script, worker,
 * WebAssembly, entry and language meta), the group map, the two largest index chunks (a one- or
 * two-word query reads one or two) and one batch of record shards of median size (the records
 * the first page of results is drawn from). Pure.
 */

/** A file of dist/ and its size in bytes. */
export interface SizedFile {
  path: string;
  bytes: number;
}

/** What the first search reads, by folder. */
export interface FirstSearchInputs {
  /** Files loaded whatever the query: the client, the group map. */
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

/** The first-search files, paths relative to dist/. */
export function firstSearchFiles(inputs: FirstSearchInputs): string[] {
  const { pagefind, pagefindDir } = inputs;
  const runtime = pagefind.filter((file) => RUNTIME.test(file.path.slice(pagefindDir.length))).map((file) => file.path);
  const chunks = pagefind.filter((file) => file.path.startsWith(`${pagefindDir}index/`)).sort((a, b) => b.bytes - a.bytes);
  const shards = [...inputs.recordShards].sort((a, b) => a.bytes - b.bytes);
  const middle = Math.max(0, Math.floor((shards.length - inputs.batch) / 2));
  return [
    ...inputs.always,
    ...runtime.sort(),
    ...chunks.slice(0, 2).map((file) => file.path),
    ...shards.slice(middle, middle + inputs.batch).map((file) => file.path),
  ];
}
