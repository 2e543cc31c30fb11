import { expect, test } from 'vitest';
import { mergedFirstSearch } from '../../scripts/bench/merged-first-search.ts';

test('a first search on the main shard reads its own first search and the merged part of every other shard', () => {
  expect(
    mergedFirstSearch([
      { folder: '', files: ['search/search.js', 'pagefind/pagefind.js'], merged: ['search/pagefind-groups.js'] },
      { folder: 'shards/2/', files: ['search/search.js'], merged: ['search/pagefind-groups.js', 'pagefind/pagefind-entry.json'] },
    ]),
  ).toEqual(['search/search.js', 'pagefind/pagefind.js', 'shards/2/search/pagefind-groups.js', 'shards/2/pagefind/pagefind-entry.json']);
  expect(mergedFirstSearch([])).toEqual([]);
});
