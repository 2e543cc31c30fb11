import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { listPageRoutes } from '../../scripts/bench/page-routes.ts';
import { renderedSince } from '../../scripts/bench/rendered-since.ts';

const work = mkdtempSync(join(tmpdir(), 'rendered-since-'));
const dist = join(work, 'dist');
const astroCache = join(work, 'astro-cache');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A file under `root` last written at `time` (seconds since the epoch). */
function file(root: string, path: string, time: number): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), '<!doctype html><title>健康青禾</title>');
  utimesSync(join(root, path), time, time);
}

test('counts by route the pages whose cached copy Astro wrote since the build started, whatever the times in dist/', () => {
  const start = 2_000_000_000;
  // Every page in dist/ is new: Astro empties it and copies reused pages back with new times.
  for (const page of ['plans/qinghe-2021/index.html', 'plans/qinghe-2021/actions/c1-1/index.html', 'plans/qinghe-2021/actions/c1-2/index.html', 'plans/bailing-2020/actions/c1-1/index.html', 'units/index.html']) {
    file(dist, page, start + 9);
  }
  writeFileSync(join(dist, 'sitemap.xml'), '');
  file(astroCache, 'dist/plans/qinghe-2021/index.html', start + 5);
  file(astroCache, 'dist/plans/qinghe-2021/actions/c1-1/index.html', start + 6);
  file(astroCache, 'dist/plans/qinghe-2021/actions/c1-2/index.html', start + 7);
  // Reused: its cached copy is from the build before.
  file(astroCache, 'dist/plans/bailing-2020/actions/c1-1/index.html', start - 600);
  // units/index.html has no page key, so no cached copy: it is rendered every time.
  const routes = listPageRoutes(join(import.meta.dirname, '..', '..', 'src', 'pages'));
  expect(renderedSince(dist, astroCache, start * 1000, routes)).toEqual([
    { route: 'plans/[slug]/actions/[clauseId].astro', pages: 2 },
    { route: 'plans/[slug]/index.astro', pages: 1 },
    { route: 'units/index.astro', pages: 1 },
  ]);
});
