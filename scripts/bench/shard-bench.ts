/**
 * `npm run bench -- --notices N --shards K`: the generated corpus split into K shards, each built
 * as a site of its own (as each would be on its own machine or CI job, so each is measured
 * alone), then laid out as one deployment — the main shard at the top, whose search merges the
 * others' indexes, and shard i at shards/<i>/ — with seconds and peak memory per shard and stage,
 * and the bytes of a first search on the main shard across every shard's index.
 */
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitAstroStage } from './beside-rows.ts';
import { buildStages } from './build-stages.ts';
import { heapMbFor } from './heap-size.ts';
import { mergedFirstSearch, type ShardFirstSearch } from './merged-first-search.ts';
import { measureStage, type StageFigures } from './measure.ts';
import { siteFigures } from './site-figures.ts';
import { shardFolder, splitEvenly } from './split-corpus.ts';
import { filesBytes } from './transfer-bytes.ts';


/** What the one-machine bench has already made: the repository, its work folder and the generated notices. */
export interface ShardBenchInputs {
  root: string;
  work: string;
  seedsDir: string;
  shards: number;
  /** Where the figures are written as JSON. */
  json: string;
  /** Keep the work folder (the deployment is in <work>/deploy). */
  keep: boolean;
}

/** Figures of one shard's build. */
interface ShardFigures {
  folder: string;
  notices: number;
  pages: number | null;
  distMb: number | null;
  stages: StageFigures[];
  seconds: number;
  peakRssMb: number;
  ok: boolean;
}

function buildShard(inputs: ShardBenchInputs, index: number, notices: readonly string[], others: readonly string[]): ShardFigures {
  const { root } = inputs;
  const dir = join(inputs.work, `shard-${index + 1}`);
  const seeds = join(dir, 'notices');
  const content = join(dir, 'content');
  const dist = join(dir, 'dist');
  mkdirSync(seeds, { recursive: true });
  for (const file of notices) renameSync(join(inputs.seedsDir, file), join(seeds, file));
  const env = {
    ...process.env,
    HEALTHY_CONTENT_DIR: content,
    HEALTHY_NOTICES_DIR: seeds,
    HEALTHY_DIST_DIR: dist,
    HEALTHY_CACHE_DIR: join(dir, 'astro-cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
    // Sized to the shard's own notices, as the shard's machine would run it.
    NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} --max-old-space-size=${heapMbFor(notices.length)}`.trim(),
  };
  const build: string = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts.build;
  const stages: StageFigures[] = [];
  for (const { stage, run } of buildStages(build, { notices: seeds, content, ingestCache: join(dir, 'ingest-cache'), dist, zip: join(dir, 'site.zip'), merge: others })) {
    const command = run.bin === 'node' ? process.execPath : join(root, 'node_modules', '.bin', run.bin);
    let log = '';
    const figures = measureStage(stage, command, run.args, { ...env, ...run.env }, root, (stdout) => (log = stdout));
    // The astro build's log gives the figures of the stages beside its render.
    stages.push(...(stage === 'astro build' ? splitAstroStage(figures, log) : [figures]));
    if (!stages.at(-1)!.ok) break;
  }
  const ok = stages.every((s) => s.ok);
  const site = ok ? siteFigures(dist, join(root, 'src', 'pages')) : null;
  return {
    folder: shardFolder(index),
    notices: notices.length,
    pages: site?.pages ?? null,
    distMb: site?.distMb ?? null,
    stages,
    seconds: stages.filter((s) => !s.beside).reduce((sum, s) => sum + s.seconds, 0),
    peakRssMb: Math.max(...stages.map((s) => s.peakRssMb ?? 0)),
    ok,
  };
}

/** Build the shards, lay them out, print and write the figures; true when every build succeeded. */
export function benchShards(inputs: ShardBenchInputs): boolean {
  const files = readdirSync(inputs.seedsDir).filter((f) => f.endsWith('.txt')).sort();
  const parts = splitEvenly(files, inputs.shards);
  const folders = parts.map((_, i) => shardFolder(i));
  // Only the main shard lists the others; each shard's own search page covers itself.
  const shards = parts.map((part, i) => buildShard(inputs, i, part, i === 0 ? folders.slice(1) : []));
  const ok = shards.every((shard) => shard.ok);

  const deploy = join(inputs.work, 'deploy');
  let firstSearch: { stored: number; transferred: number } | null = null;
  if (ok) {
    shards.forEach((shard, i) => {
      const target = join(deploy, shard.folder);
      mkdirSync(join(target, '..'), { recursive: true });
      renameSync(join(inputs.work, `shard-${i + 1}`, 'dist'), target);
    });
    const lists = shards.map((shard): ShardFirstSearch => ({ folder: shard.folder, ...JSON.parse(readFileSync(join(deploy, shard.folder, 'search', 'first-search.json'), 'utf8')) }));
    firstSearch = filesBytes(deploy, mergedFirstSearch(lists));
  }
  const result = {
    notices: files.length,
    shards,
    /** Bytes a first search on the main shard transfers over http(s) from a server that gzips text, across every shard's index. */
    mergedFirstSearchKb: firstSearch && firstSearch.transferred / 1024,
    /** The same files as stored. */
    mergedFirstSearchStoredKb: firstSearch && firstSearch.stored / 1024,
    ok,
  };
  writeFileSync(inputs.json, JSON.stringify(result, null, 2) + '\n');

  const fmt = (n: number | null | undefined, digits = 1) => (n === null || n === undefined ? '—' : n.toFixed(digits));
  const stageNames = [...new Set(shards.flatMap((shard) => shard.stages.map((s) => s.stage)))];
  console.log(`\n${files.length} notices in ${shards.length} shards, each built on its own (as on its own machine):`);
  console.log(`| shard | folder | notices | pages | ${stageNames.map((s) => `${s} (s)`).join(' | ')} | total (s) | peak RSS (MB) |`);
  console.log(`|${'---|'.repeat(6 + stageNames.length)}`);
  shards.forEach((shard, i) => {
    const seconds = stageNames.map((name) => fmt(shard.stages.find((s) => s.stage === name)?.seconds));
    console.log(`| ${i + 1}${shard.ok ? '' : ' (failed)'} | ${shard.folder || '(top)'} | ${shard.notices} | ${shard.pages ?? '—'} | ${seconds.join(' | ')} | ${fmt(shard.seconds)} | ${fmt(shard.peakRssMb, 0)} |`);
  });
  console.log(
    `\nfirst search on the main shard, merged over ${shards.length} indexes: ${fmt(result.mergedFirstSearchKb)} KB over http gzipped ` +
      `(${fmt(result.mergedFirstSearchStoredKb)} KB as stored)`,
  );
  console.log(`figures written to ${inputs.json}${inputs.keep ? `; deployment kept in ${deploy}` : ''}`);
  if (!inputs.keep) rmSync(inputs.work, { recursive: true, force: true });
  return ok;
}
