/**
 * Record groups: the records of one plan (or of one place's units) are numbered consecutively,
 * and the manifest lists where each group starts.
 */

/**
 * The group holding record `id`, given the ascending first numbers of the groups.
 * @example groupOf(75, [0, 71, 272]) // 1
 */
export function groupOf(id: number, starts: readonly number[]): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= id) low = middle;
    else high = middle - 1;
  }
  return low;
}

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

/**
 * The groups of candidate records, most candidates first (then in index order), each with its
 * candidates: how the fallback orders what it loads, as Pagefind's ranking of pages does.
 * @example candidateGroups([1, 2, 80, 81, 82], [0, 50]) // [[1, [80, 81, 82]], [0, [1, 2]]]
 */
export function candidateGroups(ids: readonly number[], starts: readonly number[]): [number, number[]][] {
  const groups = new Map<number, number[]>();
  for (const id of ids) {
    const group = groupOf(id, starts);
    if (groups.has(group)) groups.get(group)!.push(id);
    else groups.set(group, [id]);
  }
  return [...groups].sort((a, b) => b[1].length - a[1].length || a[0] - b[0]);
}
