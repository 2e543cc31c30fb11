/**
 * `npm run ingest`: read every notice in --in (seeds/), parse it, write the content
 * collections to --out (content/) and an optional JSON --report. The thin disk edge of a
 * pure pipeline; one bad notice is reported and the others still build.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { emitContent } from './emit/emit-content.ts';
import { reportNotice, type NoticeReport } from './ingest/report.ts';
import { uniqueSlugs } from './ingest/unique-slugs.ts';
import { formatDiagnostic } from './parse/diagnostics.ts';
import { readNotice } from './ingest/read-notice.ts';
import { themeTaxonomy } from './insight/index.ts';
import type { Plan } from '../src/model/index.ts';

const { values } = parseArgs({
  options: {
    in: { type: 'string', default: 'seeds' },
    out: { type: 'string', default: 'content' },
    report: { type: 'string' },
    quiet: { type: 'boolean', default: false },
  },
});

const inDir = resolve(values.in);
const outDir = resolve(values.out);
const files = (await readdir(inDir)).filter((f) => f.endsWith('.txt')).sort();

const plans: Plan[] = [];
const reports: NoticeReport[] = [];
let failed = 0;
for (const file of files) {
  const bytes = await readFile(join(inDir, file));
  const outcome = readNotice(file, bytes);
  if (!values.quiet) for (const d of outcome.diagnostics) console.error(formatDiagnostic(d));
  if (outcome.ok) {
    plans.push(outcome.plan);
  } else {
    failed++;
    console.error(`${outcome.error}`);
  }
  reports.push(reportNotice(file, outcome, null));
}

const unique = uniqueSlugs(plans);
for (const plan of unique) {
  const report = reports.find((r) => r.source === plan.source.file)!;
  report.slug = plan.slug;
}

// content/ is wholly generated: clear what this command owns, then write.
for (const sub of ['plans', 'plan-data', 'themes.json']) await rm(join(outDir, sub), { recursive: true, force: true });
for (const { path, contents } of emitContent(unique, themeTaxonomy())) {
  const target = join(outDir, path);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, contents);
}
if (values.report) await writeFile(resolve(values.report), JSON.stringify({ notices: reports }, null, 2) + '\n');

console.error(`ingest: ${plans.length} of ${files.length} notices parsed, ${failed} failed → ${outDir}`);
process.exitCode = failed > 0 ? 1 : 0;
