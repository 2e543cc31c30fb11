import { closeSync, openSync, writeSync } from 'node:fs';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { Zip, type ZipInputFile } from 'fflate';
import type { PreviousZip } from './previous-zip.ts';
import { withZip64End } from './zip64-end.ts';

/** A fixed timestamp for every entry, so the same files always give the same zip bytes. */
const FIXED_MTIME = new Date(Date.UTC(2000, 0, 1));
/**
 * zlib's default level. Measured on the 300-notice bench site (390 MB, one thread, deflate alone):
 * level 1 3.9 s for 105.0 MB, 4 4.1 s for 98.6 MB, 6 5.0 s for 96.4 MB, 9 12.4 s for 96.0 MB:
 * level 6 makes a zip 8% smaller than level 1 for about 1 s more per 400 MB.
 */
const LEVEL = 6;
/** The ZIP method number of DEFLATE (PKZIP APPNOTE 4.4.5). */
const DEFLATE = 8;

/** One file of the zip, already compressed: its path (forward slashes), raw DEFLATE bytes, CRC-32 and size. */
export interface ZipEntry {
  path: string;
  deflated: Uint8Array;
  crc: number;
  size: number;
}

/**
 * Compress one file for the zip, always the same way (one level, one strategy), so the same bytes
 * always give the same entry. Node's zlib (native) compresses, several times faster than fflate's
 * JavaScript deflate.
 */
export function deflateEntry(path: string, bytes: Uint8Array, crc = crc32(bytes)): ZipEntry {
  const out = deflateRawSync(bytes, { level: LEVEL, strategy: constants.Z_DEFAULT_STRATEGY });
  return { path, deflated: ownBuffer(out), crc, size: bytes.length };
}

/**
 * One file's zip entry: its compressed bytes taken from the previous build's zip when that holds
 * the same path with the same CRC-32 and size (deflateEntry gave them, and would give them again),
 * else compressed now. `reused` says which.
 */
export async function compressEntry(path: string, bytes: Uint8Array, previous: PreviousZip | null): Promise<{ entry: ZipEntry; reused: boolean }> {
  const crc = crc32(bytes);
  const kept = previous === null ? null : await previous.deflated(path, crc, bytes.length);
  if (kept === null) return { entry: deflateEntry(path, bytes, crc), reused: false };
  return { entry: { path, deflated: ownBuffer(kept), crc, size: bytes.length }, reused: true };
}

/** A small result can be a view into a larger buffer, which a worker would post whole: copy it out. */
function ownBuffer(bytes: Uint8Array): Uint8Array {
  return bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes);
}

/**
 * Write compressed entries into `zipPath` deterministically, placed under `folder/`: entries in the
 * order given (callers sort them), one fixed mtime. Streamed: each entry is written as it comes, so
 * memory does not grow with the site. Returns the zip's size in bytes.
 */
export async function zipToFile(entries: AsyncIterable<ZipEntry> | Iterable<ZipEntry>, folder: string, zipPath: string): Promise<number> {
  const fd = openSync(zipPath, 'w');
  let bytes = 0;
  let count = 0;
  let failure: Error | null = null;
  try {
    const zip = new Zip((error, chunk, final) => {
      if (error) failure = error;
      else {
        // The last chunk is the central directory and its end: past 65,535 entries it needs ZIP64 records.
        const out = final ? withZip64End(chunk, count, bytes) : chunk;
        writeSync(fd, out);
        bytes += out.length;
      }
    });
    for await (const { path, deflated, crc, size } of entries) {
      // fflate writes the archive and takes any entry that says its method, size and CRC.
      const entry: ZipInputFile = { filename: `${folder}/${path}`, size, crc, compression: DEFLATE, mtime: FIXED_MTIME };
      zip.add(entry);
      count++;
      // fflate's types ask for an ArrayBuffer-backed array; zlib's and a worker's results are.
      entry.ondata!(null, deflated as Uint8Array<ArrayBuffer>, true);
      if (failure) throw failure;
    }
    zip.end();
    if (failure) throw failure;
  } finally {
    closeSync(fd);
  }
  return bytes;
}
