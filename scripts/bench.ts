/**
 * `npm run bench -- --notices N`: generate N synthetic notices from the seeds, run the whole
 * build on them (ingest, astro with open data and the search index beside its render, relative rewrite + zip) in a temporary folder,
 * and print a table of seconds and peak memory per stage, sizes and throughput. Also writes
 * the figures as JSON (--json). A measurement, not a test: it asserts nothing. With --shards K,
 * the corpus is built as K shards instead, each on its own, and laid out as one deployment
 * (scripts/bench/shard-bench.ts).
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateNotice } from './bench/generate-notice.ts';
import { heapMbFor } from './bench/heap-size.ts';
import { measureStage, type StageFigures } from './bench/measure.ts';
import { Random } from './bench/random.ts';
import { seedMaterial } from './bench/seed-material.ts';
import { benchShards } from './bench/shard-bench.ts';
import { astroStepEnv } from './bench/build-stages.ts';
import { peakAtOnceMb, splitAstroStage } from './bench/beside-rows.ts';
import { listPageRoutes } from './bench/page-routes.ts';
import { printPageFigures, printRebuiltRoutes } from './bench/print-pages.ts';
import { routeTimes } from './bench/route-times.ts';
import { renderedSince } from './bench/rendered-since.ts';
import { siteFigures } from './bench/site-figures.ts';
import { changeOneNotice } from './bench/change-notice.ts';
import { filesBytes } from './bench/transfer-bytes.ts';
import { readNotice } from './ingest/read-notice.ts';
import type { Plan } from '../src/model/index.ts';

const { values } = parseArgs({
  options: {
    notices: { type: 'string', default: '100' },
    json: { type: 'string', default: 'bench-result.json' },
    keep: { type: 'boolean', default: false },
    seed: { type: 'string', default: '1' },
    shards: { type: 'string', default: '1' },
    rebuild: { type: 'boolean', default: false },
  },
});
const count = Number(values.notices);
const root = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), `bench-${count}-`));
const seedsDir = join(work, 'seeds');
const contentDir = join(work, 'content');
const distDir = join(work, 'dist');
const pagesDir = join(root, 'src', 'pages');
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

// With --shards K > 1, the same corpus is built as K sites, each measured as its own machine would run it.
const shardCount = Number(values.shards);
if (shardCount > 1) process.exit(benchShards({ root, work, seedsDir, shards: shardCount, json: resolve(values.json), keep: values.keep }) ? 0 : 1);

// 2. Run each stage of the build as the real build runs it, on the generated corpus.
const env = {
  ...process.env,
  HEALTHY_CONTENT_DIR: contentDir,
  HEALTHY_NOTICES_DIR: seedsDir,
  HEALTHY_DIST_DIR: distDir,
  HEALTHY_CACHE_DIR: join(work, 'astro-cache'),
  ASTRO_TELEMETRY_DISABLED: '1',
  NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} --max-old-space-size=${heapMbFor(count)}`.trim(),
};
const node = process.execPath;
const bin = (name: string) => join(root, 'node_modules', '.bin', name);
/**
 * The stages buildOnce runs: ingest, astro build, relative + zip, and the two stages Astro runs
 * beside its render (open data, search index: astro.config.mjs), whose figures its log gives.
 */
const BUILD_STAGES = 5;
let astroLog = '';
let astroRuns = 0;
let astroWrote: { route: string; pages: number }[] = [];
/** Every stage of the build, in order, measured; stops at the first that fails. */
function buildOnce(): StageFigures[] {
  const stages: StageFigures[] = [];
  const run = (stage: string, command: string, args: string[], onOutput?: (stdout: string) => void, vars: Record<string, string> = {}) => {
    const figures = measureStage(stage, command, args, { ...env, ...vars }, root, onOutput);
    stages.push(figures);
    return figures.ok;
  };
  const runAstro = () => {
    const started = Date.now();
    // With the variables the build script gives it (package.json).
    const ok = run('astro build', bin('astro'), ['build'], (log) => (astroLog = log), astroStepEnv(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts.build));
    // The stages beside the render on rows of their own, and astro's own CPU and peak.
    stages.push(...splitAstroStage(stages.pop()!, astroLog));
    if (!ok) return false;
    // Kept with the site (--keep): Astro's page log says which pages it rendered and which it reused.
    writeFileSync(join(work, `astro-${++astroRuns}.log`), astroLog);
    // Before the post-build pass writes into dist/: the pages this astro build wrote, by route.
    astroWrote = renderedSince(distDir, env.HEALTHY_CACHE_DIR, started, listPageRoutes(pagesDir));
    return true;
  };
  // The ingest cache is the run's own: the first build parses every notice, a rebuild only the changed.
  void (
    run('ingest', node, [join(root, 'scripts', 'ingest.ts'), '--in', seedsDir, '--out', contentDir, '--cache', join(work, 'ingest-cache'), '--quiet']) &&
    // Not --silent: its page log gives each page's render time, summed per route below.
    runAstro() &&
    run('relative + zip', node, [join(root, 'scripts', 'postbuild.ts'), '--dist', distDir, '--zip', join(work, 'site.zip')])
  );
  return stages;
}
/** The wall time of a build: the stages beside the render ran within astro's. */
const wallSeconds = (run: readonly StageFigures[]): number => run.filter((s) => !s.beside).reduce((sum, s) => sum + s.seconds, 0);
/** Every stage of the build ran and succeeded (buildOnce stops at the first failure). */
const allRan = (run: readonly StageFigures[]): boolean => run.length === BUILD_STAGES && run.every((s) => s.ok);
const stages = buildOnce();
const ok = allRan(stages);

