/**
 * `node scripts/open-data.ts [--dist dist] [--content content] [--quiet]` (part of `npm run build`, after
 * astro build): write the site's open data files (data/<scope>/<dataset>.{csv,json}, see
 * docs/open-data.md) from the plan models. Plain Node rather than Astro endpoints: twelve files a
 * plan are downloads, not pages, and written here they cost a fraction of a page each. Also the
 * any-two comparison's data, one script a plan (compare/data/<slug>.js), and its client
 * (compare/compare.js): data files too, read by the browser rather than downloaded.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { dataFiles } from '../src/lib/open-data/data-file.ts';
import { DATASET_NAMES, dataScopes } from '../src/lib/open-data/datasets.ts';
import { COMPARE_CLIENT } from '../src/lib/lineage/compare-data.ts';
import { buildSiteContent } from '../src/lib/site-content.ts';
import { DataFormatSchema, ThemeSchema } from '../src/model/index.ts';
import { bundleCompareClient } from './compare/bundle-compare-client.ts';
import { compareFiles } from './compare/compare-files.ts';
import { readPlanModels } from './emit/read-plan-models.ts';
import { Progress, showsProgress } from './progress/progress.ts';

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

let files = 0;
let bytes = 0;
// Every scope (each plan, the whole collection) gives each dataset in each format.
const progress = new Progress('open-data', dataScopes(site).length * DATASET_NAMES.length * DataFormatSchema.options.length, 'files', showsProgress(values.quiet));
async function write(file: { path: string; contents: string | Uint8Array }): Promise<void> {
  const target = join(dist, file.path);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, file.contents);
  files += 1;
  bytes += Buffer.byteLength(file.contents);
}
for (const file of dataFiles(site)) {
  await write(file);
  progress.tick();
}
progress.end();
console.error(`open-data: ${files} files (${(bytes / 1e6).toFixed(1)} MB) for ${site.plans.length} plans in ${((performance.now() - started) / 1000).toFixed(1)} s`);

const compareStarted = performance.now();
[files, bytes] = [0, 0];
for (const file of compareFiles(site.plans)) await write(file);
await bundleCompareClient(join(dist, COMPARE_CLIENT));
console.error(`open-data: compare data of ${files} plans (${(bytes / 1e6).toFixed(1)} MB) and client in ${((performance.now() - compareStarted) / 1000).toFixed(1)} s`);
