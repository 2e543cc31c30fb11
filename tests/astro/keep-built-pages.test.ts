import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import type { BesideStage } from '../../scripts/astro/beside-stages.ts';
import { keepBuiltPages } from '../../scripts/astro/keep-built-pages.ts';
import { GNU_TIME, readFiguresLines } from '../../scripts/astro/stage-usage.ts';
import { staleFiles } from '../../scripts/astro/stale-files.ts';

const work = mkdtempSync(join(tmpdir(), 'keep-built-pages-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

test.each([
  ['a page the build wrote or kept', 'plans/qinghe-2021/index.html', true, 1, false],
  ['a page of a removed plan, from the last build', 'plans/bailing-2020/index.html', false, 1, true],
  ['an open data file, which open-data.ts rewrites where it changed and removes where it is not written', 'data/qinghe-2021/actions.csv', false, 1, false],
  ['a compare data file, the same', 'compare/data/qinghe-2021.js', false, 1, false],
  ['a page of the data section, from the last build', 'data/places/qinghe/2021/index.html', false, 1, true],
  ['a search index file kept as the last build left it, which search-index.ts rewrites where it changed and removes where it is not written', 'search/fallback/manifest.js', false, 1, false],
  ['a Pagefind file kept the same way', 'pagefind/fragment/zh-cn_1a2b.pf_fragment', false, 1, false],
  ['a file in the search folder that the search index no longer writes, from the last build', 'search/old-client.js', false, 1, true],
  ['a bundle or public file written in this build', '_astro/a.css', false, 3, false],
])('staleFiles: %s', (_what, path, made, mtimeMs, stale) => {
  expect(staleFiles([{ path, mtimeMs }], new Set(made ? [path] : []), 2)).toEqual(stale ? [path] : []);
});

/** The integration's hooks, called as Astro calls them on a build of `name` into its own folders, with `beside` run beside the render. */
function build(name: string, beside: BesideStage[] = []) {
  const outDir = join(work, name, 'dist');
  const cacheDir = join(work, name, 'cache');
  mkdirSync(cacheDir, { recursive: true });
  const integration = keepBuiltPages({ beside });
  const hooks = integration.hooks as Record<string, (options: unknown) => unknown>;
  const logged: string[] = [];
  const logger = { info: (line: string) => logged.push(line) };
  let config: unknown;
  hooks['astro:config:setup']!({ updateConfig: (update: unknown) => (config = update) });
  hooks['astro:config:done']!({ config: { outDir: pathToFileURL(`${outDir}/`), cacheDir: pathToFileURL(`${cacheDir}/`) } });
  return {
    outDir,
    stamp: join(cacheDir, 'kept-pages-stamp'),
    logged,
    config: () => config,
    start: () => hooks['astro:build:start']!({ logger }),
    /** Astro's end of the build, having written or kept `pages`. */
    done: (pages: string[]) =>
      hooks['astro:build:done']!({ dir: pathToFileURL(`${outDir}/`), assets: new Map([['/[...page]', pages.map((page) => pathToFileURL(join(outDir, page)))]]), logger }),
  };
}

/** A file under `dir` last written at `seconds` since the epoch. */
function file(dir: string, path: string, seconds = 1_000_000): void {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), `<!doctype html><title>${path}</title>`);
  utimesSync(join(dir, path), seconds, seconds);
}

