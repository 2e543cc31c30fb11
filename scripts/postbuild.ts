/**
 * `npm run postbuild` (part of `npm run build`): make sure every internal URL is relative, so one
 * build works at a web root, under any sub-path and opened from disk — a page writes its own links
 * relative as it renders (src/lib/urls.ts) and its head's stylesheet links too (src/middleware.ts),
 * so this pass finds a page's head as it must be and leaves it; it makes the stylesheets' url()s
 * relative and roots the 404 page's URLs — then zip dist/ into release/healthy-plans-site.zip. The thin disk edge around pure rewriters:
 * files are passed on worker threads (worker-pool.ts) and zipped in path order as they come back,
 * so memory does not grow with the site. The zip is kept in the cache folder (--cache) for the
 * next build, with a manifest of what the pass saw of each file (pass-manifest.ts): the next pass
 * does not even read a file whose stat is unchanged since, and takes its entry from the kept zip;
 * of the files it reads, it takes the compressed bytes of every one whose path, CRC and size match.
 */
import { availableParallelism } from 'node:os';
import { closeSync, openSync, statSync, writeSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { codeVersion } from './code-version.ts';
import { passFile, type FileFate, type PassedFile } from './postbuild/file-pass.ts';
import { CLOCK_PROBE, fileSystemClock } from './postbuild/file-system-clock.ts';
import { fileStat, ManifestReader, ManifestWriter, trustsStat, type FileStat, type PassKey } from './postbuild/pass-manifest.ts';
import { WorkerPool } from './worker-pool.ts';
import { PAGEFIND_STAGING } from './search/search-index-paths.ts';
import { Progress, showsProgress } from './progress/progress.ts';
import { PreviousZip } from './postbuild/previous-zip.ts';
import { keepZip, keptZipPath } from './postbuild/zip-cache.ts';
import { zipToFile, type ZipEntry } from './postbuild/zip-files.ts';

const { values } = parseArgs({
  options: {
    // The folder astro.config.mjs builds into: HEALTHY_DIST_DIR, else dist/.
    dist: { type: 'string', default: process.env['HEALTHY_DIST_DIR'] || 'dist' },
    zip: { type: 'string', default: 'release/healthy-plans-site.zip' },
    threads: { type: 'string', default: String(availableParallelism()) },
    quiet: { type: 'boolean', default: false },
    // Beside Astro's cache when a build names one (HEALTHY_CACHE_DIR, as the bench and the tests do).
    cache: { type: 'string', default: process.env['HEALTHY_CACHE_DIR'] ? join(process.env['HEALTHY_CACHE_DIR'], 'zip') : 'node_modules/.cache/healthy-zip' },
  },
});
/** The folder every entry of the zip sits in. */
const FOLDER = 'healthy-plans-site';
const ROOT = resolve(import.meta.dirname, '..');
/** Fewer files to read than this are passed on this thread: measured, a worker's start costs about 0.3 s. */
const FILES_FOR_THREADS = 1000;
const dist = resolve(values.dist);

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  // A clock probe left by a run that died is not part of the site.
  const files = entries.filter((e) => e.isFile() && !e.name.startsWith(CLOCK_PROBE)).map((e) => relative(dist, join(e.parentPath, e.name)).split(sep).join('/'));
  // Nor is the folder of a search index run that did not finish; shipping it would serve it.
  if (files.some((path) => path.startsWith(`${PAGEFIND_STAGING}/`))) {
    throw new Error(`${join(dist, PAGEFIND_STAGING)}: left by a search index run that did not finish (scripts/search-index.ts); build again`);
  }
  return files;
}

/** The last pass's manifest, if it is whole and of this pass and its zip is the one kept; else null. */
async function readManifest(path: string, key: PassKey, keptZip: string): Promise<ManifestReader | null> {
  try {
    const [text, zip] = await Promise.all([readFile(path, 'utf8'), stat(keptZip)]);
    return ManifestReader.parse(text, key, zip.size);
  } catch {
    return null;
  }
}

