import { readdir, rm, rmdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { isOpenDataFile } from './open-data-paths.ts';

/**
 * Remove every open data file of `dist` (isOpenDataFile) that this run did not write or keep
 * (`written`, paths under dist/): a removed plan's files, left by the last build, and their folder
 * once empty. Returns their paths.
 */
export async function removeUnwritten(dist: string, written: ReadonlySet<string>): Promise<string[]> {
  const removed: string[] = [];
  for (const folder of ['data', 'compare']) {
    const entries = await readdir(join(dist, folder), { recursive: true, withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const path = relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/');
      if (!entry.isFile() || !isOpenDataFile(path) || written.has(path)) continue;
      await rm(join(dist, path), { force: true });
      // A removed plan's folder goes with its last file (a folder still holding files stays).
      await rmdir(join(entry.parentPath)).catch(() => {});
      removed.push(path);
    }
  }
  return removed;
}
