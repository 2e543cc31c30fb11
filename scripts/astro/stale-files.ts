import { isOpenDataFile } from '../open-data/open-data-paths.ts';
import { isSearchIndexFile } from '../search/search-index-paths.ts';

/** A file of the output folder: its path and when it was last written (ms since the epoch). */
export interface BuiltFile {
  path: string;
  mtimeMs: number;
}

/**
 * The files a build left in its output folder that it did not make: neither a page or endpoint it
 * wrote or kept (`made`, Astro's list of each route's files) nor any other file written since it
 * started (`since`: Vite's bundles, public/). What is left is the last build's: pages of a plan
 * since removed, old hashed bundles.
 * Open data and search index files stay: open-data.ts and search-index.ts rewrite the ones that
 * changed and remove the rest of their own. Pure.
 * @example staleFiles([{ path: 'plans/gone/index.html', mtimeMs: 1 }], new Set(), 2) // ['plans/gone/index.html']
 */
export function staleFiles(files: readonly BuiltFile[], made: ReadonlySet<string>, since: number): string[] {
  return files.filter((file) => !made.has(file.path) && file.mtimeMs < since && !isOpenDataFile(file.path) && !isSearchIndexFile(file.path)).map((file) => file.path);
}
