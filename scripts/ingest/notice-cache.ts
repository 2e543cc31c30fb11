import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { IngestedNotice } from './ingest-task.ts';

/**
 * A content-addressed cache of ingested notices: the key is the notice's name and bytes and the
 * code version, so an unchanged notice is never parsed again and any code change starts afresh.
 * Entries are in V8's serialization format, which keeps the files' bytes as bytes (Node's and
 * V8's versions are in the code version through package-lock.json).
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
    return join(this.dir, key.slice(0, 2), `${key}.v8`);
  }

  /** The cached notice, or null on a miss or an unreadable entry. */
  async get(file: string, bytes: Uint8Array): Promise<IngestedNotice | null> {
    try {
      return deserialize(await readFile(this.path(file, bytes))) as IngestedNotice;
    } catch {
      return null;
    }
  }

  /** Store one notice as ingested: its report, diagnostics, slug claim and slug-free files. */
  async set(file: string, bytes: Uint8Array, entry: IngestedNotice): Promise<void> {
    const path = this.path(file, bytes);
    await mkdir(join(path, '..'), { recursive: true });
    await writeFile(path, serialize(entry));
  }
}
