import { createHash } from 'node:crypto';
import { copyFile, link, mkdir, readdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { codeVersion } from '../code-version.ts';

/**
 * The name a zip is kept under: its deflate recipe, from the code that decides an entry's
 * compressed bytes (`code`: zlib's level and strategy are in zip-files.ts) and the zlib that runs
 * it (Node's own). A zip kept under another recipe is never read, so a reused entry is always the
 * bytes a cold build would write.
 * @example keptZipName('3f2a…', '1.3.1') // 'site-9c41e07b5d2a6f18.zip'
 */
export function keptZipName(code: string, zlib: string): string {
  return `site-${createHash('sha256').update(code).update('\0').update(zlib).digest('hex').slice(0, 16)}.zip`;
}

/** Where the last build's zip is kept for the next one to reuse, in `cacheDir`: one file, named by its deflate recipe. */
export async function keptZipPath(cacheDir: string): Promise<string> {
  const code = await codeVersion(resolve(import.meta.dirname, '..', '..'), ['scripts/postbuild/zip-files.ts']);
  return join(cacheDir, keptZipName(code, process.versions.zlib));
}

/**
 * Keep the zip just written at `zipPath` as `kept` for the next build, and drop any older one with
 * its manifest (`<zip>.files`, pass-manifest.ts; the caller puts the new one beside it after). A
 * hard link costs nothing (the zip is written afresh each time, never rewritten in place, so the
 * two never change together); a copy where the folders are on different file systems.
 */
export async function keepZip(zipPath: string, kept: string): Promise<void> {
  const dir = join(kept, '..');
  await mkdir(dir, { recursive: true });
  for (const name of await readdir(dir)) if (name.startsWith('site-') && (name.endsWith('.zip') || name.endsWith('.zip.files'))) await rm(join(dir, name), { force: true });
  await link(zipPath, kept).catch(() => copyFile(zipPath, kept));
}
