import fc from 'fast-check';
import { expect, test } from 'vitest';
import { COUNTS, decodePostings, encodeFlatPostings, encodePostings, intersectPostings, unionPostings, type Posting } from '../../src/lib/search/postings.ts';

const postings = fc
  .uniqueArray(fc.tuple(fc.nat(5000), fc.integer({ min: 1, max: COUNTS })), { selector: ([group]) => group })
  .map((list) => list.sort((a, b) => a[0] - b[0]) as Posting[]);

test('groups and counts round-trip; counts above COUNTS are kept as COUNTS', () => {
  expect(encodePostings([[3, 1], [4, 2], [10, 20]])).toEqual([24, 9, 55]);
  expect(decodePostings([24, 9, 55])).toEqual([[3, 1], [4, 2], [10, COUNTS]]);
  fc.assert(
    fc.property(postings, (list) => {
      expect(decodePostings(encodePostings(list))).toEqual(list);
    }),
  );
});

test('intersection keeps the groups in both, with the smaller count', () => {
  fc.assert(
    fc.property(postings, postings, (a, b) => {
      const counts = new Map(b);
      expect(intersectPostings(a, b)).toEqual(a.filter(([group]) => counts.has(group)).map(([group, count]) => [group, Math.min(count, counts.get(group)!)]));
    }),
  );
});

test('union keeps the groups in either, ascending, with the counts added', () => {
  expect(unionPostings([[1, 2], [4, 1]], [[2, 1], [4, 3]])).toEqual([[1, 2], [2, 1], [4, 4]]);
  fc.assert(
    fc.property(postings, postings, (a, b) => {
      const counts = new Map<number, number>();
      for (const [group, count] of [...a, ...b]) counts.set(group, (counts.get(group) ?? 0) + count);
      expect(unionPostings(a, b)).toEqual([...counts].sort((x, y) => x[0] - y[0]));
    }),
  );
});

test('the indexer’s flat lists encode as the postings do', () => {
  expect(encodeFlatPostings([3, 1, 4, 2])).toEqual([24, 9]);
  fc.assert(
    fc.property(postings, (list) => {
      expect(encodeFlatPostings(list.flat())).toEqual(encodePostings(list));
    }),
  );
});