// 3. Report.
const site = ok ? siteFigures(distDir, pagesDir) : null;
const routeMs = routeTimes(astroLog, listPageRoutes(pagesDir));
const zipMb = ok ? statSync(join(work, 'site.zip')).size / 1e6 : null;
const firstSearch = ok ? firstSearchBytes(distDir) : null;
const ingest = stages.find((s) => s.stage === 'ingest')!;
const totalSeconds = wallSeconds(stages);

// 4. With --rebuild: change one notice and build again, as an editor would after a correction.
const rebuild = ok && values.rebuild ? rebuildAfterOneChange() : null;

const result = {
  notices: count,
  /** The heap limit each stage ran with (bench/heap-size.ts): it bounds the peak memory too. */
  heapMb: heapMbFor(count),
  inputMb: inputBytes / 1e6,
  ingestMbPerSecond: inputBytes / 1e6 / ingest.seconds,
  stages,
  totalSeconds,
  /** The most memory held at once, at most: the astro build's peak plus its stages'. */
  peakAtOnceMb: peakAtOnceMb(stages),
  ...site,
  zipMb,
  /** Bytes a first search transfers over http(s) from a server that gzips text. */
  firstSearchKb: firstSearch === null ? null : firstSearch.transferred / 1024,
  /** The same files as stored (as read from disk by file://, or from a server that does not compress). */
  firstSearchStoredKb: firstSearch === null ? null : firstSearch.stored / 1024,
  /** Render time per route from Astro's page log, costliest first. */
  routeMs,
  rebuild,
  ok,
};
writeFileSync(resolve(values.json), JSON.stringify(result, null, 2) + '\n');

const fmt = (n: number | null | undefined, digits = 1) => (n === null || n === undefined ? '—' : n.toFixed(digits));
console.log(`\n${count} notices (${fmt(result.inputMb, 2)} MB) → ${site?.pages ?? '—'} pages; each stage's heap limit ${result.heapMb} MB`);
console.log(`| stage | seconds | CPU s | peak RSS (MB) |${rebuild ? ' rebuild after changing one notice (s) |' : ''}`);
console.log(`|---|---|---|---|${rebuild ? '---|' : ''}`);
for (const s of stages) {
  const again = rebuild?.stages.find((r) => r.stage === s.stage);
  console.log(`| ${s.beside ? `(beside astro) ${s.stage}` : s.stage}${s.ok ? '' : ' (failed)'} | ${fmt(s.seconds)} | ${fmt(s.cpuSeconds)} | ${fmt(s.peakRssMb, 0)} |${rebuild ? ` ${fmt(again?.seconds)} |` : ''}`);
}
const cpuTotal = stages.reduce((sum, s) => sum + (s.cpuSeconds ?? 0), 0);
console.log(`| total | ${fmt(totalSeconds)} | ${fmt(cpuTotal)} | ${fmt(Math.max(...stages.map((s) => s.peakRssMb ?? 0)), 0)} |${rebuild ? ` ${fmt(rebuild.totalSeconds)} (${fmt(rebuild.ratio * 100, 0)}% of cold) |` : ''}`);
console.log(`peak memory at once at most ${fmt(result.peakAtOnceMb, 0)} MB (the astro build and the stages beside its render, their peaks added)`);
// The machine may be shared: the load average says how much, beside every figure.
console.log(`load average at the end: ${loadavg().map((n) => n.toFixed(2)).join(' ')}`);
console.log(
  `\ningest ${fmt(result.ingestMbPerSecond, 2)} MB/s · dist ${fmt(site?.distMb)} MB · zip ${fmt(zipMb)} MB · median page ${fmt(site?.medianPageKb)} KB gz (with CSS+JS) · ` +
    `first search ${fmt(result.firstSearchKb)} KB over http gzipped (${fmt(result.firstSearchStoredKb)} KB as stored)`,
);
if (site) printPageFigures(site.pageSizes, routeMs);
if (rebuild) printRebuiltRoutes(rebuild.rendered);
console.log(`figures written to ${resolve(values.json)}${values.keep ? `; corpus and site kept in ${work}` : ''}`);
if (!values.keep) rmSync(work, { recursive: true, force: true });
process.exitCode = ok && (!values.rebuild || rebuild?.ok) ? 0 : 1;

/** Change one notice of the corpus (its first plan line gains a word) and run the whole build again. */
function rebuildAfterOneChange(): { stages: StageFigures[]; totalSeconds: number; ratio: number; ok: boolean; rendered: { route: string; pages: number }[] } {
  const file = join(seedsDir, readdirSync(seedsDir).sort()[Math.floor(count / 2)]!);
  writeFileSync(file, changeOneNotice(readFileSync(file, 'utf8')));
  // The cold build's site, kept beside the rebuild's to diff them (--keep).
  if (values.keep) cpSync(distDir, join(work, 'dist-cold'), { recursive: true, preserveTimestamps: true });
  const again = buildOnce();
  const seconds = wallSeconds(again);
  // The pages Astro rendered again rather than copied from its cache, by route.
  return { stages: again, totalSeconds: seconds, ratio: seconds / totalSeconds, ok: allRan(again), rendered: astroWrote };
}

/** Files a first search reads (search/first-search.json), in bytes stored and transferred. */
function firstSearchBytes(dist: string): { stored: number; transferred: number } | null {
  const manifest = join(dist, 'search', 'first-search.json');
  try {
    return filesBytes(dist, JSON.parse(readFileSync(manifest, 'utf8')).files);
  } catch {
    return null;
  }
}
