/**
 * Splitting a bench corpus into shards, as a national collection would be split by province, and
 * where each shard goes in the one deployment they make. Pure.
 */

/**
 * `items` in `parts` runs of nearly equal length, in order (the longer runs first).
 * @example splitEvenly(['a', 'b', 'c', 'd', 'e'], 2) // [['a', 'b', 'c'], ['d', 'e']]
 */
export function splitEvenly<T>(items: readonly T[], parts: number): T[][] {
  if (!Number.isInteger(parts) || parts < 1) throw new Error(`cannot split into ${parts} parts`);
  const runs: T[][] = [];
  let start = 0;
  for (let i = 0; i < parts; i++) {
    const length = Math.floor(items.length / parts) + (i < items.length % parts ? 1 : 0);
    runs.push(items.slice(start, start + length));
    start += length;
  }
  return runs;
}

/**
 * The folder of shard `index` in the deployment, relative to its top: the main shard (0), whose
 * search page combines the others, at the top; shard i at shards/<i + 1>/.
 * @example shardFolder(0) // ''
 * @example shardFolder(1) // 'shards/2/'
 */
export function shardFolder(index: number): string {
  return index === 0 ? '' : `shards/${index + 1}/`;
}
