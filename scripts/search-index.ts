/**
 * `node scripts/search-index.ts [--dist dist] [--content content] [--merge shards/east/ …]` (part of
 * `npm run build`, beside astro build's render: scripts/astro/beside-stages.ts): build the site's search from
 * the plan models — the Pagefind index (dist/pagefind/), the plain-script index for file://
 * (dist/search/fallback/), the filter choices, the client script and the Traditional→Simplified
 * converter — and list the first search's files in dist/search/first-search.json. With --merge
 * (or HEALTHY_SEARCH_MERGE="shards/east/ shards/west/"), the search page over http(s) also
 * searches the other shards of a collection, deployed at those folders relative to this site's
 * root (search/shards.js). A file the same as the last build's is left as it was, with its time
 * (so the post-build pass does not read it again), and the stage removes its own files that this
 * build did not give (scripts/search/search-index-paths.ts). The thin disk edge around pure builders.
 */
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { Converter } from 'opencc-js/t2cn';
import { CONVERTER_FILE } from '../src/lib/search/convert.ts';
import { FALLBACK_DIR, PAGEFIND_GROUPS_FILE, REGISTRY, fallbackFiles as fallbackNames } from '../src/lib/search/fallback-data.ts';
import { GROUPS_PER_BATCH } from '../src/lib/search/groups.ts';
import { PAGEFIND_DIR, SEARCH_DIR } from '../src/lib/search/paths.ts';
import { listFolderFiles, removeOtherFiles } from './keep/folder-files.ts';
import { writeIfChanged } from './keep/write-if-changed.ts';
import { bundleClient } from './search/bundle-client.ts';
import { facetsFile } from './search/facets-file.ts';
import { fallbackIndexFiles } from './search/fallback-files.ts';
import { firstSearchFiles, mergedSearchFiles, type SizedFile } from './search/first-search.ts';
import { registryScript, type OutputFile } from './search/generated.ts';
import { placesFile } from './search/places-file.ts';
import { readSearchGroups } from './search/read-search-groups.ts';
import { flattenGroups } from './search/records.ts';
import { shardsFile } from './search/shards-file.ts';
import { traditionalChars } from './search/traditional-chars.ts';
import { CLIENT_FILE, FIRST_SEARCH_FILE } from './search/search-index-paths.ts';
import { writePagefind } from './search/write-pagefind.ts';
import { Progress, showsProgress } from './progress/progress.ts';
import { exitWithBuild } from './astro/exit-with-build.ts';

// Run beside Astro's render, end with the build that started it (scripts/astro/exit-with-build.ts).
exitWithBuild();
const { values } = parseArgs({
  options: {
    // The folder astro.config.mjs builds into: HEALTHY_DIST_DIR, else dist/ (as scripts/postbuild.ts).
    dist: { type: 'string', default: process.env['HEALTHY_DIST_DIR'] || 'dist' },
    // A bench or test build points the collections elsewhere (src/content.config.ts reads the same variable).
    content: { type: 'string', default: process.env['HEALTHY_CONTENT_DIR'] ?? 'content' },
    // The other shards' roots, relative to this site's; `npm run build` passes no arguments, so the variable.
    merge: { type: 'string', multiple: true, default: (process.env['HEALTHY_SEARCH_MERGE'] ?? '').split(/[\s,]+/).filter(Boolean) },
    quiet: { type: 'boolean', default: false },
  },
});
const dist = resolve(values.dist);
// Checked before anything is written: a bad shard path fails the build, not a visitor's search.
const shards = shardsFile(values.merge);
const started = performance.now();

// Pagefind indexes all records in one call: progress counts the stage's steps.
const progress = new Progress('search-index', 4, 'steps', showsProgress(values.quiet));
progress.now('reading plans and their records');
const toHans = Converter({ from: 't', to: 'cn' });
// Plan by plan: each model is dropped once its records are built (read-search-groups.ts).
const { groups, outlines: plans } = await readSearchGroups(resolve(values.content), toHans);
const records = flattenGroups(groups);
progress.tick();

