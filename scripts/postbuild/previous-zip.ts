import { closeSync, openSync, readSync } from 'node:fs';
import { fromFdPromise, type Entry, type ZipFile } from 'yauzl';

/** The ZIP method number of DEFLATE (PKZIP APPNOTE 4.4.5). */
const DEFLATE = 8;
/** A local file header's signature, and its size before the file name (PKZIP APPNOTE 4.3.7). */
const LOCAL_HEADER = 0x04034b50;
const LOCAL_HEADER_SIZE = 30;
/** Bytes read at once: enough for hundreds of pages' entries, small beside the zip. */
const WINDOW = 4 * 1024 * 1024;

/**
 * The zip the last build wrote, read for its compressed entries: a file whose path, CRC-32 and size
 * are unchanged since then is taken from it as stored instead of being compressed again. Its
 * central directory is read with yauzl (thejoshwolfe/yauzl), once; each reused entry's local
 * header and data are then read here from a window of the file read in one call: the pass asks for
 * entries in path order, the order they were written in, so one read of a few MB serves hundreds
 * of entries, where yauzl's readLocalFileHeader cost an asynchronous read for each (and its
 * `decodeFileData: false` stream three times the system time again, at 33,000 entries).
 */
export class PreviousZip {
  private readonly fd: number;
  private readonly zip: ZipFile;
  private readonly entries: ReadonlyMap<string, Entry>;
  /** The bytes last read from the file, and where in it they start. */
  private window = Buffer.alloc(0);
  private windowStart = 0;

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
      const offset = entry.relativeOffsetOfLocalHeader;
      const header = this.read(offset, LOCAL_HEADER_SIZE);
      if (header === null || header.readUInt32LE(0) !== LOCAL_HEADER) return null;
      const data = this.read(offset + LOCAL_HEADER_SIZE + header.readUInt16LE(26) + header.readUInt16LE(28), entry.compressedSize);
      // A buffer of its own (not a view of the window), so a worker posts only these bytes.
      return data === null ? null : new Uint8Array(data);
    } catch {
      return null;
    }
  }

  /** `length` bytes of the file from `offset`, through the window; null past the file's end. */
  private read(offset: number, length: number): Buffer | null {
    const end = offset + length;
    if (offset < this.windowStart || end > this.windowStart + this.window.length) {
      const window = Buffer.allocUnsafeSlow(Math.max(WINDOW, length));
      this.window = window.subarray(0, readSync(this.fd, window, 0, window.length, offset));
      this.windowStart = offset;
      if (end > offset + this.window.length) return null;
    }
    return this.window.subarray(offset - this.windowStart, end - this.windowStart);
  }

  /** Let go of the file. */
  close(): void {
    // yauzl closes the file with the zip.
    this.zip.close();
  }
}
