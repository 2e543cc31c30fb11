import { spawn } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../support/site/build-site.ts';
import { stepEnv } from '../../../scripts/bench/build-stages.ts';
import { withBuildLock } from './build-lock.ts';

/** The folders of one build made outside the repository's content/, dist/ and release/. */
export interface BuildFolders {
  /** The notices read, as `npm run ingest -- --in`. */
  notices: string;
  content: string;
  dist: string;
  zip: string;
  /** Astro's cache, with the ingest's and the post-build pass's in it: this build shares none of the default build's. */
  cache: string;
  /** stdout and stderr of every stage. */
  log: string;
}

/** The folders of a build under `work`, reading the notices in `notices`. */
export function foldersUnder(work: string, notices: string): BuildFolders {
  return {
    notices,
    content: join(work, 'content'),
    dist: join(work, 'dist'),
    zip: join(work, 'healthy-plans-site.zip'),
    cache: join(work, 'astro-cache'),
    log: join(work, 'build.log'),
  };
}

/**
 * One stage of `npm run build` (package.json), pointed at other folders: the command to run.
 * Throws on a stage it does not know, so a step added to the build is never silently left out here.
 */
function stageCommand(step: string, folders: BuildFolders): string[] {
  const bin = (name: string) => join(ROOT, 'node_modules', '.bin', name);
  if (step.startsWith('npm run ingest')) {
    return [process.execPath, 'scripts/ingest.ts', '--in', folders.notices, '--out', folders.content, '--cache', join(folders.cache, 'ingest'), '--quiet'];
  }
  if (step === 'astro build') return [bin('astro'), 'build'];
  if (step.startsWith('node scripts/open-data.ts')) return [process.execPath, 'scripts/open-data.ts', '--dist', folders.dist];
  if (step.startsWith('node scripts/search-index.ts')) return [process.execPath, 'scripts/search-index.ts', '--dist', folders.dist];
  if (step.startsWith('node scripts/postbuild.ts')) return [process.execPath, 'scripts/postbuild.ts', '--dist', folders.dist, '--zip', folders.zip];
  throw new Error(`tests/gates/support/build-into.ts does not know the build step "${step}" of package.json; teach it where that step reads and writes`);
}

/** The stages of `npm run build`, in order, as package.json lists them ("a && b && c"). */
export function buildSteps(): string[] {
  const scripts: Record<string, string> = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts;
  return scripts['build']!.split('&&').map((step) => step.trim());
}

function run(command: string[], env: NodeJS.ProcessEnv, log: NodeJS.WritableStream): Promise<number | null> {
  return new Promise((done, fail) => {
    const child = spawn(command[0]!, command.slice(1), { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    child.on('error', fail);
    child.on('close', done);
  });
}

/**
 * Run every stage of `npm run build` on `folders`: the notices are ingested into folders.content,
 * the site is built into folders.dist and zipped to folders.zip, through the environment variables
 * astro.config.mjs, src/content.config.ts and src/lib/notice-file.ts read. One such build runs at
 * a time (build-lock.ts). `extraEnv` adds variables, e.g. SITE_URL. Throws with the log's tail.
 */
export function buildInto(folders: BuildFolders, extraEnv: Readonly<Record<string, string>> = {}): Promise<void> {
  return withBuildLock(() => runSteps(folders, extraEnv));
}

async function runSteps(folders: BuildFolders, extraEnv: Readonly<Record<string, string>>): Promise<void> {
  const env = {
    ...process.env,
    ...extraEnv,
    HEALTHY_NOTICES_DIR: folders.notices,
    HEALTHY_CONTENT_DIR: folders.content,
    HEALTHY_DIST_DIR: folders.dist,
    HEALTHY_CACHE_DIR: folders.cache,
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  const log = createWriteStream(folders.log);
  try {
    for (const step of buildSteps()) {
      const { env: stepVars, command: plain } = stepEnv(step);
      const command = stageCommand(plain, folders);
      log.write(`$ ${command.join(' ')}\n`);
      const status = await run(command, { ...env, ...stepVars }, log);
      if (status !== 0) {
        await new Promise((done) => log.end(done));
        const tail = readFileSync(folders.log, 'utf8').split('\n').slice(-30).join('\n');
        throw new Error(`build step "${step}" failed (exit ${status}); log: ${folders.log}\n${tail}`);
      }
    }
  } finally {
    if (!log.closed) await new Promise((done) => log.end(done));
  }
}
