import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Write `contents` to `target` unless the file there already holds exactly these bytes (the last
 * build's, kept in place: scripts/astro/stale-files.ts): an unchanged file keeps its time, so the
 * post-build pass leaves it unread, and its inode is not given up and taken again. Returns whether
 * it wrote.
 */
export async function writeIfChanged(target: string, contents: string | Uint8Array): Promise<boolean> {
  const bytes = typeof contents === 'string' ? Buffer.from(contents, 'utf8') : contents;
  const existing = await readFile(target).catch(() => null);
  if (existing !== null && existing.equals(bytes)) return false;
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, bytes);
  return true;
}
