import { expect, test } from 'vitest';
import { GROUPS_PER_BATCH, candidateGroups, groupBatches, groupOf } from '../../src/lib/search/groups.ts';

test.each([
  [0, 0],
  [70, 0],
  [71, 1],
  [271, 1],
  [272, 2],
  [999, 2],
])('record %i is in group %i', (id, group) => expect(groupOf(id, [0, 71, 272])).toBe(group));

test('candidate groups: most candidates first, then index order', () => {
  expect(candidateGroups([1, 2, 80, 81, 82, 300], [0, 50, 200])).toEqual([[1, [80, 81, 82]], [0, [1, 2]], [2, [300]]]);
});

test('batches of five groups', () => {
  expect(GROUPS_PER_BATCH).toBe(5);
  expect(groupBatches([4, 0, 7, 1, 2, 9])).toEqual([[4, 0, 7, 1, 2], [9]]);
});
