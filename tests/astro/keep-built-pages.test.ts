import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { keepBuiltPages } from '../../scripts/astro/keep-built-pages.ts';
import { staleFiles } from '../../scripts/astro/stale-files.ts';

const work = mkdtempSync(join(tmpdir(), 'keep-built-pages-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

test.each([
  ['a page the build wrote or kept', 'plans/qinghe-2021/index.html', true, 1, false],
  ['a page of a removed plan, from the last build', 'plans/bailing-2020/index.html', false, 1, true],
  ['an open data file, which open-data.ts rewrites where it changed and removes where it is not written', 'data/qinghe-2021/actions.csv', false, 1, false],
  ['a compare data file, the same', 'compare/data/qinghe-2021.js', false, 1, false],
  ['a page of the data section, from the last build', 'data/places/qinghe/2021/index.html', false, 1, true],
  ['a search index file the later stage writes again', 'search/fallback/manifest.js', false, 1, true],
  ['a bundle or public file written in this build', '_astro/a.css', false, 3, false],
])('staleFiles: %s', (_what, path, made, mtimeMs, stale) => {
  expect(staleFiles([{ path, mtimeMs }], new Set(made ? [path] : []), 2)).toEqual(stale ? [path] : []);
});

/** The integration's hooks, called as Astro calls them on a build of `name` into its own folders. */
function build(name: string) {
  const outDir = join(work, name, 'dist');
  const cacheDir = join(work, name, 'cache');
  mkdirSync(cacheDir, { recursive: true });
  const integration = keepBuiltPages();
  const hooks = integration.hooks as Record<string, (options: unknown) => unknown>;
  const logger = { info: () => {} };
  let config: unknown;
  hooks['astro:config:setup']!({ updateConfig: (update: unknown) => (config = update) });
  hooks['astro:config:done']!({ config: { outDir: pathToFileURL(`${outDir}/`), cacheDir: pathToFileURL(`${cacheDir}/`) } });
  return {
    outDir,
    stamp: join(cacheDir, 'kept-pages-stamp'),
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
    // A later stage's files: the search index writes its own again; open-data.ts rewrites or removes its own.
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
});
