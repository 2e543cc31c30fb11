/**
 * Record groups (the records of one plan, or of one place's units) are searched, loaded and
 * ranked together: either engine names the best groups, and their records are loaded a few
 * groups at a time.
 */

/** Record groups are loaded this many at a time, by either engine: a first page is ranked across them. */
export const GROUPS_PER_BATCH = 5;

/**
 * Split ordered groups (numbers, or a shard's groups) into batches of `GROUPS_PER_BATCH`.
 * @example groupBatches([4, 0, 7, 1, 2, 9]) // [[4, 0, 7, 1, 2], [9]]
 */
export function groupBatches<T>(groups: readonly T[]): T[][] {
  const batches: T[][] = [];
  for (let i = 0; i < groups.length; i += GROUPS_PER_BATCH) batches.push(groups.slice(i, i + GROUPS_PER_BATCH));
  return batches;
}
