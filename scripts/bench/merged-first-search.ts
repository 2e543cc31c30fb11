/**
 * The files a first search on the main shard of a sharded deployment reads, from the shards'
 * search/first-search.json (scripts/search/first-search.ts): the main shard's own first search,
 * and what its merged search reads of every other shard. Pure.
 */

/** One shard's search/first-search.json and where the shard sits in the deployment ("" or "shards/2/"). */
export interface ShardFirstSearch {
  folder: string;
  files: readonly string[];
  merged: readonly string[];
}

/** Paths relative to the deployment's top; the first shard is the one searched from. */
export function mergedFirstSearch(shards: readonly ShardFirstSearch[]): string[] {
  const [main, ...others] = shards;
  if (!main) return [];
  return [...main.files.map((file) => main.folder + file), ...others.flatMap((shard) => shard.merged.map((file) => shard.folder + file))];
}
