/**
 * The Pagefind engine (over http(s)). Pagefind indexes one page per record group — a plan with all
 * its clauses, or a place's units — so its index stays small as the site grows; it answers which
 * groups hold the words, best first. The records of those groups come from the same shards the
 * fallback uses, and are checked, filtered and ranked clause by clause. Browser only.
 */
import type { SearchEngine } from './search-engine.ts';
import { PAGEFIND_GROUPS_FILE, type PagefindGroups } from './search-fallback-data.ts';
import { recordGroupLoader } from './search-fallback.ts';
import { groupBatches } from './search-groups.ts';
import { loadData } from './search-loader.ts';
import { PAGEFIND_DIR, SEARCH_DIR } from './search-paths.ts';
import type { SearchFilters } from './search-record.ts';
import { batchedSource } from './search-source.ts';

interface Pagefind {
  init(): Promise<void>;
  search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: { id: string }[] } | null>;
}

/** Load Pagefind from the site root; rejects where it cannot run (file://, a host without WebAssembly). */
export async function openPagefind(root: URL): Promise<SearchEngine> {
  const url = new URL(`${PAGEFIND_DIR}pagefind.js`, root).href;
  const [pagefind, groups] = await Promise.all([
    import(/* @vite-ignore */ url) as Promise<Pagefind>,
    loadData<PagefindGroups>(new URL(SEARCH_DIR + PAGEFIND_GROUPS_FILE, root).href, 'pagefindGroups'),
  ]);
  await pagefind.init();
  const group = recordGroupLoader(root);
  return {
    name: 'pagefind',
    async search(terms, filters: SearchFilters) {
      // A page's filter values are its records' together, so Pagefind's filtering keeps every page
      // that may hold a match; each record is filtered again when it is checked.
      const options = { filters: { ...filters } as Record<string, string> };
      // Pagefind drops a term found nowhere and answers for the others (心理 輔導 would find every
      // page with 心理): a term that finds nothing alone makes the whole search find nothing.
      const alone = terms.length > 1 ? await Promise.all(terms.map((term) => pagefind.search(term, options))) : [];
      const found = alone.some((response) => !response?.results.length) ? [] : ((await pagefind.search(terms.join(' '), options))?.results ?? []);
      const ids = found.map((result) => groups[result.id]).filter((g): g is number => g !== undefined);
      const batches = groupBatches(ids).map((batch) => async () => (await Promise.all(batch.map(group))).flat());
      return batchedSource(batches, terms, filters);
    },
  };
}
