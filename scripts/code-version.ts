import { createHash } from 'node:crypto';
import { readFile, readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';

/**
 * A hash of the code that decides a cached result: every .ts file under the given folders, and the
 * given files themselves (e.g. package-lock.json, for the libraries the code calls). A cache keyed
 * by it starts afresh whenever that code changes.
 */
export async function codeVersion(root: string, paths: readonly string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const path of paths) {
    const full = join(root, path);
    const files = (await stat(full)).isDirectory()
      ? (await readdir(full, { recursive: true, withFileTypes: true }))
          .filter((e) => e.isFile() && e.name.endsWith('.ts'))
          .map((e) => join(e.parentPath, e.name))
          .sort()
      : [full];
    for (const file of files) hash.update(relative(root, file)).update(await readFile(file));
  }
  return hash.digest('hex').slice(0, 16);
}
