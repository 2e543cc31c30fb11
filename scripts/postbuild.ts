/**
 * `npm run postbuild` (part of `npm run build`): make every internal URL in dist/ relative, so
 * one build works at a web root, under any sub-path and opened from disk; then zip dist/ into
 * release/healthy-plans-site.zip. The thin disk edge around pure rewriters. One pass, file by
 * file: each file is rewritten, then zipped, so memory does not grow with the site.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { relativizeCss } from './postbuild/relativize-css.ts';
import { relativizeHtml } from './postbuild/relativize-html.ts';
import { zipToFile, type ZipSource } from './postbuild/zip-files.ts';

const { values } = parseArgs({
  options: {
    // The folder astro.config.mjs builds into: HEALTHY_DIST_DIR, else dist/.
    dist: { type: 'string', default: process.env['HEALTHY_DIST_DIR'] || 'dist' },
    zip: { type: 'string', default: 'release/healthy-plans-site.zip' },
  },
});
const dist = resolve(values.dist);

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(dist, join(e.parentPath, e.name)).split(sep).join('/'));
}

/** A file of dist/ with its internal URLs made relative (rewritten on disk too), as zip entry bytes. */
async function relativeFile(path: string): Promise<Uint8Array> {
  const full = join(dist, path);
  const bytes: Uint8Array = await readFile(full);
  if (!path.endsWith('.html') && !path.endsWith('.css')) return bytes;
  const text = Buffer.from(bytes).toString('utf8');
  const out = path.endsWith('.html') ? await relativizeHtml(text, path) : relativizeCss(text, path);
  if (out === text) return bytes;
  rewritten++;
  const changed = Buffer.from(out, 'utf8');
  await writeFile(full, changed);
  return changed;
}

let rewritten = 0;
const files = (await listFiles(dist)).sort();
const zipPath = resolve(values.zip);
await mkdir(dirname(zipPath), { recursive: true });
const sources = files.map((path): ZipSource => ({ path, read: () => relativeFile(path) }));
const zipBytes = await zipToFile(sources, 'healthy-plans-site', zipPath);
console.error(`postbuild: ${rewritten} of ${files.length} files made relative; ${zipPath} (${(zipBytes / 1024).toFixed(0)} KB)`);
