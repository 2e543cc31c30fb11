import { listFolderFiles, removeFiles } from '../keep/folder-files.ts';
import { isOpenDataFile } from './open-data-paths.ts';

/**
 * Remove every open data file of `dist` (isOpenDataFile) that this run did not write or keep
 * (`written`, paths under dist/): a removed plan's files, left by the last build, and their folder
 * once empty. Returns their paths.
 */
export async function removeUnwritten(dist: string, written: ReadonlySet<string>): Promise<string[]> {
  const removed: string[] = [];
  for (const folder of ['data', 'compare']) {
    const paths = (await listFolderFiles(`${dist}/${folder}`)).map((path) => `${folder}/${path}`);
    removed.push(...paths.filter((path) => isOpenDataFile(path) && !written.has(path)));
  }
  await removeFiles(dist, removed);
  return removed;
}
