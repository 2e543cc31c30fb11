import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { crc32, inflateRawSync } from 'node:zlib';
import { relativizeCss } from './relativize-css.ts';
import { relativizeHead } from './relativize-head.ts';
import { relativizeHtml } from './relativize-html.ts';
import { deployedBase, NOT_FOUND_PAGE, rootedUrl } from './not-found-urls.ts';
import { deflateEntry, type ZipEntry } from './zip-files.ts';

/** What the pass did with one file: rewrote it, left it as built, or reused a cached result. */
export type FileFate = 'rewritten' | 'unchanged' | 'cached';

/** One file of dist/ after the pass: its zip entry, what was done, and its cache key. */
export interface PassedFile {
  entry: ZipEntry;
  fate: FileFate;
  key: string;
}

/** Where one pass keeps its results between builds, and the version of the code that made them. */
export interface PassCache {
  dir: string;
  version: string;
}

/**
 * A built file's text with the internal URLs Astro wrote itself made relative: a page's stylesheet
 * links, in its head (the page's own links are written relative as it renders, src/lib/urls.ts),
 * and a stylesheet's url()s; other files as they are.
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

/** A cached entry: CRC-32 and size (4 bytes each, little-endian), then the DEFLATE bytes. */
function encodeCached({ deflated, crc, size }: ZipEntry): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32LE(crc >>> 0, 0);
  head.writeUInt32LE(size, 4);
  return Buffer.concat([head, deflated]);
}

/** A cached entry and the file bytes it holds, or null when it is damaged (a build stopped mid-write). */
function decodeCached(path: string, data: Buffer): { entry: ZipEntry; bytes: Buffer } | null {
  if (data.length < 8) return null;
  const entry = { path, crc: data.readUInt32LE(0), size: data.readUInt32LE(4), deflated: data.subarray(8) };
  try {
    const bytes = inflateRawSync(entry.deflated);
    return bytes.length === entry.size && crc32(bytes) === entry.crc ? { entry, bytes } : null;
  } catch {
    return null;
  }
}

const cachePath = (cache: PassCache, key: string): string => join(cache.dir, key.slice(0, 2), key);

/**
 * Keep an entry for the next build, written aside and renamed so another build never reads half of
 * it. Best effort: a cache that cannot be written (a full disk, a read-only folder) costs the next
 * build time, never this build.
 */
async function storeCached(target: string, entry: ZipEntry): Promise<void> {
  const aside = `${target}.${process.pid}-${threadId}.tmp`;
  try {
    await mkdir(join(target, '..'), { recursive: true });
    await writeFile(aside, encodeCached(entry));
    await rename(aside, target);
  } catch {
    await rm(aside, { force: true }).catch(() => {});
  }
}

/**
 * The post-build pass over one file of dist/: make the URLs Astro wrote itself relative (rewriting
 * it on disk when that changes it) and compress it for the zip. The result is cached under a key of
 * the file's path, its bytes as built and the pass's code, so an unchanged page of a rebuild
 * (Astro's incremental build copies it as first built) is decompressed from the cache, not
 * compressed again.
 */
export async function passFile(dist: string, path: string, cache: PassCache | null): Promise<PassedFile> {
  const full = join(dist, path);
  const built = await readFile(full);
  const key = createHash('sha256').update(cache?.version ?? '').update(path).update('\0').update(built).digest('hex');
  if (cache) {
    const data = await readFile(cachePath(cache, key)).catch(() => null);
    const hit = data && decodeCached(path, data);
    if (hit) {
      if (!built.equals(hit.bytes)) await writeFile(full, hit.bytes);
      return { entry: hit.entry, fate: 'cached', key };
    }
  }
  const bytes = await relativeBytes(path, built);
  if (bytes !== built) await writeFile(full, bytes);
  const entry = deflateEntry(path, bytes);
  if (cache) await storeCached(cachePath(cache, key), entry);
  return { entry, fate: bytes === built ? 'unchanged' : 'rewritten', key };
}