describe('keepBuiltPages', () => {
  test('turns off the emptying of the output folder', () => {
    expect(build('config').config()).toEqual({ vite: { build: { emptyOutDir: false } } });
  });

  test('keeps the pages of a finished build in place and removes what the next build did not make', async () => {
    const site = build('kept');
    await site.start();
    file(site.outDir, 'plans/qinghe-2021/index.html');
    file(site.outDir, 'plans/bailing-2020/index.html');
    await site.done(['plans/qinghe-2021/index.html', 'plans/bailing-2020/index.html']);
    expect(existsSync(site.stamp)).toBe(true);
    // The stages' files: search-index.ts and open-data.ts rewrite or remove their own.
    file(site.outDir, 'search/fallback/manifest.js');
    file(site.outDir, 'data/bailing-2020/actions.csv');

    // The rebuild: 白岭's notice was removed, so Astro neither writes nor keeps its page.
    await site.start();
    expect(existsSync(site.stamp), 'a rebuild under way has no stamp').toBe(false);
    expect(existsSync(join(site.outDir, 'plans/qinghe-2021/index.html'))).toBe(true);
    await site.done(['plans/qinghe-2021/index.html']);
    expect(readdirSync(site.outDir, { recursive: true }).sort()).toEqual([
      'data',
      'data/bailing-2020',
      'data/bailing-2020/actions.csv',
      'plans',
      'plans/qinghe-2021',
      'plans/qinghe-2021/index.html',
      'search',
      'search/fallback',
      'search/fallback/manifest.js',
    ]);
    expect(readFileSync(site.stamp, 'utf8')).toBe(`${readFileSync(site.stamp, 'utf8').slice(0, 16)} ${site.outDir}/`);
  });

  test('empties the folder when the last build did not finish', async () => {
    const site = build('unfinished');
    file(site.outDir, 'plans/qinghe-2021/index.html');
    await site.start();
    expect(existsSync(site.outDir)).toBe(false);
  });

  test('empties the folder when the post-build code changed since the last build (its stamp differs)', async () => {
    const site = build('stale-code');
    await site.start();
    file(site.outDir, 'plans/qinghe-2021/index.html');
    await site.done(['plans/qinghe-2021/index.html']);
    writeFileSync(site.stamp, readFileSync(site.stamp, 'utf8').replace(/^[0-9a-f]{16}/, '0123456789abcdef'));
    await site.start();
    expect(existsSync(site.outDir)).toBe(false);
  });

  /** A stage script in the work folder: it writes `path` into the folder given as --dist, after `ms`, and prints a line. */
  function writerScript(name: string, path: string, ms: number): string {
    const script = join(work, `${name}.mjs`);
    writeFileSync(
      script,
      `import { mkdirSync, writeFileSync } from 'node:fs';\nimport { dirname, join } from 'node:path';\n` +
        `const dist = process.argv[process.argv.indexOf('--dist') + 1];\nawait new Promise((done) => setTimeout(done, ${ms}));\n` +
        `mkdirSync(dirname(join(dist, ${JSON.stringify(path)})), { recursive: true });\nwriteFileSync(join(dist, ${JSON.stringify(path)}), 'new');\n` +
        `console.error(${JSON.stringify(`${name}: wrote ${path}`)});\n`,
    );
    return script;
  }

  test('runs the stages beside the render once the folder is emptied, and waits for them before removing what is stale', async () => {
    const beside = [
      { stage: 'open data', script: writerScript('open-data', 'data/qinghe-2021/actions.csv', 0) },
      // Slower than the render below: the build's end must wait for it.
      { stage: 'search index', script: writerScript('search-index', 'search/fallback/manifest.js', 300) },
    ];
    const site = build('beside', beside);
    // No finished build: the folder is emptied (before the stages start; they would not write so soon anyway).
    file(site.outDir, 'search/fallback/old-shard.js');
    await site.start();
    file(site.outDir, 'plans/qinghe-2021/index.html', Date.now() / 1000);
    await site.done(['plans/qinghe-2021/index.html']);
    expect(readdirSync(site.outDir, { recursive: true }).filter((path) => String(path).includes('.')).sort()).toEqual([
      'data/qinghe-2021/actions.csv',
      'plans/qinghe-2021/index.html',
      'search/fallback/manifest.js',
    ]);
    // Their output is logged at the end, each stage's lines then its figures.
    expect(site.logged.filter((line) => line.includes(': wrote '))).toEqual(['open-data: wrote data/qinghe-2021/actions.csv', 'search-index: wrote search/fallback/manifest.js']);
    // GNU time gives the figures (.ci/run installs it).
    expect(existsSync(GNU_TIME), `${GNU_TIME} is missing: apt-get install -y time`).toBe(true);
    const figures = readFiguresLines(site.logged.join('\n'));
    expect(figures.map((f) => f.stage)).toEqual(['open data', 'search index']);
    expect(figures[1]!.seconds).toBeGreaterThanOrEqual(0.3);
    expect(figures[1]!.peakRssMb).toBeGreaterThan(10);
    expect(figures[1]!.cpuSeconds).toBeGreaterThan(0);

    // The rebuild: a bundle of the last build goes; the stages' files stay for the stages to keep or remove.
    file(site.outDir, '_astro/old.css');
    await site.start();
    await site.done(['plans/qinghe-2021/index.html']);
    expect(existsSync(join(site.outDir, '_astro/old.css'))).toBe(false);
    expect(readFileSync(join(site.outDir, 'search/fallback/manifest.js'), 'utf8')).toBe('new');
  });

  test('a stage that fails fails the build, naming it, with what it printed, and leaves no stamp', async () => {
    const script = join(work, 'failing.mjs');
    writeFileSync(script, `console.error('search-index: no plans to index');\nprocess.exit(2);\n`);
    // Open data, beside it, is slower: the failure is reported once it has ended, so it never writes after the build.
    const site = build('failing', [
      { stage: 'open data', script: writerScript('slow-open-data', 'data/qinghe-2021/actions.csv', 300) },
      { stage: 'search index', script },
    ]);
    await site.start();
    await expect(site.done([])).rejects.toThrow(/search index \(.*failing\.mjs\) failed \(exit 2\):\nsearch-index: no plans to index/);
    expect(existsSync(join(site.outDir, 'data/qinghe-2021/actions.csv'))).toBe(true);
    // The stage that succeeded still says what it did.
    expect(site.logged).toContain('slow-open-data: wrote data/qinghe-2021/actions.csv');
    expect(existsSync(site.stamp)).toBe(false);
  });
});
