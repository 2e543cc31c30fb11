import { buffer } from 'node:stream/consumers';
import { openPromise, type Entry, type ZipFile } from 'yauzl';

/** The ZIP method number of DEFLATE (PKZIP APPNOTE 4.4.5). */
const DEFLATE = 8;

/**
 * The zip the last build wrote, read for its compressed entries: a file whose path, CRC-32 and size
 * are unchanged since then is taken from it as stored instead of being compressed again. Read with
 * yauzl (thejoshwolfe/yauzl): its central directory once, then each reused entry's raw bytes
 * (`decodeFileData: false`).
 */
export class PreviousZip {
  private readonly zip: ZipFile;
  private readonly entries: ReadonlyMap<string, Entry>;

  private constructor(zip: ZipFile, entries: ReadonlyMap<string, Entry>) {
    this.zip = zip;
    this.entries = entries;
  }

  /**
   * The zip at `path`, its entries under `folder/` by their path inside it; null when there is
   * none or it cannot be read (a truncated file, not a zip): the build then compresses every file.
   */
  static async open(path: string, folder: string): Promise<PreviousZip | null> {
    let zip: ZipFile;
    try {
      zip = await openPromise(path, { autoClose: false, strictFileNames: true });
    } catch {
      return null;
    }
    try {
      const entries = new Map<string, Entry>();
      for await (const entry of zip.eachEntry()) {
        if (entry.fileName.startsWith(`${folder}/`) && entry.compressionMethod === DEFLATE) entries.set(entry.fileName.slice(folder.length + 1), entry);
      }
      return new PreviousZip(zip, entries);
    } catch {
      zip.close();
      return null;
    }
  }

  /** How many entries the zip holds under its folder. */
  get size(): number {
    return this.entries.size;
  }

  /**
   * The raw DEFLATE bytes the zip holds for `path`, when its entry has this CRC-32 and size; else
   * null. A failed read is a miss too: the file is then compressed afresh.
   */
  async deflated(path: string, crc: number, size: number): Promise<Uint8Array | null> {
    const entry = this.entries.get(path);
    if (entry === undefined || entry.crc32 !== crc || entry.uncompressedSize !== size) return null;
    try {
      return await buffer(await this.zip.openReadStreamPromise(entry, { decodeFileData: false }));
    } catch {
      return null;
    }
  }

  /** Let go of the file. */
  close(): void {
    this.zip.close();
  }
}
