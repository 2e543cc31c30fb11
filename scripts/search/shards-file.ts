/**
 * search/shards.js: the other shards of a collection that this site's search combines with its
 * own (src/lib/search/shards.ts), as relative URLs of their roots; an empty list for a site built
 * alone. Pure.
 */
import { REGISTRY, SHARDS_FILE } from '../../src/lib/search/fallback-data.ts';
import { SEARCH_DIR } from '../../src/lib/search/paths.ts';
import { shardPaths } from '../../src/lib/search/shards.ts';
import { registryScript, type OutputFile } from './generated.ts';

/** The shards script; throws on a path that is not a relative folder URL. */
export function shardsFile(paths: readonly string[]): OutputFile {
  return { path: SEARCH_DIR + SHARDS_FILE, contents: registryScript(REGISTRY, 'shards', [shardPaths(paths)]) };
}
