import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Whether bytes are already gzip (Pagefind's index, fragments, metadata and WebAssembly are). */
const isGzip = (bytes: Uint8Array): boolean => bytes[0] === 0x1f && bytes[1] === 0x8b;

/**
 * Bytes a browser transfers for one file over http(s) from a server that gzips text, as most
 * do: gzip's size for a text file, the size as stored for a file that is gzip already.
 */
export function transferSize(bytes: Uint8Array): number {
  return isGzip(bytes) ? bytes.length : gzipSync(bytes, { level: 6 }).length;
}

/** Bytes stored and bytes transferred for files of a built site (paths relative to `dist`). */
export function filesBytes(dist: string, files: readonly string[]): { stored: number; transferred: number } {
  let stored = 0;
  let transferred = 0;
  for (const file of files) {
    const bytes = readFileSync(join(dist, file));
    stored += bytes.length;
    transferred += transferSize(bytes);
  }
  return { stored, transferred };
}
