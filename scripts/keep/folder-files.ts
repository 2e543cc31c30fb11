import { readdir, readFile, rm, rmdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { writeIfChanged } from './write-if-changed.ts';

/** Every file under `dir`, relative to it with forward slashes, sorted; none when it does not exist. */
export async function listFolderFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** Remove `paths` (relative to `dir`, forward slashes), then each folder they leave empty; a folder still holding files stays. */
export async function removeFiles(dir: string, paths: readonly string[]): Promise<void> {
  const folders = new Set<string>();
  for (const path of paths) {
    await rm(join(dir, path), { force: true });
    for (let at = path.lastIndexOf('/'); at > 0; at = path.lastIndexOf('/', at - 1)) folders.add(path.slice(0, at));
  }
  // Deepest first, so a folder is empty by the time its parent is tried.
  for (const folder of [...folders].sort((a, b) => b.length - a.length)) await rmdir(join(dir, folder)).catch(() => {});
}

/** Remove every file under `dir` but `keep` (paths relative to it), then each folder left empty. Returns the removed files. */
export async function removeOtherFiles(dir: string, keep: ReadonlySet<string>): Promise<string[]> {
  const removed = (await listFolderFiles(dir)).filter((path) => !keep.has(path));
  await removeFiles(dir, removed);
  return removed;
}

/** What syncFolder did: files written (new or changed), kept as they were, and removed. */
export interface SyncCounts {
  written: number;
  kept: number;
  removed: number;
}

/**
 * Make `to` hold exactly the files of `from`, writing only those whose bytes differ (writeIfChanged)
 * and removing the rest: for a tool that writes a whole folder each run (Pagefind), so a rebuild
 * leaves its unchanged files, and their times, as they were.
 */
export async function syncFolder(from: string, to: string): Promise<SyncCounts> {
  const files = await listFolderFiles(from);
  // Removed first: a path that was a file and is now a folder (or the other way) is free by then.
  const removed = await removeOtherFiles(to, new Set(files));
  let written = 0;
  for (const path of files) if (await writeIfChanged(join(to, path), await readFile(join(from, path)))) written += 1;
  return { written, kept: files.length - written, removed: removed.length };
}
