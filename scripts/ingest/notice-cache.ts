import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EmittedFile } from '../emit/emitted-file.ts';
import type { NoticeOutcome } from './read-notice.ts';

/** What is kept of one notice between builds: its outcome and the files it emitted. */
export interface CachedNotice {
  outcome: NoticeOutcome;
  /** The slug the files were emitted under (null when none were). */
  slug: string | null;
  files: EmittedFile[];
}

/**
 * A content-addressed cache of parsed notices: the key is the notice's name and bytes and the
 * code version, so an unchanged notice is never parsed again and any code change starts afresh.
 */
export class NoticeCache {
  private readonly dir: string;
  private readonly version: string;

  constructor(dir: string, version: string) {
    this.dir = dir;
    this.version = version;
  }

  private path(file: string, bytes: Uint8Array): string {
    const key = createHash('sha256').update(this.version).update(file).update('\0').update(bytes).digest('hex');
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  /** The cached notice, or null on a miss or an unreadable entry. */
  async get(file: string, bytes: Uint8Array): Promise<CachedNotice | null> {
    try {
      return JSON.parse(await readFile(this.path(file, bytes), 'utf8')) as CachedNotice;
    } catch {
      return null;
    }
  }

  /** Store one notice's outcome and emitted files. */
  async set(file: string, bytes: Uint8Array, entry: CachedNotice): Promise<void> {
    const path = this.path(file, bytes);
    await mkdir(join(path, '..'), { recursive: true });
    await writeFile(path, JSON.stringify(entry));
  }
}
