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
import { codeVersion } from './code-version.ts';
import type { IngestedNotice, IngestTask } from './ingest/ingest-task.ts';
import { NoticeCache } from './ingest/notice-cache.ts';
import { assignSlugs } from './ingest/assign-slugs.ts';
import { assignPlaceSlugs } from './ingest/assign-place-slugs.ts';
import { fillSlug, type FileToWrite } from './ingest/slug-free-file.ts';
import { readLedger, writeLedger } from './ingest/ledger-file.ts';
import { formatDiagnostic } from './parse/diagnostics.ts';
import { Progress, showsProgress } from './progress/progress.ts';

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

const progress = new Progress('ingest', files.length, 'notices', showsProgress(values.quiet));

// 1. Read every notice: an unchanged one from the cache, the others parsed and emitted on worker
// threads. No plan's model is kept: each comes back as its report, its claim to a slug and its
// files with the slug left out (issue 12). One file at a time: a collection of thousands must not
// open them all at once.
const read: { file: string; bytes: Uint8Array; entry: IngestedNotice | null }[] = [];
progress.phase('reading', files.length);
for (const file of files) {
  const bytes = await readFile(join(inDir, file));
  read.push({ file, bytes, entry: (await cache?.get(file, bytes)) ?? null });
  progress.tick();
}
const misses = read.filter((notice) => !notice.entry);
// The parser is loaded only where it runs: on the worker threads, or here when there is one
// thread (loading it here first would hold the workers back by a second).
const ingestHere = async (task: IngestTask) => (await import('./ingest/ingest-task.ts')).ingestTask(task);
const pool = new WorkerPool<IngestTask, IngestedNotice>(new URL('./ingest/ingest-worker.ts', import.meta.url), null, threadsFor(misses.length), ingestHere);
// The theme taxonomy is emitted meanwhile, as the workers start (a failure surfaces where it is awaited).
const themesFile = Promise.all([import('./emit/emit-themes.ts'), import('./insight/index.ts')]).then(([{ emitThemes }, { themeTaxonomy }]) => emitThemes(themeTaxonomy()));
themesFile.catch(() => {});
const ingested = new Map<string, IngestedNotice>(read.flatMap(({ file, entry }) => (entry ? [[file, entry] as const] : [])));
try {
  let at = 0;
  progress.phase('parsing', misses.length);
  for await (const notice of pool.map(misses.map(({ file, bytes }): IngestTask => ({ file, bytes })))) {
    const { file, bytes } = misses[at++]!;
    ingested.set(file, notice);
    // Nothing in an entry depends on the slug, so it is cached as soon as it is read.
    await cache?.set(file, bytes, notice);
    progress.tick();
  }
} finally {
  await pool.close();
}
progress.end();

const notices = files.map((file) => ingested.get(file)!);
for (const notice of notices) {
  if (!values.quiet) for (const d of notice.diagnostics) console.error(formatDiagnostic(d));
  if (!notice.ok) console.error(notice.error);
}
const parsed = notices.filter((notice) => notice.ok);
const failed = notices.length - parsed.length;

// 2. Each plan's files under its permanent slug, its units' under their place's permanent part.
const assigned = assignSlugs(parsed.map((notice) => notice.claim), ledger);
const placed = assignPlaceSlugs(parsed.flatMap((notice) => notice.place ?? []), ledger.places);
await writeLedger(ledgerPath, { ...assigned.ledger, places: placed.places });
for (const notice of parsed) notice.report.slug = assigned.slugs.get(notice.claim.source.file)!;
const placeOf = (notice: (typeof parsed)[number]): string | null => (notice.place ? placed.slugs.get(notice.place.place)! : null);

/** Every file of content/ this command owns; a plan's is filled with its slug only as it is written. */
function* filesToWrite(themes: FileToWrite): Generator<FileToWrite> {
  yield themes;
  for (const notice of parsed) for (const file of notice.files) yield fillSlug(file, { plan: notice.report.slug!, place: placeOf(notice) });
}
const reused = read.length - misses.length;

// content/ is wholly generated: clear what this command owns, then write.
for (const sub of ['plans', 'plan-data', 'themes.json']) await rm(join(outDir, sub), { recursive: true, force: true });
progress.phase('writing', 1 + parsed.reduce((sum, notice) => sum + notice.files.length, 0), 'files');
for (const { path, contents } of filesToWrite(await themesFile)) {
  const target = join(outDir, path);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, contents);
  progress.tick();
}
progress.end();
if (values.report) await writeFile(resolve(values.report), JSON.stringify({ notices: notices.map((notice) => notice.report) }, null, 2) + '\n');

console.error(`ingest: ${parsed.length} of ${files.length} notices parsed, ${failed} failed (${reused} unchanged, from cache) → ${outDir}`);
process.exitCode = failed > 0 ? 1 : 0;
