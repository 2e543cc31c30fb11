import { mkdir, readdir, readFile, rm, rmdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { isOpenDataFile } from './open-data-paths.ts';

/**
 * Write `contents` to `target` unless the file there already holds exactly these bytes (the last
 * build's, kept in place: scripts/astro/stale-files.ts): an unchanged file keeps its time, so the
 * post-build pass leaves it unread. Returns whether it wrote.
 */
export async function writeIfChanged(target: string, contents: string | Uint8Array): Promise<boolean> {
  const bytes = typeof contents === 'string' ? Buffer.from(contents, 'utf8') : contents;
  const existing = await readFile(target).catch(() => null);
  if (existing !== null && existing.equals(bytes)) return false;
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, bytes);
  return true;
}

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