progress.now(`pagefind index of ${groups.length.toLocaleString('en-US')} groups`);
const pagefind = await writePagefind(groups, join(dist, PAGEFIND_DIR));
progress.tick();

/** Files written this run (new or changed), and kept as the last build left them. */
const files = { written: pagefind.files.written, kept: pagefind.files.kept };
async function put(path: string, contents: string | Uint8Array): Promise<void> {
  files[(await writeIfChanged(join(dist, path), contents)) ? 'written' : 'kept'] += 1;
}
progress.now('fallback index');
const fallback = fallbackIndexFiles(groups);
const groupMap: OutputFile = { path: SEARCH_DIR + PAGEFIND_GROUPS_FILE, contents: registryScript(REGISTRY, 'pagefindGroups', [pagefind.groups]) };
for (const file of [...fallback.files, facetsFile(records), placesFile(plans, records), groupMap, shards]) await put(file.path, file.contents);
// The last build's fallback files that this one did not give (fewer groups or token shards).
const fallbackDir = join(dist, SEARCH_DIR, FALLBACK_DIR);
const fallbackGone = await removeOtherFiles(fallbackDir, new Set(fallback.files.map((file) => relative(fallbackDir, join(dist, file.path)).split(sep).join('/'))));
progress.tick();
progress.now('client');
const client = SEARCH_DIR + CLIENT_FILE;
files[(await bundleClient(join(dist, client), traditionalChars(toHans, records))) ? 'written' : 'kept'] += 1;
progress.tick();
progress.end();
await put(SEARCH_DIR + CONVERTER_FILE, await readFile(createRequire(import.meta.url).resolve('opencc-js/t2cn')));

/** The files under `folder` of dist/, with their paths from dist/ and their sizes. */
async function sizes(folder: string): Promise<SizedFile[]> {
  const paths = (await listFolderFiles(join(dist, folder))).map((path) => folder + path);
  return Promise.all(paths.map(async (path) => ({ path, bytes: (await stat(join(dist, path))).size })));
}
const pagefindFiles = await sizes(PAGEFIND_DIR);
const fallbackFiles = await sizes(SEARCH_DIR + FALLBACK_DIR);
const first = firstSearchFiles({
  always: [client, shards.path, SEARCH_DIR + FALLBACK_DIR + fallbackNames.manifest],
  tokenShards: fallbackFiles.filter((file) => /\/t-\d+\.js$/.test(file.path)),
  recordShards: fallbackFiles.filter((file) => /\/r-\d+\.js$/.test(file.path)),
  batch: GROUPS_PER_BATCH,
});
const merged = mergedSearchFiles({ pagefind: pagefindFiles, pagefindDir: PAGEFIND_DIR, groupMap: groupMap.path });
await put(SEARCH_DIR + FIRST_SEARCH_FILE, `${JSON.stringify({ files: first, merged }, null, 2)}\n`);

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const sum = (files: readonly SizedFile[]) => files.reduce((total, file) => total + file.bytes, 0);
const index = pagefindFiles.filter((file) => /\/(index|fragment|filter)\/|\.pf_meta$/.test(file.path));
const firstBytes = (await Promise.all(first.map(async (path) => (await stat(join(dist, path))).size))).reduce((a, b) => a + b, 0);
const clientGz = gzipSync(await readFile(join(dist, client))).length;
console.error(
  `search-index: ${records.length} records in ${groups.length} groups from ${plans.length} plans; ` +
    `pagefind index ${kb(sum(index))} (${pagefindFiles.length} files); fallback ${kb(sum(fallbackFiles))} ` +
    `(${fallbackFiles.length} files, ${fallback.manifest.tokenShards} token shards); first search ${kb(firstBytes)}; ` +
    `client ${kb(clientGz)} gzipped; ${values.merge.length > 0 ? `merging ${values.merge.join(' ')}; ` : ''}` +
    `${files.kept} files as the last build left them, ${files.written} written, ${pagefind.files.removed + fallbackGone.length} removed; ` +
    `${((performance.now() - started) / 1000).toFixed(1)} s`,
);
