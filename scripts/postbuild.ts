/**
 * `npm run postbuild` (part of `npm run build`): make every internal URL in dist/ relative, so
 * one build works at a web root, under any sub-path and opened from disk; then zip dist/ into
 * release/healthy-plans-site.zip. The thin disk edge around pure rewriters: files are passed on
 * worker threads (worker-pool.ts) and zipped in path order as they come back, so memory
 * does not grow with the site; a file whose bytes and path are those of a previous build reuses
 * that build's result (postbuild/file-pass.ts).
 */
import { availableParallelism } from 'node:os';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { codeVersion } from './code-version.ts';
import { passFile, type FileFate, type PassCache, type PassedFile } from './postbuild/file-pass.ts';
import { WorkerPool } from './worker-pool.ts';
import { Progress, showsProgress } from './progress/progress.ts';
import { zipToFile, type ZipEntry } from './postbuild/zip-files.ts';
import { deployedBase } from './postbuild/not-found-urls.ts';

const { values } = parseArgs({
  options: {
    // The folder astro.config.mjs builds into: HEALTHY_DIST_DIR, else dist/.
    dist: { type: 'string', default: process.env['HEALTHY_DIST_DIR'] || 'dist' },
    zip: { type: 'string', default: 'release/healthy-plans-site.zip' },
    // Beside Astro's own cache (astro.config.mjs cacheDir), so a bench or test build keeps its own.
    cache: { type: 'string', default: join(process.env['HEALTHY_CACHE_DIR'] || 'node_modules/.astro', 'postbuild') },
    'no-cache': { type: 'boolean', default: false },
    threads: { type: 'string', default: String(availableParallelism()) },
    quiet: { type: 'boolean', default: false },
  },
});
const root = resolve(import.meta.dirname, '..');
const dist = resolve(values.dist);

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(dist, join(e.parentPath, e.name)).split(sep).join('/'));
}

/** A cache entry still being written (file-pass.ts writes aside, then renames) is younger than this. */
const WRITING_MS = 60 * 60 * 1000;

/**
 * Remove every cached result this build did not use: the cache holds one build's files, no more.
 * An entry another build is writing now (a recent .tmp file) is left to it.
 */
async function pruneCache(cache: PassCache, used: ReadonlySet<string>): Promise<void> {
  const entries = await readdir(cache.dir, { withFileTypes: true, recursive: true }).catch(() => []);
  for (const e of entries) {
    if (!e.isFile() || used.has(e.name)) continue;
    const path = join(e.parentPath, e.name);
    if (e.name.endsWith('.tmp')) {
      const written = await stat(path).catch(() => null);
      if (written && Date.now() - written.mtimeMs < WRITING_MS) continue;
    }
    await rm(path, { force: true });
  }
}

const cache: PassCache | null = values['no-cache'] ? null : { dir: resolve(values.cache), version: `${await codeVersion(root, ['scripts/postbuild', 'package-lock.json'])} zlib ${process.versions.zlib} base ${deployedBase(process.env['SITE_URL'])}` };
const files = (await listFiles(dist)).sort();
const zipPath = resolve(values.zip);
await mkdir(dirname(zipPath), { recursive: true });

const fates: Record<FileFate, number> = { rewritten: 0, unchanged: 0, cached: 0 };
const used = new Set<string>();
const pool = new WorkerPool<string, PassedFile>(new URL('./postbuild/pass-worker.ts', import.meta.url), { dist, cache }, Number(values.threads), (path) =>
  passFile(dist, path, cache),
);
const progress = new Progress('postbuild', files.length, 'files', showsProgress(values.quiet));
async function* entries(): AsyncGenerator<ZipEntry> {
  for await (const passed of pool.map(files)) {
    fates[passed.fate]++;
    used.add(passed.key);
    progress.tick();
    yield passed.entry;
  }
  progress.end();
}
const zipBytes = await zipToFile(entries(), 'healthy-plans-site', zipPath).finally(() => pool.close());
if (cache) await pruneCache(cache, used);
console.error(
  `postbuild: ${files.length} files: ${fates.rewritten} made relative, ${fates.unchanged} already were, ${fates.cached} as in the last build; ${zipPath} (${(zipBytes / 1024).toFixed(0)} KB)`,
);
