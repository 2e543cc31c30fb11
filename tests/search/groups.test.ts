import { expect, test } from 'vitest';
import { rankGroups } from '../../src/lib/search/candidates.ts';
import { GROUPS_PER_BATCH, groupBatches } from '../../src/lib/search/groups.ts';

test('candidate groups: most records holding the query first, then index order', () => {
  expect(rankGroups([[0, 2], [1, 3], [2, 1], [5, 3]])).toEqual([1, 5, 0, 2]);
});

test('batches of five groups', () => {
  expect(GROUPS_PER_BATCH).toBe(5);
  expect(groupBatches([4, 0, 7, 1, 2, 9])).toEqual([[4, 0, 7, 1, 2], [9]]);
});
