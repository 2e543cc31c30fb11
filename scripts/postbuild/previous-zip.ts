import { closeSync, openSync, readSync } from 'node:fs';
import { fromFdPromise, type Entry, type ZipFile } from 'yauzl';

/** The ZIP method number of DEFLATE (PKZIP APPNOTE 4.4.5). */
const DEFLATE = 8;

/**
 * The zip the last build wrote, read for its compressed entries: a file whose path, CRC-32 and size
 * are unchanged since then is taken from it as stored instead of being compressed again. Read with
 * yauzl (thejoshwolfe/yauzl): its central directory once, then where each reused entry's data
 * starts (its local header); the data itself is read in one call, without a stream, as yauzl's
 * `decodeFileData: false` stream would give it but at a third of the system time (33,000 entries).
 */
export class PreviousZip {
  private readonly fd: number;
  private readonly zip: ZipFile;
  private readonly entries: ReadonlyMap<string, Entry>;

  private constructor(fd: number, zip: ZipFile, entries: ReadonlyMap<string, Entry>) {
    this.fd = fd;
    this.zip = zip;
    this.entries = entries;
  }

  /**
   * The zip at `path`, its entries under `folder/` by their path inside it; null when there is
   * none or it cannot be read (a truncated file, not a zip): the build then compresses every file.
   */
  static async open(path: string, folder: string): Promise<PreviousZip | null> {
    let fd: number;
    let zip: ZipFile;
    try {
      fd = openSync(path, 'r');
    } catch {
      return null;
    }
    try {
      zip = await fromFdPromise(fd, { autoClose: false, strictFileNames: true });
    } catch {
      closeSync(fd);
      return null;
    }
    try {
      const entries = new Map<string, Entry>();
      for await (const entry of zip.eachEntry()) {
        if (entry.fileName.startsWith(`${folder}/`) && entry.compressionMethod === DEFLATE) entries.set(entry.fileName.slice(folder.length + 1), entry);
      }
      return new PreviousZip(fd, zip, entries);
    } catch {
      // yauzl closes the file with the zip.
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
      const { fileDataStart } = await this.zip.readLocalFileHeaderPromise(entry, { minimal: true });
      // A buffer of its own (not a slice of Node's pool), so a worker posts only these bytes.
      const data = Buffer.allocUnsafeSlow(entry.compressedSize);
      return readSync(this.fd, data, 0, data.length, fileDataStart) === data.length ? data : null;
    } catch {
      return null;
    }
  }

  /** Let go of the file. */
  close(): void {
    // yauzl closes the file with the zip.
    this.zip.close();
  }
}
