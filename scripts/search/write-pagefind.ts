/**
 * Write the Pagefind index of the record groups with Pagefind's Node API, drop the parts of its
 * bundle the site does not use (Pagefind's own search UIs), and return which group each result
 * id is. Pagefind writes a whole folder each run; it writes into a folder of its own beside the
 * site's (emptied first, removed after; one a killed run left is emptied by the next, or swept as
 * a file of no route: scripts/astro/stale-files.ts), and only the files that differ from the last
 * build's are written into the site (syncFolder), so a rebuild leaves the rest, and their times,
 * where they were. Touches the disk.
 */
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import type { PagefindGroups } from '../../src/lib/search/fallback-data.ts';
import { syncFolder, type SyncCounts } from '../keep/folder-files.ts';
import { PAGEFIND_STAGING } from './search-index-paths.ts';
import { PAGEFIND_LANGUAGE, pagefindRecord } from './pagefind-record.ts';
import type { RecordGroup } from './records.ts';

// Records are sent to Pagefind's service this many at a time.
const CONCURRENCY = 32;
const UNUSED = /^pagefind-(ui|component-ui|modular-ui|highlight)\./;

/**
 * The URL a Pagefind fragment file records. A search result's id is its fragment's file name;
 * the fragment is gzipped JSON after a signature (Pagefind 1.6, pinned in package.json).
 */
export function fragmentUrl(bytes: Uint8Array): string {
  const text = gunzipSync(bytes).toString('utf8');
  const json = text.slice(text.indexOf('{'));
  const url = (JSON.parse(json) as { url?: unknown }).url;
  if (typeof url !== 'string') throw new Error('pagefind fragment without a url');
  return url;
}

/**
 * Index `groups` into the folder `outputPath`, which ends up holding exactly Pagefind's files;
 * returns result id → group number, and what was written and kept.
 */
export async function writePagefind(groups: readonly RecordGroup[], outputPath: string): Promise<{ groups: PagefindGroups; files: SyncCounts }> {
  const staging = join(dirname(resolve(outputPath)), PAGEFIND_STAGING);
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  try {
    const map = await indexInto(groups, staging);
    return { groups: map, files: await syncFolder(staging, outputPath) };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** Index `groups` into the empty folder `outputPath`; returns result id → group number. */
async function indexInto(groups: readonly RecordGroup[], outputPath: string): Promise<PagefindGroups> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: PAGEFIND_LANGUAGE });
  try {
    if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
    for (let i = 0; i < groups.length; i += CONCURRENCY) {
      const added = await Promise.all(groups.slice(i, i + CONCURRENCY).map((group) => index.addCustomRecord(pagefindRecord(group))));
      const failed = added.flatMap((response) => response.errors);
      if (failed.length > 0) throw new Error(`pagefind: ${failed.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  for (const name of await readdir(outputPath)) if (UNUSED.test(name)) await rm(join(outputPath, name));

  const numbers = new Map(groups.map((group, i) => [group.key, i]));
  const map: PagefindGroups = {};
  for (const name of await readdir(join(outputPath, 'fragment'))) {
    const url = fragmentUrl(await readFile(join(outputPath, 'fragment', name)));
    const group = numbers.get(url);
    if (group === undefined) throw new Error(`pagefind fragment ${name} names no record group (${url})`);
    map[name.replace(/\.pf_fragment$/, '')] = group;
  }
  if (Object.keys(map).length !== groups.length) throw new Error(`pagefind wrote ${Object.keys(map).length} fragments for ${groups.length} groups`);
  return map;
}
