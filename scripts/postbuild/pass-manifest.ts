import { createHash } from 'node:crypto';

/**
 * What the post-build pass saw of each file of dist/ (path, stat, CRC-32 of its bytes), kept beside
 * the zip it wrote so the next pass can leave unread every file whose stat has not changed since:
 * its entry is taken from that zip as stored. Lines in path order, tab-separated; a header line
 * says which pass (folder, code, deployment path) and when, by the file system's clock, it started;
 * a trailer line counts the lines, gives the zip's size and a SHA-256 of everything before it, so a
 * truncated, edited or foreign manifest is never half-trusted. Pure: the disk edge is postbuild.ts.
 */

/** A file's stat as the manifest records it: size, mtime and ctime in ns, inode, all as decimal text. */
export type FileStat = string;

/** The pass a manifest belongs to: another folder, post-build code or deployment path vouches for nothing. */
export interface PassKey {
  dist: string;
  code: string;
  siteUrl: string;
}

/** One file the last pass left as it found it: its stat then and the CRC-32 it zipped. */
export interface SeenFile {
  stat: FileStat;
  crc: number;
  size: number;
}

const MAGIC = 'healthy-postbuild-files 1';

/**
 * The manifest's stat of a file, from a `bigint` stat (ns times): any change of size, content time,
 * status time or inode (a file replaced by rename) makes it another.
 * @example fileStat({ size: 12n, mtimeNs: 1700000000123456789n, ctimeNs: 1700000000123456789n, ino: 42n }) // '12 1700000000123456789 1700000000123456789 42'
 */
export function fileStat(stat: { size: bigint; mtimeNs: bigint; ctimeNs: bigint; ino: bigint }): FileStat {
  return `${stat.size} ${stat.mtimeNs} ${stat.ctimeNs} ${stat.ino}`;
}

/** The mtime (ns) a FileStat holds. */
const mtimeOf = (stat: FileStat): bigint => BigInt(stat.split(' ')[1]!);

/**
 * Whether a file may be left unread: its stat now is the one the last pass recorded, and that
 * stat's mtime is strictly older than the file system's clock when that pass started. A file
 * written in the same clock tick as the pass started (or later) could change again within that
 * tick, same size, same mtime, after the pass read it (the "racy clean" case of git's index): it
 * is read again, and so trusted only once its time is safely past.
 * @example trustsStat('9 100 100 7', '9 100 100 7', 101n) // true
 * @example trustsStat('9 101 101 7', '9 101 101 7', 101n) // false: written in the pass's own tick
 */
export function trustsStat(now: FileStat, recorded: FileStat, clockNs: bigint): boolean {
  return now === recorded && mtimeOf(recorded) < clockNs;
}

/** Writes a manifest line by line (pass the chunks on to the disk as they come), then its trailer. */
export class ManifestWriter {
  private readonly hash = createHash('sha256');
  private lines = 0;

  /** The header of the pass `key`, begun when the file system's clock read `clockNs`. */
  header(key: PassKey, clockNs: bigint): string {
    return this.add(`${MAGIC}\t${JSON.stringify({ ...key, clock: String(clockNs) })}\n`);
  }

  /** The line of one file the pass left as it found it; '' for a path a line cannot hold (a tab or line break in it). */
  file(path: string, seen: SeenFile): string {
    if (/[\t\n\r]/.test(path)) return '';
    this.lines++;
    return this.add(`${path}\t${seen.stat}\t${seen.crc}\t${seen.size}\n`);
  }

  /** The last line: how many files, the zip's size, and the hash of everything written before it. */
  trailer(zipSize: number): string {
    return `end\t${this.lines}\t${zipSize}\t${this.hash.digest('hex')}\n`;
  }

  private add(text: string): string {
    this.hash.update(text);
    return text;
  }
}

/**
 * The files a manifest lists, looked up in path order (the order the pass goes through dist/), so
 * lines are parsed one at a time as the pass reaches them rather than held as a map.
 */
export class ManifestReader {
  private at: number;
  private readonly text: string;
  /** The file system's clock when the pass that wrote it started (ns). */
  readonly clockNs: bigint;

  private constructor(text: string, bodyStart: number, clockNs: bigint) {
    this.text = text;
    this.at = bodyStart;
    this.clockNs = clockNs;
  }

  /**
   * The manifest in `text` if it is whole and of the pass `key` with a zip of `zipSize` bytes;
   * else null, and the pass reads every file.
   */
  static parse(text: string, key: PassKey, zipSize: number): ManifestReader | null {
    const trailerStart = text.lastIndexOf('end\t', text.length - 2);
    if (trailerStart <= 0 || text[trailerStart - 1] !== '\n' || !text.endsWith('\n')) return null;
    const trailer = text.slice(trailerStart, -1).split('\t');
    if (trailer.length !== 4 || Number(trailer[2]) !== zipSize) return null;
    const body = text.slice(0, trailerStart);
    if (createHash('sha256').update(body).digest('hex') !== trailer[3]) return null;
    const headerEnd = body.indexOf('\n');
    const [magic, json] = body.slice(0, headerEnd).split('\t');
    if (magic !== MAGIC || json === undefined) return null;
    let header: PassKey & { clock: string };
    try {
      header = JSON.parse(json);
    } catch {
      return null;
    }
    if (header.dist !== key.dist || header.code !== key.code || header.siteUrl !== key.siteUrl) return null;
    // The body ends where the trailer starts: the reader never reads into it.
    return new ManifestReader(body, headerEnd + 1, BigInt(header.clock));
  }

  /** What the manifest says of `path`; paths must be asked in increasing order (JavaScript's string order). */
  find(path: string): SeenFile | null {
    while (this.at < this.text.length) {
      const end = this.text.indexOf('\n', this.at);
      const tab = this.text.indexOf('\t', this.at);
      const listed = this.text.slice(this.at, tab);
      if (listed > path) return null;
      this.at = end + 1;
      if (listed === path) {
        const [stat, crc, size] = this.text.slice(tab + 1, end).split('\t');
        return { stat: stat!, crc: Number(crc), size: Number(size) };
      }
    }
    return null;
  }
}
