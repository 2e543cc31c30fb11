/**
 * Write the Pagefind index of the record groups with Pagefind's Node API, drop the parts of its
 * bundle the site does not use (Pagefind's own search UIs), and return which group each result
 * id is. With a cache folder, the last build's fragments are copied in first so Pagefind does not
 * compress an unchanged group's fragment again (reused-fragments.ts), and this build's are copied
 * there for the next (copies, not links: nothing written to dist/ later can reach the cache). Touches the disk.
 */
import { copyFile, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import type { PagefindGroups } from '../../src/lib/search/fallback-data.ts';
import { PAGEFIND_LANGUAGE, pagefindRecord } from './pagefind-record.ts';
import type { RecordGroup } from './records.ts';
import { sortFragments, type FragmentFile } from './reused-fragments.ts';

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
 * Index `groups` into the folder `outputPath` (emptied first), reusing the fragments kept in
 * `cacheDir` when given; returns result id → group number.
 */
export async function writePagefind(groups: readonly RecordGroup[], outputPath: string, cacheDir?: string): Promise<PagefindGroups> {
  await rm(outputPath, { recursive: true, force: true });
  const fragmentDir = join(outputPath, 'fragment');
  const previous = cacheDir ? await readdir(cacheDir).catch(() => [] as string[]) : [];
  await mkdir(fragmentDir, { recursive: true });
  for (const name of previous) await copyFile(join(cacheDir!, name), join(fragmentDir, name));
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

  const reused = new Set(previous);
  const files: FragmentFile[] = [];
  for (const name of await readdir(fragmentDir)) files.push({ name, url: fragmentUrl(await readFile(join(fragmentDir, name))), reused: reused.has(name) });
  const sorted = sortFragments(files, groups.map((group) => group.key));
  // Uncertain (a hash collision, a group without its one fragment): write afresh, as with no cache.
  if (!sorted) return previous.length > 0 ? writeAfresh(groups, outputPath, cacheDir!) : mapFragments(files, groups);
  const stale = new Set(sorted.stale);
  for (const name of stale) await rm(join(fragmentDir, name));
  if (cacheDir) await keepFragments([...sorted.live.values()], fragmentDir, cacheDir);
  return mapFragments(files.filter((file) => !stale.has(file.name)), groups);
}

/** Empty the cache and index again: the folder is then as a build without a cache writes it. */
async function writeAfresh(groups: readonly RecordGroup[], outputPath: string, cacheDir: string): Promise<PagefindGroups> {
  await rm(cacheDir, { recursive: true, force: true });
  return writePagefind(groups, outputPath, cacheDir);
}

/** This build's fragments, copied into the emptied cache folder for the next build. */
async function keepFragments(names: readonly string[], fragmentDir: string, cacheDir: string): Promise<void> {
  await rm(cacheDir, { recursive: true, force: true });
  await mkdir(cacheDir, { recursive: true });
  for (const name of names) await copyFile(join(fragmentDir, name), join(cacheDir, name));
}

/** Result id (fragment name without its extension) → group number; every group must have its one fragment. */
function mapFragments(files: readonly FragmentFile[], groups: readonly RecordGroup[]): PagefindGroups {
  const numbers = new Map(groups.map((group, i) => [group.key, i]));
  const map: PagefindGroups = {};
  for (const { name, url } of files) {
    const group = numbers.get(url);
    if (group === undefined) throw new Error(`pagefind fragment ${name} names no record group (${url})`);
    map[name.replace(/\.pf_fragment$/, '')] = group;
  }
  if (Object.keys(map).length !== groups.length) throw new Error(`pagefind wrote ${Object.keys(map).length} fragments for ${groups.length} groups`);
  return map;
}
