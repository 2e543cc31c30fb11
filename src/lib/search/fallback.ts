/**
 * The pair-index engine, over http(s) and from disk alike: the index written at build time into
 * search/fallback/ as plain scripts (fallback-data.ts), which a browser runs from file:// too,
 * loaded shard by shard as the query needs them, so a large site is never loaded whole: the token
 * shards of the query's pairs and filters, then the record shards of the best candidate groups,
 * a few at a time. No WebAssembly, no worker: a first search reads a few small files. Browser only.
 */
import { findPostings, rankGroups } from './candidates.ts';
import type { SearchEngine } from './engine.ts';
import { FALLBACK_DIR, fallbackFiles, type FallbackManifest, type TokenShard } from './fallback-data.ts';
import { groupBatches } from './groups.ts';
import { loadData } from './loader.ts';
import { SEARCH_DIR } from './paths.ts';
import type { SearchRecord } from './record.ts';
import { batchedSource } from './source.ts';

/** Loads the record shards of the site at `root`: group g → its records. */
export function recordGroupLoader(root: URL): (group: number) => Promise<SearchRecord[]> {
  const base = new URL(SEARCH_DIR + FALLBACK_DIR, root);
  return (group) => loadData<SearchRecord[]>(new URL(fallbackFiles.records(group), base).href, `r${group}`);
}

/** Open the pair index of the site at `root`. */
export async function openFallback(root: URL): Promise<SearchEngine> {
  const base = new URL(SEARCH_DIR + FALLBACK_DIR, root);
  const file = (name: string) => new URL(name, base).href;
  const manifest = await loadData<FallbackManifest>(file(fallbackFiles.manifest), 'manifest');
  const tokens = (shard: number) => loadData<TokenShard>(file(fallbackFiles.tokens(shard)), `t${shard}`);
  const group = recordGroupLoader(root);
  return {
    name: 'fallback',
    async search(terms, filters) {
      const groups = rankGroups(await findPostings(terms, filters, manifest.tokenShards, tokens));
      const batches = groupBatches(groups).map((batch) => async () => (await Promise.all(batch.map(group))).flat());
      return batchedSource(batches, terms, filters);
    },
  };
}
