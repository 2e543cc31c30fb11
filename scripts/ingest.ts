/**
 * `npm run ingest`: read every notice in --in (seeds/), parse it, write the content
 * collections to --out (content/) and an optional JSON --report. The thin disk edge of a
 * pure pipeline; one bad notice is reported and the others still build.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { WorkerPool } from './worker-pool.ts';
import { emitThemes } from './emit/emit-themes.ts';
import type { EmittedFile } from './emit/emitted-file.ts';
import { codeVersion } from './code-version.ts';
import { ingestTask, type IngestResult, type IngestTask } from './ingest/ingest-task.ts';
import { NoticeCache, type CachedNotice } from './ingest/notice-cache.ts';
import { reportNotice, type NoticeReport } from './ingest/report.ts';
import { assignSlugs } from './ingest/assign-slugs.ts';
import { readLedger, writeLedger } from './ingest/ledger-file.ts';
import { formatDiagnostic } from './parse/diagnostics.ts';
import { Progress, showsProgress } from './progress/progress.ts';
import type { NoticeOutcome } from './ingest/read-notice.ts';
import { themeTaxonomy } from './insight/index.ts';
import type { Plan } from '../src/model/index.ts';

const { values } = parseArgs({
  options: {
    in: { type: 'string', default: 'seeds' },
    out: { type: 'string', default: 'content' },
    report: { type: 'string' },
    quiet: { type: 'boolean', default: false },
    cache: { type: 'string', default: 'node_modules/.cache/healthy-ingest' },
    'no-cache': { type: 'boolean', default: false },
    threads: { type: 'string', default: String(availableParallelism()) },
    slugs: { type: 'string' },
  },
});

const root = resolve(import.meta.dirname, '..');
// An unchanged notice (same name, bytes, parser/emitter code and libraries) is not parsed or emitted again.
const cache = values['no-cache']
  ? null
  : new NoticeCache(resolve(values.cache), await codeVersion(root, ['scripts/decode', 'scripts/parse', 'scripts/insight', 'scripts/emit', 'scripts/ingest', 'src/model', 'package-lock.json']));

const inDir = resolve(values.in);
const outDir = resolve(values.out);
const files = (await readdir(inDir)).filter((f) => f.endsWith('.txt')).sort();
// Every slug ever given (README, Permalinks): kept beside the content it names unless --slugs says.
const ledgerPath = resolve(values.slugs ?? join(outDir, 'slugs.json'));
const ledger = await readLedger(ledgerPath);

/**
 * Threads to parse `count` notices on: starting a worker (loading the parser) costs about as much
 * as parsing NOTICES_PER_THREAD notices, so a handful are parsed on this thread.
 */
const NOTICES_PER_THREAD = 20;
const threadsFor = (count: number): number => Math.max(1, Math.min(Number(values.threads), Math.floor(count / NOTICES_PER_THREAD)));

const plans: Plan[] = [];
const progress = new Progress('ingest', files.length, 'notices', showsProgress(values.quiet));
const emitted: EmittedFile[] = [emitThemes(themeTaxonomy())];
const reports = new Map<string, NoticeReport>();
let failed = 0;

// 1. Read every notice: an unchanged one from the cache, the others parsed on worker threads.
// One file at a time: a collection of thousands must not open them all at once.
const read: { file: string; bytes: Uint8Array; entry: CachedNotice | null }[] = [];
progress.phase('reading', files.length);
for (const file of files) {
  const bytes = await readFile(join(inDir, file));
  read.push({ file, bytes, entry: (await cache?.get(file, bytes)) ?? null });
  progress.tick();
}
const cached = new Map(read.map((notice) => [notice.file, notice]));
const misses = read.filter((notice) => !notice.entry);
const pool = new WorkerPool<IngestTask, IngestResult>(new URL('./ingest/ingest-worker.ts', import.meta.url), null, threadsFor(misses.length), ingestTask);
try {
  const parsed = new Map<string, NoticeOutcome>(read.flatMap(({ file, entry }) => (entry ? [[file, entry.outcome] as const] : [])));
  let at = 0;
  progress.phase('parsing', misses.length);
  for await (const result of pool.map(misses.map(({ file, bytes }): IngestTask => ({ kind: 'read', file, bytes })))) {
    if (result.kind === 'read') parsed.set(misses[at++]!.file, result.outcome);
    progress.tick();
  }
  progress.end();
  for (const file of files) {
    const outcome = parsed.get(file)!;
    const { bytes, entry } = cached.get(file)!;
    if (!values.quiet) for (const d of outcome.diagnostics) console.error(formatDiagnostic(d));
    if (outcome.ok) {
      plans.push(outcome.plan);
    } else {
      failed++;
      console.error(`${outcome.error}`);
    }
    reports.set(file, reportNotice(file, outcome, null));
    if (!outcome.ok && cache && !entry) await cache.set(file, bytes, { outcome, slug: null, files: [] });
  }

  // 2. Emit each plan under its permanent slug: files cached under the same slug are reused.
  const assigned = assignSlugs(plans, ledger);
  const unique = assigned.plans;
  await writeLedger(ledgerPath, assigned.ledger);
  const toEmit = unique.filter((plan) => cached.get(plan.source.file)!.entry?.slug !== plan.slug);
  const fresh = new Map<string, EmittedFile[]>();
  at = 0;
  progress.phase('emitting', toEmit.length, 'plans');
  for await (const result of pool.map(toEmit.map((plan): IngestTask => ({ kind: 'emit', plan })))) {
    if (result.kind === 'emit') fresh.set(toEmit[at++]!.slug, result.files);
    progress.tick();
  }
  for (const plan of unique) {
    reports.get(plan.source.file)!.slug = plan.slug;
    const { bytes, entry } = cached.get(plan.source.file)!;
    const files = fresh.get(plan.slug) ?? entry!.files;
    // The cache keeps the outcome as parsed (before slugs were made unique) and the files as emitted.
    if (fresh.has(plan.slug) && cache) await cache.set(plan.source.file, bytes, { outcome: parsed.get(plan.source.file)!, slug: plan.slug, files });
    emitted.push(...files);
  }
} finally {
  await pool.close();
}
const reused = read.length - misses.length;

// content/ is wholly generated: clear what this command owns, then write.
for (const sub of ['plans', 'plan-data', 'themes.json']) await rm(join(outDir, sub), { recursive: true, force: true });
progress.phase('writing', emitted.length, 'files');
for (const { path, contents } of emitted) {
  const target = join(outDir, path);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, contents);
  progress.tick();
}
progress.end();
if (values.report) await writeFile(resolve(values.report), JSON.stringify({ notices: [...reports.values()] }, null, 2) + '\n');

console.error(`ingest: ${plans.length} of ${files.length} notices parsed, ${failed} failed (${reused} unchanged, from cache) → ${outDir}`);
process.exitCode = failed > 0 ? 1 : 0;
