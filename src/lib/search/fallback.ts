/**
 * The plain-script engine: the index written at build time into search/fallback/ as scripts
 * (fallback-data.ts), loaded shard by shard as the query needs them, so it runs from
 * file:// and a large site is never loaded whole: the token shards of the query's pairs, then
 * the record shards of the groups with the most candidates, a few at a time. Browser only.
 */
import { findCandidates } from './candidates.ts';
import type { SearchEngine } from './engine.ts';
import { FALLBACK_DIR, fallbackFiles, type FallbackManifest, type TokenShard } from './fallback-data.ts';
import { candidateGroups, groupBatches } from './groups.ts';
import { loadData } from './loader.ts';
import { SEARCH_DIR } from './paths.ts';
import type { SearchRecord } from './record.ts';
import { batchedSource } from './source.ts';

/** Loads the record shards of the site at `root`: group g → its records. */
export function recordGroupLoader(root: URL): (group: number) => Promise<SearchRecord[]> {
  const base = new URL(SEARCH_DIR + FALLBACK_DIR, root);
  return (group) => loadData<SearchRecord[]>(new URL(fallbackFiles.records(group), base).href, `r${group}`);
}

/** Open the fallback index of the site at `root`. */
export async function openFallback(root: URL): Promise<SearchEngine> {
  const base = new URL(SEARCH_DIR + FALLBACK_DIR, root);
  const file = (name: string) => new URL(name, base).href;
  const manifest = await loadData<FallbackManifest>(file(fallbackFiles.manifest), 'manifest');
  const tokens = (shard: number) => loadData<TokenShard>(file(fallbackFiles.tokens(shard)), `t${shard}`);
  const group = recordGroupLoader(root);
  return {
    name: 'fallback',
    async search(terms, filters) {
      const groups = candidateGroups(await findCandidates(terms, manifest, tokens), manifest.groups);
      const candidates = new Map(groups);
      const batches = groupBatches(groups.map(([g]) => g)).map((batch) => async () => {
        const shards = await Promise.all(batch.map(group));
        return batch.flatMap((g, i) => candidates.get(g)!.map((id) => shards[i]![id - manifest.groups[g]!]!));
      });
      return batchedSource(batches, terms, filters);
    },
  };
}
