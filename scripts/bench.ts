/**
 * `npm run bench -- --notices N`: generate N synthetic notices from the seeds, run the whole
 * build on them (ingest, astro, search index, relative rewrite + zip) in a temporary folder,
 * and print a table of seconds and peak memory per stage, sizes and throughput. Also writes
 * the figures as JSON (--json). A measurement, not a test: it asserts nothing.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateNotice } from './bench/generate-notice.ts';
import { measureStage, type StageFigures } from './bench/measure.ts';
import { Random } from './bench/random.ts';
import { seedMaterial } from './bench/seed-material.ts';
import { siteFigures } from './bench/site-figures.ts';
import { readNotice } from './ingest/read-notice.ts';
import type { Plan } from '../src/model/index.ts';

const { values } = parseArgs({
  options: {
    notices: { type: 'string', default: '100' },
    json: { type: 'string', default: 'bench-result.json' },
    keep: { type: 'boolean', default: false },
    seed: { type: 'string', default: '1' },
  },
});
const count = Number(values.notices);
const root = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), `bench-${count}-`));
const seedsDir = join(work, 'seeds');
const contentDir = join(work, 'content');
const distDir = join(work, 'dist');
mkdirSync(seedsDir);

// 1. Generate the corpus from the real seeds.
const plans: Plan[] = readdirSync(join(root, 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .flatMap((f) => {
    const outcome = readNotice(f, readFileSync(join(root, 'seeds', f)));
    return outcome.ok ? [outcome.plan] : [];
  });
const material = seedMaterial(plans);
const rng = new Random(Number(values.seed));
let inputBytes = 0;
for (let i = 0; i < count; i++) {
  const { text } = generateNotice(i, rng, material);
  const file = join(seedsDir, `${String(i).padStart(6, '0')}.txt`);
  writeFileSync(file, text);
  inputBytes += statSync(file).size;
}

// 2. Run each stage of the build as the real build runs it, on the generated corpus.
const env = {
  ...process.env,
  HEALTHY_CONTENT_DIR: contentDir,
  HEALTHY_NOTICES_DIR: seedsDir,
  HEALTHY_DIST_DIR: distDir,
  HEALTHY_CACHE_DIR: join(work, 'astro-cache'),
  ASTRO_TELEMETRY_DISABLED: '1',
};
const node = process.execPath;
const bin = (name: string) => join(root, 'node_modules', '.bin', name);
const stages: StageFigures[] = [];
const run = (stage: string, command: string, args: string[]) => {
  const figures = measureStage(stage, command, args, env, root);
  stages.push(figures);
  return figures.ok;
};
const ok =
  run('ingest', node, [join(root, 'scripts', 'ingest.ts'), '--in', seedsDir, '--out', contentDir, '--quiet']) &&
  run('astro build', bin('astro'), ['build', '--silent']) &&
  run('search index', node, [join(root, 'scripts', 'search-index.ts'), '--dist', distDir]) &&
  run('relative + zip', node, [join(root, 'scripts', 'postbuild.ts'), '--dist', distDir, '--zip', join(work, 'site.zip')]);

// 3. Report.
const site = ok ? siteFigures(distDir) : null;
const zipMb = ok ? statSync(join(work, 'site.zip')).size / 1e6 : null;
const firstSearch = ok ? firstSearchBytes(distDir) : null;
const ingest = stages.find((s) => s.stage === 'ingest')!;
const result = {
  notices: count,
  inputMb: inputBytes / 1e6,
  ingestMbPerSecond: inputBytes / 1e6 / ingest.seconds,
  stages,
  totalSeconds: stages.reduce((sum, s) => sum + s.seconds, 0),
  ...site,
  zipMb,
  firstSearchKb: firstSearch === null ? null : firstSearch / 1024,
  ok,
};
writeFileSync(resolve(values.json), JSON.stringify(result, null, 2) + '\n');

const fmt = (n: number | null | undefined, digits = 1) => (n === null || n === undefined ? '—' : n.toFixed(digits));
console.log(`\n${count} notices (${fmt(result.inputMb, 2)} MB) → ${site?.pages ?? '—'} pages`);
console.log('| stage | seconds | peak RSS (MB) |\n|---|---|---|');
for (const s of stages) console.log(`| ${s.stage}${s.ok ? '' : ' (failed)'} | ${fmt(s.seconds)} | ${fmt(s.peakRssMb, 0)} |`);
console.log(`| total | ${fmt(result.totalSeconds)} | ${fmt(Math.max(...stages.map((s) => s.peakRssMb ?? 0)), 0)} |`);
console.log(`\ningest ${fmt(result.ingestMbPerSecond, 2)} MB/s · dist ${fmt(site?.distMb)} MB · zip ${fmt(zipMb)} MB · median page ${fmt(site?.medianPageKb)} KB gz (with CSS+JS) · first search ${fmt(result.firstSearchKb)} KB`);
console.log(`figures written to ${resolve(values.json)}${values.keep ? `; corpus and site kept in ${work}` : ''}`);
if (!values.keep) rmSync(work, { recursive: true, force: true });
process.exitCode = ok ? 0 : 1;

/** Bytes a browser fetches for the first search: the search runtime, its entry and the first index chunks. */
function firstSearchBytes(dist: string): number | null {
  const manifest = join(dist, 'search', 'first-search.json');
  try {
    const files: string[] = JSON.parse(readFileSync(manifest, 'utf8')).files;
    return files.reduce((sum, f) => sum + statSync(join(dist, f)).size, 0);
  } catch {
    return null;
  }
}
