/**
 * The Pagefind engine (over http(s)). Pagefind indexes one page per record group — a plan with all
 * its clauses, or a place's units — so its index stays small as the site grows; it answers which
 * groups hold the words, best first. The records of those groups come from the same shards the
 * fallback uses, and are checked, filtered and ranked clause by clause. A collection built in
 * shards (shards.ts) is searched as one: every other shard's index is merged into this
 * site's (Pagefind's mergeIndex), and its groups are loaded from its own folder. Browser only.
 */
import type { SearchEngine } from './engine.ts';
import { PAGEFIND_GROUPS_FILE, type PagefindGroups } from './fallback-data.ts';
import { recordGroupLoader } from './fallback.ts';
import { groupBatches } from './groups.ts';
import { loadData } from './loader.ts';
import { PAGEFIND_DIR, SEARCH_DIR } from './paths.ts';
import type { FilterChoice } from './record.ts';
import { loadShards } from './shard-list.ts';
import { shardGroups, shardRecord, type ShardGroup } from './shards.ts';
import { batchedSource } from './source.ts';

interface Pagefind {
  init(): Promise<void>;
  mergeIndex(bundlePath: string): Promise<void>;
  search(query: string, options?: { filters?: Record<string, string | { any: string[] }> }): Promise<{ results: { id: string }[] } | null>;
}

/** One site whose index the search covers: its path from this site's root ("" for this site), its root, its result → group map. */
interface Site {
  path: string;
  root: URL;
  groups: PagefindGroups;
}

const groupMap = (root: URL) => loadData<PagefindGroups>(new URL(SEARCH_DIR + PAGEFIND_GROUPS_FILE, root).href, 'pagefindGroups');

/** Load Pagefind from the site root, with every other shard's index merged in; rejects where it cannot run (file://, a host without WebAssembly). */
export async function openPagefind(root: URL): Promise<SearchEngine> {
  const url = new URL(`${PAGEFIND_DIR}pagefind.js`, root).href;
  const [pagefind, groups, shards] = await Promise.all([import(/* @vite-ignore */ url) as Promise<Pagefind>, groupMap(root), loadShards(root)]);
  await pagefind.init();
  // A shard's group map is read before its index is merged, so a shard missing from the deployment
  // is left out (the others are still searched) rather than leaving Pagefind an index it cannot open.
  const others = await Promise.all(
    shards.map(async ({ path, root: shardRoot }): Promise<Site | null> => {
      const map = await groupMap(shardRoot).catch((error: unknown) => {
        console.warn(`The shard at ${path} is missing; searching without it.`, error);
        return null;
      });
      if (!map) return null;
      await pagefind.mergeIndex(new URL(PAGEFIND_DIR, shardRoot).href);
      return { path, root: shardRoot, groups: map };
    }),
  );
  const sites: Site[] = [{ path: '', root, groups }, ...others.filter((site): site is Site => site !== null)];
  const loaders = sites.map((site) => recordGroupLoader(site.root));
  const load = async ({ site, group }: ShardGroup) => (await loaders[site]!(group)).map((record) => shardRecord(record, sites[site]!.path));
  return {
    name: 'pagefind',
    async search(terms, filters: FilterChoice) {
      // A page's filter values are its records' together, so Pagefind's filtering keeps every page
      // that may hold a match; each record is filtered again when it is checked. Several values of
      // one filter are alternatives: Pagefind's compound filter "any".
      const options = {
        filters: Object.fromEntries(Object.entries(filters).map(([key, values]) => [key, values.length === 1 ? values[0]! : { any: [...values] }])),
      };
      // Pagefind drops a term found nowhere and answers for the others (心理 輔導 would find every
      // page with 心理): a term that finds nothing alone makes the whole search find nothing.
      const alone = terms.length > 1 ? await Promise.all(terms.map((term) => pagefind.search(term, options))) : [];
      const found = alone.some((response) => !response?.results.length) ? [] : ((await pagefind.search(terms.join(' '), options))?.results ?? []);
      const refs = shardGroups(
        found.map((result) => result.id),
        sites.map((site) => site.groups),
      );
      const batches = groupBatches(refs).map((batch) => async () => (await Promise.all(batch.map(load))).flat());
      return batchedSource(batches, terms, filters);
    },
  };
}
