import { readSync } from 'node:fs';
import { Readable } from 'node:stream';
import { RandomAccessReader } from 'yauzl';

/**
 * Bytes read at once where the reads run on from the last (enough for hundreds of pages' entries,
 * or a whole central directory of thousands, small beside the zip), and where they jump: a worker
 * passes scattered files, and reading 4 MB for each cost it 2 s of system time for 600 files.
 */
const WINDOW = 4 * 1024 * 1024;
const JUMP_WINDOW = 64 * 1024;

/** Reads `length` bytes of `fd` at `position` into `buffer` at `offset`; how many it read (readSync's form). */
export type ReadAt = (fd: number, buffer: Buffer, offset: number, length: number, position: number) => number;

/**
 * An open file read through a window: each read that leaves the window reads the next one in one
 * call, a large one when the reads run forward (a zip's central directory, or its entries in the
 * order they were written), a small one when they jump.
 */
export class WindowedFile {
  private readonly fd: number;
  private readonly readAt: ReadAt;
  private window = Buffer.alloc(0);
  private windowStart = 0;

  /** `readAt` reads the disk (node's readSync; a test counts its calls). */
  constructor(fd: number, readAt: ReadAt = readSync) {
    this.fd = fd;
    this.readAt = readAt;
  }

  /** `length` bytes of the file from `offset`: a view of the window, valid until the next read; null past the file's end. */
  read(offset: number, length: number): Buffer | null {
    const end = offset + length;
    const windowEnd = this.windowStart + this.window.length;
    if (offset < this.windowStart || end > windowEnd) {
      // Reads running on start in the window or just past it: most straddle its end.
      const runsOn = offset >= this.windowStart && offset < windowEnd + JUMP_WINDOW;
      const window = Buffer.allocUnsafeSlow(Math.max(runsOn ? WINDOW : JUMP_WINDOW, length));
      this.window = window.subarray(0, this.readAt(this.fd, window, 0, window.length, offset));
      this.windowStart = offset;
      if (end > offset + this.window.length) return null;
    }
    return this.window.subarray(offset - this.windowStart, end - this.windowStart);
  }
}

/**
 * The file as yauzl reads a zip (thejoshwolfe/yauzl's RandomAccessReader), through the window: its
 * own reader asks the disk twice for each entry of the central directory (33,000 entries: about
 * 1 s of a thread), this one once for thousands.
 */
export class WindowedZipReader extends RandomAccessReader {
  private readonly file: WindowedFile;

  constructor(file: WindowedFile) {
    super();
    this.file = file;
  }

  override read(buffer: Buffer, offset: number, length: number, position: number, callback: (err: Error | null, bytesRead?: number) => void): void {
    const bytes = this.file.read(position, length);
    if (bytes === null) return callback(new Error('unexpected end of the zip'));
    bytes.copy(buffer, offset);
    callback(null, length);
  }

  override _readStreamForRange(start: number, end: number): Readable {
    return Readable.from([Buffer.from(this.file.read(start, end - start) ?? Buffer.alloc(0))]);
  }
}
