import fc from 'fast-check';
import { expect, test } from 'vitest';
import { decodePostings, encodePostings, intersectPostings, unionPostings } from '../../src/lib/search/postings.ts';

const ascending = fc.uniqueArray(fc.nat(5000)).map((ids) => ids.sort((a, b) => a - b));

test('gaps round-trip', () => {
  expect(encodePostings([3, 4, 10])).toEqual([3, 1, 6]);
  fc.assert(
    fc.property(ascending, (ids) => {
      expect(decodePostings(encodePostings(ids))).toEqual(ids);
    }),
  );
});

test('intersection and union are the set operations', () => {
  fc.assert(
    fc.property(ascending, ascending, (a, b) => {
      expect(intersectPostings(a, b)).toEqual(a.filter((id) => b.includes(id)));
      expect(unionPostings([a, b])).toEqual([...new Set([...a, ...b])].sort((x, y) => x - y));
    }),
  );
});
