/**
 * The other shards of the collection this site's search combines, listed at build time in
 * search/shards.js (`--merge` of scripts/search-index.ts; an empty list for a site built alone).
 * Only a search over http(s) reads it: from file:// the browser runs the fallback of the shard
 * it is in. Browser only.
 */
import { SHARDS_FILE, type ShardPaths } from './fallback-data.ts';
import { loadData } from './loader.ts';
import { SEARCH_DIR } from './paths.ts';

/** One other shard: its root relative to this site's (as built), and resolved. */
export interface Shard {
  path: string;
  root: URL;
}

let shards: Promise<Shard[]> | undefined;

/** The shards besides this site, in the order the build listed them; loaded once. */
export function loadShards(root: URL): Promise<Shard[]> {
  shards ??= loadData<ShardPaths>(new URL(SEARCH_DIR + SHARDS_FILE, root).href, 'shards').then((paths) =>
    paths.map((path) => ({ path, root: new URL(path, root) })),
  );
  return shards;
}
