import { expect, test } from 'vitest';
import { shardFolder, splitEvenly } from '../../scripts/bench/split-corpus.ts';

test.each([
  [5, 2, [3, 2]],
  [200, 2, [100, 100]],
  [7, 3, [3, 2, 2]],
  [2, 3, [1, 1, 0]],
  [0, 2, [0, 0]],
])('%i notices in %i shards: %j', (count, parts, lengths) => {
  const items = Array.from({ length: count }, (_, i) => i);
  const runs = splitEvenly(items, parts);
  expect(runs.map((run) => run.length)).toEqual(lengths);
  expect(runs.flat()).toEqual(items);
});

test('a split needs at least one part', () => {
  expect(() => splitEvenly([1], 0)).toThrow();
  expect(() => splitEvenly([1], 1.5)).toThrow();
});

test('the main shard at the top of the deployment, the others under shards/', () => {
  expect([0, 1, 2].map(shardFolder)).toEqual(['', 'shards/2/', 'shards/3/']);
});
