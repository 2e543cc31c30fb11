import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { relativizeCss } from './relativize-css.ts';
import { relativizeHtml } from './relativize-html.ts';
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

/** A built file's text with its internal URLs made relative; other files as they are. */
async function relativeBytes(path: string, bytes: Uint8Array): Promise<Uint8Array> {
  if (!path.endsWith('.html') && !path.endsWith('.css')) return bytes;
  const text = Buffer.from(bytes).toString('utf8');
  const out = path.endsWith('.html') ? await relativizeHtml(text, path) : relativizeCss(text, path);
  return out === text ? bytes : Buffer.from(out, 'utf8');
}

/** A cached entry: CRC-32 and size (4 bytes each, little-endian), then the DEFLATE bytes. */
function encodeCached({ deflated, crc, size }: ZipEntry): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32LE(crc >>> 0, 0);
  head.writeUInt32LE(size, 4);
  return Buffer.concat([head, deflated]);
}

function decodeCached(path: string, data: Buffer): ZipEntry {
  return { path, crc: data.readUInt32LE(0), size: data.readUInt32LE(4), deflated: data.subarray(8) };
}

const cachePath = (cache: PassCache, key: string): string => join(cache.dir, key.slice(0, 2), key);

/**
 * The post-build pass over one file of dist/: make its internal URLs relative (rewriting it on
 * disk when that changes it) and compress it for the zip. The result is cached under a key of the
 * file's path, its bytes as built and the pass's code, so an unchanged page of a rebuild (Astro's
 * incremental build copies it as first built) is decompressed from the cache, not tokenized again.
 */
export async function passFile(dist: string, path: string, cache: PassCache | null): Promise<PassedFile> {
  const full = join(dist, path);
  const built: Uint8Array = await readFile(full);
  const key = createHash('sha256').update(cache?.version ?? '').update(path).update('\0').update(built).digest('hex');
  if (cache) {
    const hit = await readFile(cachePath(cache, key)).catch(() => null);
    if (hit) {
      const entry = decodeCached(path, hit);
      const bytes = inflateRawSync(entry.deflated);
      if (!Buffer.from(built).equals(bytes)) await writeFile(full, bytes);
      return { entry, fate: 'cached', key };
    }
  }
  const bytes = await relativeBytes(path, built);
  if (bytes !== built) await writeFile(full, bytes);
  const entry = deflateEntry(path, bytes);
  if (cache) {
    await mkdir(join(cachePath(cache, key), '..'), { recursive: true });
    await writeFile(cachePath(cache, key), encodeCached(entry));
  }
  return { entry, fate: bytes === built ? 'unchanged' : 'rewritten', key };
}
