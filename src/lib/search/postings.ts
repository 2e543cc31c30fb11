/**
 * Posting lists of the pair index: for one token, the record groups holding it, ascending, each
 * with how many of its records hold it (which orders the groups a query loads first). Stored as
 * one number per group: the gap to the previous group times `COUNTS`, plus the count less one
 * (counts above `COUNTS` are stored as `COUNTS`): small numbers, which keeps shard files small.
 */

/** Counts are kept up to this; a group with more records holding a token ranks as one with this many. */
export const COUNTS = 8;

/** A group and how many of its records hold a token. */
export type Posting = readonly [group: number, count: number];

/**
 * The stored numbers of ascending postings.
 * @example encodePostings([[3, 1], [4, 2], [10, 20]]) // [24, 9, 55]
 */
export function encodePostings(postings: readonly Posting[]): number[] {
  return encodeFlatPostings(postings.flat());
}

/**
 * The stored numbers of ascending postings given flat (group, count, group, count…): how the
 * indexer holds them, a plain array of small integers instead of an array a posting, which at
 * 5,000 notices is the difference of a gigabyte.
 * @example encodeFlatPostings([3, 1, 4, 2]) // [24, 9]
 */
export function encodeFlatPostings(flat: readonly number[]): number[] {
  const stored: number[] = [];
  for (let i = 0; i < flat.length; i += 2) stored.push((flat[i]! - (i === 0 ? 0 : flat[i - 2]!)) * COUNTS + Math.min(flat[i + 1]!, COUNTS) - 1);
  return stored;
}

/**
 * The postings back from their stored numbers.
 * @example decodePostings([24, 9, 55]) // [[3, 1], [4, 2], [10, 8]]
 */
export function decodePostings(stored: readonly number[]): Posting[] {
  const postings: Posting[] = [];
  let group = 0;
  for (const value of stored) {
    group += Math.floor(value / COUNTS);
    postings.push([group, (value % COUNTS) + 1]);
  }
  return postings;
}

/** Groups in either ascending list, each with both counts added (records holding one or the other). */
export function unionPostings(a: readonly Posting[], b: readonly Posting[]): Posting[] {
  const out: Posting[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const left = a[i];
    const right = b[j];
    if (right === undefined || (left !== undefined && left[0] < right[0])) out.push(a[i++]!);
    else if (left === undefined || right[0] < left[0]) out.push(b[j++]!);
    else {
      out.push([left[0], left[1] + right[1]]);
      i++;
      j++;
    }
  }
  return out;
}

/** Groups in both ascending lists, each with the smaller count (records holding both are at most that many). */
export function intersectPostings(a: readonly Posting[], b: readonly Posting[]): Posting[] {
  const out: Posting[] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i]![0] < b[j]![0]) i++;
    else if (a[i]![0] > b[j]![0]) j++;
    else {
      out.push([a[i]![0], Math.min(a[i]![1], b[j]![1])]);
      i++;
      j++;
    }
  }
  return out;
}
