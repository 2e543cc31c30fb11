/**
 * Posting lists of the fallback index: ascending record numbers, stored as gaps (the first
 * number, then the difference to each next one), which keeps shard files small.
 */

/**
 * Gaps of an ascending list.
 * @example encodePostings([3, 4, 10]) // [3, 1, 6]
 */
export function encodePostings(ids: readonly number[]): number[] {
  return ids.map((id, i) => (i === 0 ? id : id - ids[i - 1]!));
}

/**
 * The ascending list back from its gaps.
 * @example decodePostings([3, 1, 6]) // [3, 4, 10]
 */
export function decodePostings(gaps: readonly number[]): number[] {
  const ids: number[] = [];
  let id = 0;
  for (const gap of gaps) ids.push((id += gap));
  return ids;
}

/** Numbers in both ascending lists. */
export function intersectPostings(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      out.push(a[i]!);
      i++;
      j++;
    }
  }
  return out;
}

/** Numbers in any of the lists, ascending and without repeats. */
export function unionPostings(lists: readonly (readonly number[])[]): number[] {
  return [...new Set(lists.flat())].sort((a, b) => a - b);
}
