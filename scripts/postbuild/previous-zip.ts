import { closeSync, fstatSync, openSync } from 'node:fs';
import { fromRandomAccessReaderPromise, type ZipFile } from 'yauzl';
import { WindowedFile, WindowedZipReader } from './windowed-file.ts';

/** The ZIP method number of DEFLATE (PKZIP APPNOTE 4.4.5). */
const DEFLATE = 8;
/** A local file header's signature, and its size before the file name (PKZIP APPNOTE 4.3.7). */
const LOCAL_HEADER = 0x04034b50;
const LOCAL_HEADER_SIZE = 30;
/** What is kept of each entry, in a Float64Array: CRC-32, size, compressed size, local header offset. */
const [CRC, SIZE, COMPRESSED, OFFSET, FIELDS] = [0, 1, 2, 3, 4];

/**
 * The zip the last build wrote, read for its compressed entries: a file whose path, CRC-32 and size
 * are unchanged since then is taken from it as stored instead of being compressed again. Its
 * central directory is read with yauzl (thejoshwolfe/yauzl), once; each reused entry's local
 * header and data are then read here. Both through one window of the file (windowed-file.ts): the
 * directory is read in order, and the pass asks for entries in path order, the order they were
 * written in, so one read of a few MB serves hundreds of entries, where yauzl's own reads cost two
 * asynchronous reads for each directory entry and one for each local header.
 */
export class PreviousZip {
  private readonly fd: number;
  private readonly file: WindowedFile;
  private readonly zip: ZipFile;
  /** Each entry's place in `fields`: four numbers rather than yauzl's Entry (about 1 KB each). */
  private readonly entries: ReadonlyMap<string, number>;
  private readonly fields: Float64Array;

  private constructor(fd: number, file: WindowedFile, zip: ZipFile, entries: ReadonlyMap<string, number>, fields: Float64Array) {
    this.fd = fd;
    this.file = file;
    this.zip = zip;
    this.entries = entries;
    this.fields = fields;
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
    const file = new WindowedFile(fd);
    try {
      zip = await fromRandomAccessReaderPromise(new WindowedZipReader(file), fstatSync(fd).size, { strictFileNames: true });
    } catch {
      closeSync(fd);
      return null;
    }
    try {
      const entries = new Map<string, number>();
      const fields = new Float64Array(zip.entryCount * FIELDS);
      for await (const entry of zip.eachEntry()) {
        if (!entry.fileName.startsWith(`${folder}/`) || entry.compressionMethod !== DEFLATE) continue;
        const at = entries.size * FIELDS;
        fields.set([entry.crc32, entry.uncompressedSize, entry.compressedSize, entry.relativeOffsetOfLocalHeader], at);
        entries.set(entry.fileName.slice(folder.length + 1), at);
      }
      return new PreviousZip(fd, file, zip, entries, fields);
    } catch {
      zip.close();
      closeSync(fd);
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
    const at = this.entries.get(path);
    if (at === undefined || this.fields[at + CRC] !== crc || this.fields[at + SIZE] !== size) return null;
    try {
      const offset = this.fields[at + OFFSET]!;
      const header = this.file.read(offset, LOCAL_HEADER_SIZE);
      if (header === null || header.readUInt32LE(0) !== LOCAL_HEADER) return null;
      const data = this.file.read(offset + LOCAL_HEADER_SIZE + header.readUInt16LE(26) + header.readUInt16LE(28), this.fields[at + COMPRESSED]!);
      // A buffer of its own (not a view of the window), so a worker posts only these bytes.
      return data === null ? null : new Uint8Array(data);
    } catch {
      return null;
    }
  }

  /** Let go of the file. */
  close(): void {
    this.zip.close();
    // The reader is ours (windowed-file.ts): yauzl leaves the file to us.
    closeSync(this.fd);
  }
}
