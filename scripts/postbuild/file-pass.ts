import { readFile, rename, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { relativizeCss } from './relativize-css.ts';
import { relativizeHead } from './relativize-head.ts';
import { relativizeHtml } from './relativize-html.ts';
import { deployedBase, NOT_FOUND_PAGE, rootedUrl } from './not-found-urls.ts';
import type { PreviousZip } from './previous-zip.ts';
import { compressEntry, type ZipEntry } from './zip-files.ts';

/** What the pass did with one file: rewrote it, or left it as built. */
export type FileFate = 'rewritten' | 'unchanged';

/** One file of dist/ after the pass: its zip entry, what was done, and whether the entry came from the previous zip. */
export interface PassedFile {
  entry: ZipEntry;
  fate: FileFate;
  reused: boolean;
}

/**
 * A built file's bytes with every internal URL relative: a page's head is checked and any
 * root-absolute URL left there made relative (the page writes its own links relative as it renders,
 * src/lib/urls.ts, and its stylesheet links too, src/middleware.ts, so a page normally comes back
 * as it was and is not rewritten), and a stylesheet's url()s; other files as they are.
 */
async function relativeBytes(path: string, bytes: Buffer): Promise<Buffer> {
  if (path.endsWith('.html') && path !== NOT_FOUND_PAGE) return relativizeHead(bytes, path);
  if (!path.endsWith('.html') && !path.endsWith('.css')) return bytes;
  const text = bytes.toString('utf8');
  // The 404 page is shown at any depth: it renders root-absolute URLs (src/middleware.ts), all of
  // them rooted here at the deployment's path; it is the one page tokenized whole.
  const out = path.endsWith('.css') ? relativizeCss(text, path) : await relativizeHtml(text, path, rootedUrl(deployedBase(process.env['SITE_URL'])));
  return out === text ? bytes : Buffer.from(out, 'utf8');
}

/**
 * The post-build pass over one file of dist/: make the URLs Astro wrote itself relative (rewriting
 * it on disk when that changes it) and compress it for the zip, or take its compressed bytes from
 * `previous` (the last build's zip) when the file is the same. A file unchanged since the last
 * pass is not passed at all (postbuild.ts, pass-manifest.ts: by its stat, which costs a cold build
 * nothing, where an earlier cache keyed by each file's bytes cost it more than it saved).
 */
export async function passFile(dist: string, path: string, previous: PreviousZip | null = null): Promise<PassedFile> {
  const full = join(dist, path);
  const built = await readFile(full);
  const bytes = await relativeBytes(path, built);
  if (bytes !== built) {
    // Whole or not at all: the next build keeps this page in place (scripts/astro/keep-built-pages.ts).
    const { atime, mtime } = await stat(full);
    await writeFile(`${full}.partial`, bytes);
    // With the built file's time (in ms, so never later): any other write after the rename stamps
    // it with a later time, which the next pass sees (pass-manifest.ts, trustsStat).
    await utimes(`${full}.partial`, atime, mtime);
    await rename(`${full}.partial`, full);
  }
  const { entry, reused } = await compressEntry(path, bytes, previous);
  return { entry, fate: bytes === built ? 'unchanged' : 'rewritten', reused };
}
