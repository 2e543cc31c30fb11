import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { listPageRoutes } from '../../scripts/bench/page-routes.ts';
import { renderedSince } from '../../scripts/bench/rendered-since.ts';

const dist = mkdtempSync(join(tmpdir(), 'rendered-since-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

/** A page in dist/ whose file was last written at `time` (seconds since the epoch). */
function page(path: string, time: number): void {
  mkdirSync(dirname(join(dist, path)), { recursive: true });
  writeFileSync(join(dist, path), '<!doctype html><title>健康青禾</title>');
  utimesSync(join(dist, path), time, time);
}

test('counts by route the pages written since the build started, not those copied from the cache with their old times', () => {
  const start = 2_000_000_000;
  page('plans/qinghe-2021/index.html', start + 5);
  page('plans/qinghe-2021/actions/c1-1/index.html', start + 6);
  page('plans/qinghe-2021/actions/c1-2/index.html', start + 7);
  page('plans/bailing-2020/actions/c1-1/index.html', start - 600);
  page('units/index.html', start + 8);
  writeFileSync(join(dist, 'sitemap.xml'), '');
  const routes = listPageRoutes(join(import.meta.dirname, '..', '..', 'src', 'pages'));
  expect(renderedSince(dist, start * 1000, routes)).toEqual([
    { route: 'plans/[slug]/actions/[clauseId].astro', pages: 2 },
    { route: 'plans/[slug]/index.astro', pages: 1 },
    { route: 'units/index.astro', pages: 1 },
  ]);
});