// Before any file is listed or read: a file stamped at or after this may change unseen within the tick.
const clockNs = await fileSystemClock(dist);
const files = (await listFiles(dist)).sort();
const zipPath = resolve(values.zip);
await mkdir(dirname(zipPath), { recursive: true });
// Written as a new file, never over the old one in place: the kept copy may be a hard link to it.
await rm(zipPath, { force: true });
const keptZip = await keptZipPath(resolve(values.cache));
const manifestPath = `${keptZip}.files`;
const key: PassKey = { dist, code: await codeVersion(ROOT, ['scripts/postbuild.ts', 'scripts/postbuild', 'package-lock.json']), siteUrl: process.env['SITE_URL'] ?? '' };
const lastSeen = await readManifest(manifestPath, key, keptZip);

// Each file's stat now, taken before it is read; and which files the last pass vouches for.
const stats: FileStat[] = files.map((path) => fileStat(statSync(join(dist, path), { bigint: true })));
const vouched = files.map((path, i) => {
  const seen = lastSeen?.find(path) ?? null;
  return seen !== null && trustsStat(stats[i]!, seen.stat, lastSeen!.clockNs) ? seen : null;
});
const toRead = files.filter((_, i) => vouched[i] === null);

const fates: Record<FileFate, number> = { rewritten: 0, unchanged: 0 };
let reused = 0;
let unread = 0;
// The kept zip is read here for the unread files, and by each worker for those it passes.
const local = PreviousZip.open(keptZip, FOLDER);
// A thread costs about as much to start (and to read the kept zip's directory) as passing a few hundred files.
const threads = toRead.length < FILES_FOR_THREADS ? 1 : Number(values.threads);
const pool = new WorkerPool<string, PassedFile>(new URL('./postbuild/pass-worker.ts', import.meta.url), { dist, keptZip, folder: FOLDER }, threads, async (path) =>
  passFile(dist, path, await local),
);
await mkdir(dirname(manifestPath), { recursive: true });
const manifest = new ManifestWriter();
const manifestFd = openSync(`${manifestPath}.partial`, 'w');
writeSync(manifestFd, manifest.header(key, clockNs));
const progress = new Progress('postbuild', files.length, 'files', showsProgress(values.quiet));

/** The entry of a file the last pass vouches for, from the kept zip; null if the zip lacks it. */
async function keptEntry(path: string, crc: number, size: number): Promise<ZipEntry | null> {
  const deflated = (await (await local)?.deflated(path, crc, size)) ?? null;
  return deflated === null ? null : { path, deflated, crc, size };
}

async function* entries(): AsyncGenerator<ZipEntry> {
  const passed = pool.map(toRead);
  for (const [i, path] of files.entries()) {
    const seen = vouched[i];
    const kept = seen ? await keptEntry(path, seen.crc, seen.size) : null;
    if (kept) {
      unread++;
      reused++;
      fates.unchanged++;
    }
    // A vouched file missing from the kept zip is passed here, as the workers would.
    const result = kept ? null : seen ? await passFile(dist, path, await local) : (await passed.next()).value as PassedFile;
    if (result) {
      fates[result.fate]++;
      if (result.reused) reused++;
    }
    const entry = kept ?? result!.entry;
    // A rewritten file is another file (a rename), with the built file's time (file-pass.ts): its stat now.
    const seenStat = result?.fate === 'rewritten' ? fileStat(statSync(join(dist, path), { bigint: true })) : stats[i]!;
    writeSync(manifestFd, manifest.file(path, { stat: seenStat, crc: entry.crc, size: entry.size }));
    progress.tick();
    yield entry;
  }
  progress.end();
}
let zipBytes: number;
try {
  zipBytes = await zipToFile(entries(), FOLDER, zipPath).finally(async () => {
    await pool.close();
    (await local)?.close();
  });
  writeSync(manifestFd, manifest.trailer(zipBytes));
} finally {
  closeSync(manifestFd);
}
await keepZip(zipPath, keptZip);
await rename(`${manifestPath}.partial`, manifestPath);
console.error(
  `postbuild: ${files.length} files: ${unread} unchanged since the last pass (not read), ${fates.rewritten} made relative, ${fates.unchanged - unread} already were; ` +
    `${zipPath} (${(zipBytes / 1024).toFixed(0)} KB), ${reused} entries as compressed in the last build's zip`,
);
