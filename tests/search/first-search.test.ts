import { expect, test } from 'vitest';
import { firstSearchFiles, mergedSearchFiles, type SizedFile } from '../../scripts/search/first-search.ts';

const pagefind: SizedFile[] = [
  { path: 'pagefind/pagefind.js', bytes: 47_000 },
  { path: 'pagefind/pagefind-worker.js', bytes: 30_000 },
  { path: 'pagefind/wasm.unknown.pagefind', bytes: 60_000 },
  { path: 'pagefind/pagefind-entry.json', bytes: 200 },
  { path: 'pagefind/pagefind.zh-cn_b3657ef.pf_meta', bytes: 900 },
  { path: 'pagefind/index/zh-cn_small.pf_index', bytes: 1_000 },
  { path: 'pagefind/index/zh-cn_large.pf_index', bytes: 40_000 },
  { path: 'pagefind/index/zh-cn_middle.pf_index', bytes: 20_000 },
  { path: 'pagefind/fragment/zh-cn_f1.pf_fragment', bytes: 9_000 },
  { path: 'pagefind/filter/zh-cn_x.pf_filter', bytes: 500 },
];
const recordShards = [4, 1, 3, 2, 5, 6, 7].map((n): SizedFile => ({ path: `search/fallback/r-${n}.js`, bytes: n * 100 }));
const tokenShards = [3, 9, 1, 7, 8, 2].map((n): SizedFile => ({ path: `search/fallback/t-${n}.js`, bytes: n * 1_000 }));

test('a first search reads the client, the shard list, the manifest, the three largest token shards and a median batch', () => {
  const always = ['search/search.js', 'search/shards.js', 'search/fallback/manifest.js'];
  expect(firstSearchFiles({ always, tokenShards, recordShards, batch: 3 })).toEqual([
    ...always,
    'search/fallback/t-9.js',
    'search/fallback/t-8.js',
    'search/fallback/t-7.js',
    'search/fallback/r-3.js',
    'search/fallback/r-4.js',
    'search/fallback/r-5.js',
  ]);
});

test('a site merged as a shard is read for its group map, entry, language meta and two largest chunks, not its runtime', () => {
  expect(mergedSearchFiles({ pagefind, pagefindDir: 'pagefind/', groupMap: 'search/pagefind-groups.js' })).toEqual([
    'search/pagefind-groups.js',
    'pagefind/pagefind-entry.json',
    'pagefind/pagefind.zh-cn_b3657ef.pf_meta',
    'pagefind/index/zh-cn_large.pf_index',
    'pagefind/index/zh-cn_middle.pf_index',
  ]);
});
