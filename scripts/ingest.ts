/**
 * `npm run ingest`: read every notice in --in (seeds/), parse it, write the content
 * collections to --out (content/) and an optional JSON --report. The thin disk edge of a
 * pure pipeline; one bad notice is reported and the others still build.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { emitPlan } from './emit/emit-plan.ts';
import { emitThemes } from './emit/emit-themes.ts';
import type { EmittedFile } from './emit/emitted-file.ts';
import { codeVersion } from './code-version.ts';
import { NoticeCache, type CachedNotice } from './ingest/notice-cache.ts';
import { reportNotice, type NoticeReport } from './ingest/report.ts';
import { uniqueSlugs } from './ingest/unique-slugs.ts';
import { formatDiagnostic } from './parse/diagnostics.ts';
import { readNotice, type NoticeOutcome } from './ingest/read-notice.ts';
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
  },
});

const root = resolve(import.meta.dirname, '..');
// An unchanged notice (same name, bytes and parser/emitter code) is not parsed or emitted again.
const cache = values['no-cache']
  ? null
  : new NoticeCache(resolve(values.cache), await codeVersion(root, ['scripts/decode', 'scripts/parse', 'scripts/insight', 'scripts/emit', 'src/model']));

const inDir = resolve(values.in);
const outDir = resolve(values.out);
const files = (await readdir(inDir)).filter((f) => f.endsWith('.txt')).sort();

const plans: Plan[] = [];
const reports = new Map<string, NoticeReport>();
const cached = new Map<string, { bytes: Uint8Array; entry: CachedNotice | null }>();
const parsed = new Map<string, NoticeOutcome>();
let failed = 0;
let reused = 0;
for (const file of files) {
  const bytes = await readFile(join(inDir, file));
  const entry = (await cache?.get(file, bytes)) ?? null;
  cached.set(file, { bytes, entry });
  if (entry) reused++;
  const outcome = entry?.outcome ?? readNotice(file, bytes);
  parsed.set(file, outcome);
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

const unique = uniqueSlugs(plans);
const emitted: EmittedFile[] = [emitThemes(themeTaxonomy())];
for (const plan of unique) {
  reports.get(plan.source.file)!.slug = plan.slug;
  const { bytes, entry } = cached.get(plan.source.file)!;
  // Emitted files name the plan's final slug; reuse them only when it is unchanged.
  const reuse = entry?.slug === plan.slug;
  const files = reuse ? entry!.files : emitPlan(plan);
  // The cache keeps the outcome as parsed (before slugs were made unique) and the files as emitted.
  if (!reuse && cache) await cache.set(plan.source.file, bytes, { outcome: parsed.get(plan.source.file)!, slug: plan.slug, files });
  emitted.push(...files);
}

// content/ is wholly generated: clear what this command owns, then write.
for (const sub of ['plans', 'plan-data', 'themes.json']) await rm(join(outDir, sub), { recursive: true, force: true });
for (const { path, contents } of emitted) {
  const target = join(outDir, path);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, contents);
}
if (values.report) await writeFile(resolve(values.report), JSON.stringify({ notices: [...reports.values()] }, null, 2) + '\n');

console.error(`ingest: ${plans.length} of ${files.length} notices parsed, ${failed} failed (${reused} unchanged, from cache) → ${outDir}`);
process.exitCode = failed > 0 ? 1 : 0;
