/**
 * `npm run postbuild` (part of `npm run build`): make the internal URLs Astro wrote itself relative
 * (each page's stylesheet links, in its head; a page writes its own links relative as it renders,
 * src/lib/urls.ts), so one build works at a web root, under any sub-path and opened from disk;
 * then zip dist/ into release/healthy-plans-site.zip. The thin disk edge around pure rewriters:
 * files are passed on worker threads (worker-pool.ts) and zipped in path order as they come back,
 * so memory does not grow with the site. The zip is kept in the cache folder (--cache) for the
 * next build, which takes from it the compressed bytes of every file that did not change.
 */
import { availableParallelism } from 'node:os';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { passFile, type FileFate, type PassedFile } from './postbuild/file-pass.ts';
import { WorkerPool } from './worker-pool.ts';
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
const dist = resolve(values.dist);

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(dist, join(e.parentPath, e.name)).split(sep).join('/'));
}

const files = (await listFiles(dist)).sort();
const zipPath = resolve(values.zip);
await mkdir(dirname(zipPath), { recursive: true });
// Written as a new file, never over the old one in place: the kept copy may be a hard link to it.
await rm(zipPath, { force: true });
const keptZip = await keptZipPath(resolve(values.cache));

const fates: Record<FileFate, number> = { rewritten: 0, unchanged: 0 };
let reused = 0;
// On one thread the files are passed here, with the kept zip opened here (the workers open their own).
const local = Number(values.threads) > 1 ? null : PreviousZip.open(keptZip, FOLDER);
const pool = new WorkerPool<string, PassedFile>(new URL('./postbuild/pass-worker.ts', import.meta.url), { dist, keptZip, folder: FOLDER }, Number(values.threads), async (path) =>
  passFile(dist, path, await local),
);
const progress = new Progress('postbuild', files.length, 'files', showsProgress(values.quiet));
async function* entries(): AsyncGenerator<ZipEntry> {
  for await (const passed of pool.map(files)) {
    fates[passed.fate]++;
    if (passed.reused) reused++;
    progress.tick();
    yield passed.entry;
  }
  progress.end();
}
const zipBytes = await zipToFile(entries(), FOLDER, zipPath).finally(async () => {
  await pool.close();
  (await local)?.close();
});
await keepZip(zipPath, keptZip);
console.error(
  `postbuild: ${files.length} files: ${fates.rewritten} made relative, ${fates.unchanged} already were; ` +
    `${zipPath} (${(zipBytes / 1024).toFixed(0)} KB), ${reused} entries as compressed in the last build's zip`,
);
