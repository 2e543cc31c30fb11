import { zipSync, type Zippable } from 'fflate';

/** A fixed timestamp for every entry, so the same files always give the same zip bytes. */
const FIXED_MTIME = new Date(Date.UTC(2000, 0, 1));

/**
 * Zip files (path → bytes) deterministically: entries sorted by path, one fixed mtime,
 * fixed compression level. Paths use forward slashes and are placed under `folder/`.
 */
export function zipFiles(files: ReadonlyMap<string, Uint8Array>, folder: string): Uint8Array {
  const tree: Zippable = {};
  for (const path of [...files.keys()].sort()) {
    tree[`${folder}/${path}`] = [files.get(path)!, { mtime: FIXED_MTIME, level: 9 }];
  }
  return zipSync(tree, { mtime: FIXED_MTIME });
}
