import { expect, test } from 'vitest';
import { isSearchIndexFile } from '../../scripts/search/search-index-paths.ts';

test.each([
  ['pagefind/pagefind.js', true],
  ['pagefind/fragment/zh-cn_1a2b3c.pf_fragment', true],
  ['search/fallback/t-12.js', true],
  ['search/fallback/manifest.js', true],
  ['search/search.js', true],
  ['search/t2cn.js', true],
  ['search/facets.js', true],
  ['search/first-search.json', true],
  // Astro's: the search page and the script the search form's page bundles.
  ['search/index.html', false],
  ['search/open-filters.js', false],
  ['plans/qinghe-2021/index.html', false],
  ['data/qinghe-2021/actions.csv', false],
])('isSearchIndexFile(%s) is %s', (path, expected) => {
  expect(isSearchIndexFile(path)).toBe(expected);
});
