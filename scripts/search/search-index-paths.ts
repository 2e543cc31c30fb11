import { CONVERTER_FILE } from '../../src/lib/search/convert.ts';
import { FACETS_FILE, FALLBACK_DIR, PAGEFIND_GROUPS_FILE, PLACES_FILE, SHARDS_FILE } from '../../src/lib/search/fallback-data.ts';
import { PAGEFIND_DIR, SEARCH_DIR } from '../../src/lib/search/paths.ts';

/** The search client, in the search folder. */
export const CLIENT_FILE = 'search.js';

/** In the search folder: the files of a first search, for the bench and the tests (first-search.ts). */
export const FIRST_SEARCH_FILE = 'first-search.json';

/** Pagefind's own folder, beside the one it indexes into (in dist/); never part of a finished site. */
export const PAGEFIND_STAGING = '.pagefind-staging';

/** The files search-index.ts writes into the search folder itself (the page there is Astro's). */
const OWN_FILES = new Set([FACETS_FILE, PLACES_FILE, PAGEFIND_GROUPS_FILE, SHARDS_FILE, CLIENT_FILE, CONVERTER_FILE, FIRST_SEARCH_FILE].map((name) => SEARCH_DIR + name));

/**
 * Whether a file of dist/ (its path, forward slashes) is one search-index.ts writes: Pagefind's
 * folder, the fallback index and the search folder's data and client files. The stage writes each
 * again only where its bytes changed and removes its own files this build does not give, so a
 * rebuild leaves them where they are (scripts/astro/stale-files.ts) and the post-build pass need
 * not read them.
 * @example isSearchIndexFile('pagefind/fragment/zh-cn_1a2b.pf_fragment') // true
 * @example isSearchIndexFile('search/index.html') // false: the search page, Astro's
 */
export function isSearchIndexFile(path: string): boolean {
  return path.startsWith(PAGEFIND_DIR) || path.startsWith(SEARCH_DIR + FALLBACK_DIR) || OWN_FILES.has(path);
}
