/**
 * An Astro integration that makes a rebuild keep the pages of the last build where they are. Astro
 * empties the output folder before each build and, with `experimental.incrementalBuild`, copies
 * back every page whose key and code are unchanged: at 300 notices that is 33,000 files and 27,000
 * folders removed (81 s on this shared disk, for 5 CPU s) and 27,000 copied again, to change a few
 * hundred. Astro keeps a page already in place instead (generate.js: a reusable page that exists
 * is "(cached)", not copied), so this integration turns the emptying off and does the rest itself:
 * - after the build it removes what the build did not make (stale-files.ts): a removed plan's
 *   pages, old bundles (open data and the search index stay: open-data.ts and search-index.ts
 *   rewrite what changed and remove the rest of their own);
 * - a page kept in place is the one the post-build pass made relative in the last build, and the
 *   pass leaves such a page as it is, so the site is byte for byte a cold build's. That holds for
 *   the pass's code of that build: a stamp of it (and of this file) and of the folder is written
 *   when a build succeeds and checked, then removed, when the next starts; without a matching
 *   stamp (the code changed, the last build failed half way, no last build, another folder) the
 *   folder is emptied as Astro would;
 * - the stages that write their own files from the collection (open data, the search index) run
 *   beside the render (beside-stages.ts): started once the folder is emptied or kept, and finished
 *   before what is stale is removed, so their files of this build are never taken for the last's.
 */
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { codeVersion } from '../code-version.ts';
import { outcomeLines, startBesideStages, type BesideRun, type BesideStage } from './beside-stages.ts';
import { ownPeakLine } from './stage-usage.ts';
import { staleFiles, type BuiltFile } from './stale-files.ts';
import { removeFiles } from '../keep/folder-files.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
/**
 * The code whose output a kept file holds besides Astro's: the post-build pass, this, the stages
 * that keep their own files in place and say which are theirs (open data, the search index: a
 * file they no longer write must not stay exempt from the sweep), the config that names those
 * stages, and the libraries they use (the lockfile). A change to any of it empties dist/ once.
 */
const STAMPED = [
  'astro.config.mjs',
  'scripts/postbuild.ts',
  'scripts/postbuild',
  'scripts/astro',
  'scripts/open-data.ts',
  'scripts/open-data',
  'scripts/search-index.ts',
  'scripts/search',
  'scripts/keep',
  'package-lock.json',
];
const STAMP_FILE = 'kept-pages-stamp';

/**
 * Every file under `dir` but those in `made`, its path relative to it (forward slashes) and its
 * time. A file the build made is never stale, so only the others are stat()ed: 27,000 stat calls
 * fewer at 300 notices (0.6 s of a rebuild).
 */
function listOtherFiles(dir: string, made: ReadonlySet<string>): BuiltFile[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .map((full) => ({ full, path: relative(dir, full).split(sep).join('/') }))
    .filter(({ path }) => !made.has(path))
    .map(({ full, path }) => ({ path, mtimeMs: statSync(full).mtimeMs }));
}

/** The integration: see the module comment. `beside`: the stages to run beside the render (their logs in this order). */
export function keepBuiltPages({ beside = [] }: { beside?: readonly BesideStage[] } = {}): AstroIntegration {
  let outDir = '';
  let stampPath = '';
  let started = 0;
  let stamp = '';
  let besideRun: BesideRun | null = null;
  return {
    name: 'healthy:keep-built-pages',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        stampPath = join(fileURLToPath(config.cacheDir), STAMP_FILE);
      },
      'astro:build:start': async ({ logger }) => {
        started = Date.now();
        // The folder too: a cache folder shared by builds into two folders vouches for neither.
        stamp = `${await codeVersion(ROOT, STAMPED)} ${outDir}`;
        let previous = '';
        try {
          previous = readFileSync(stampPath, 'utf8');
        } catch {
          // No stamp: no last build, or it did not finish.
        }
        rmSync(stampPath, { force: true });
        if (previous !== stamp) {
          logger.info(`no finished build of this code in ${outDir}: emptying it`);
          rmSync(outDir, { recursive: true, force: true });
        }
        besideRun = startBesideStages(beside, outDir);
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        // The stages beside the render write into this folder: they finish before it is listed.
        const waitingFor = besideRun?.running() ?? [];
        if (waitingFor.length > 0) logger.info(`waiting for ${waitingFor.join(' and ')} beside the pages`);
        const outcomes = (await besideRun?.finished) ?? [];
        outcomeLines(outcomes).forEach((line) => logger.info(line));
        const failed = outcomes.find((outcome) => outcome.error !== null);
        if (failed) throw failed.error;
        const root = fileURLToPath(dir);
        const made = new Set([...assets.values()].flat().map((url) => relative(root, fileURLToPath(url)).split(sep).join('/')));
        const stale = staleFiles(listOtherFiles(root, made), made, started);
        await removeFiles(root, stale);
        logger.info(`${made.size} files of this build's routes; ${stale.length} files of the last build removed`);
        logger.info(ownPeakLine(process.resourceUsage().maxRSS));
        writeFileSync(stampPath, stamp);
      },
    },
  };
}
