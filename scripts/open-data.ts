/**
 * `node scripts/open-data.ts [--dist dist] [--content content] [--quiet]` (part of `npm run build`, beside
 * astro build's render: scripts/astro/beside-stages.ts): write the site's open data files (data/<scope>/<dataset>.{csv,json}, see
 * docs/open-data.md) from the plan models. Plain Node rather than Astro endpoints: twelve files a
 * plan are downloads, not pages, and written here they cost a fraction of a page each. Also the
 * any-two comparison's data, one script a plan (compare/data/<slug>.js), and its client
 * (compare/compare.js): data files too, read by the browser rather than downloaded. A rebuild
 * finds the last build's files in place (scripts/astro/stale-files.ts) and rewrites only those
 * whose bytes change, removing the ones no plan gives any more (scripts/open-data/remove-unwritten.ts, scripts/keep/write-if-changed.ts).
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DATASET_NAMES, dataScopes } from '../src/lib/open-data/datasets.ts';
import { COMPARE_CLIENT } from '../src/lib/lineage/compare-data.ts';
import { buildSiteContent } from '../src/lib/site-content.ts';
import { DataFormatSchema, ThemeSchema } from '../src/model/index.ts';
import { bundleCompareClient } from './compare/bundle-compare-client.ts';
import { compareFiles } from './compare/compare-files.ts';
import { readPlanModels } from './emit/read-plan-models.ts';
import { writeIfChanged } from './keep/write-if-changed.ts';
import { removeUnwritten } from './open-data/remove-unwritten.ts';
import { writeDataFiles } from './open-data/write-data-files.ts';
import { Progress, showsProgress } from './progress/progress.ts';
import { exitWithBuild } from './astro/exit-with-build.ts';

// Run beside Astro's render, end with the build that started it (scripts/astro/exit-with-build.ts).
exitWithBuild();
const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: process.env['HEALTHY_DIST_DIR'] ?? 'dist' },
    // A bench or test build points the collections elsewhere (src/content.config.ts reads the same variable).
    content: { type: 'string', default: process.env['HEALTHY_CONTENT_DIR'] ?? 'content' },
    quiet: { type: 'boolean', default: false },
  },
});
const dist = resolve(values.dist);
const content = resolve(values.content);
const started = performance.now();

const models = await readPlanModels(content);
const taxonomy = ThemeSchema.array().parse(JSON.parse(await readFile(join(content, 'themes.json'), 'utf8')));
const site = buildSiteContent(models, taxonomy);

let [files, bytes, kept] = [0, 0, 0];
/** Every open data file this run wrote or found as it would write it; the rest are removed at the end. */
const written = new Set<string>();
// Every scope (each plan, the whole collection) gives each dataset in each format.
const progress = new Progress('open-data', dataScopes(site).length * DATASET_NAMES.length * DataFormatSchema.options.length, 'files', showsProgress(values.quiet));
async function write(file: { path: string; contents: string | Uint8Array }): Promise<void> {
  if (!(await writeIfChanged(join(dist, file.path), file.contents))) kept += 1;
  written.add(file.path);
  files += 1;
  bytes += Buffer.byteLength(file.contents);
}
const collection = await writeDataFiles(site, dist, write, () => progress.tick());
for (const path of collection.paths) written.add(path);
[files, bytes] = [files + collection.paths.length, bytes + collection.bytes];
progress.end();
console.error(`open-data: ${files} files (${(bytes / 1e6).toFixed(1)} MB, ${kept} as the last build left them) for ${site.plans.length} plans in ${((performance.now() - started) / 1000).toFixed(1)} s`);

const compareStarted = performance.now();
[files, bytes, kept] = [0, 0, 0];
for (const file of compareFiles(site.plans)) await write(file);
await bundleCompareClient(join(dist, COMPARE_CLIENT));
written.add(COMPARE_CLIENT);
const removed = await removeUnwritten(dist, written);
console.error(
  `open-data: compare data of ${files} plans (${(bytes / 1e6).toFixed(1)} MB, ${kept} as the last build left them) and client in ${((performance.now() - compareStarted) / 1000).toFixed(1)} s; ` +
    `${removed.length} files of the last build removed`,
);
