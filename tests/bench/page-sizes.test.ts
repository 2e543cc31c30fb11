import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { listPageRoutes, routeOf } from '../../scripts/bench/page-routes.ts';
import { measurePageSizes, PAGE_BUDGET_KB } from '../../scripts/bench/page-sizes.ts';
import { routeTimes } from '../../scripts/bench/route-times.ts';

// Issue 13: the bench names the largest page, the 95th percentile and the route each comes from,
// and flags every page past 250 KB of HTML. Checked on a small invented site: one page over budget.

let folder: string;
let pagesDir: string;
let dist: string;

/** Write a file of `kb` kilobytes (or an empty page route) under a folder. */
function writeSized(root: string, file: string, kb = 0): void {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), 'x'.repeat(Math.round(kb * 1024)));
}

const ROUTES = ['index.astro', 'actions/index.astro', 'actions/[place]/index.astro', 'actions/[place]/[year].astro', 'plans/[slug]/index.astro', 'units/[unitSlug]/[...page].astro', '404.astro'];

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'page-sizes-'));
  pagesDir = join(folder, 'pages');
  dist = join(folder, 'dist');
  for (const route of ROUTES) writeSized(pagesDir, route);
  writeSized(dist, 'index.html', 5);
  writeSized(dist, 'actions/index.html', 12);
  writeSized(dist, 'actions/qinghexian/index.html', 3);
  writeSized(dist, 'actions/qinghexian/2019/index.html', 260); // over the budget
  writeSized(dist, 'actions/bailingqu/2020/index.html', 240); // under it, barely
  for (let index = 0; index < 15; index++) writeSized(dist, `plans/qinghe-${2000 + index}/index.html`, 20 + index);
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('routeOf: the src/pages route that built a file of dist/', () => {
  test.each([
    ['index.html', 'index.astro'],
    ['actions/index.html', 'actions/index.astro'],
    ['actions/qinghexian/index.html', 'actions/[place]/index.astro'],
    ['actions/qinghexian/2019/index.html', 'actions/[place]/[year].astro'],
    ['plans/qinghe-2019/index.html', 'plans/[slug]/index.astro'],
    ['units/qinghexian-weishengjiankangju/index.html', 'units/[unitSlug]/[...page].astro'],
    ['units/qinghexian-weishengjiankangju/2/index.html', 'units/[unitSlug]/[...page].astro'],
    ['404.html', '404.astro'],
    ['sitemap.xml', '(endpoints)'],
  ])('%s → %s', (file, route) => {
    expect(routeOf(listPageRoutes(pagesDir), file)).toBe(route);
  });
});

describe('measurePageSizes', () => {
  const sizesOf = () =>
    measurePageSizes(
      dist,
      ['index.html', 'actions/index.html', 'actions/qinghexian/index.html', 'actions/qinghexian/2019/index.html', 'actions/bailingqu/2020/index.html', ...Array.from({ length: 15 }, (_, index) => `plans/qinghe-${2000 + index}/index.html`)],
      pagesDir,
    );

  test(`flags the one page over ${PAGE_BUDGET_KB} KB, by its file and route`, () => {
    expect(sizesOf().overBudget).toEqual([{ file: 'actions/qinghexian/2019/index.html', route: 'actions/[place]/[year].astro', kb: 260 }]);
  });

  test('names the largest page and the 95th percentile (the 20 pages sorted, the 19th)', () => {
    const sizes = sizesOf();
    expect(sizes.largest).toMatchObject({ file: 'actions/qinghexian/2019/index.html', kb: 260 });
    expect(sizes.p95).toMatchObject({ file: 'actions/bailingqu/2020/index.html', route: 'actions/[place]/[year].astro', kb: 240 });
  });

  test('gives each route its largest page, largest first', () => {
    expect(sizesOf().largestByRoute.map((page) => [page.route, page.kb])).toEqual([
      ['actions/[place]/[year].astro', 260],
      ['plans/[slug]/index.astro', 34],
      ['actions/index.astro', 12],
      ['index.astro', 5],
      ['actions/[place]/index.astro', 3],
    ]);
  });
});

describe("routeTimes: render time per route from astro build's page log", () => {
  const log = [
    '\u001b[32m▶\u001b[39m src/pages/actions/[place]/[year].astro',
    '  \u001b[2m├─\u001b[22m /actions/qinghexian/2019/index.html \u001b[2m(+12ms)\u001b[22m',
    '  └─ /actions/bailingqu/2020/index.html (+8ms)',
    '▶ src/pages/plans/[slug]/index.astro',
    '  └─ /plans/qinghe-2019/index.html (+1.50s)',
    '  └─ /plans/qinghe-2020/index.html (cached)',
  ].join('\n');

  test('sums each route, costliest first; seconds read as seconds; a page copied without a time is left out', () => {
    expect(routeTimes(log, listPageRoutes(pagesDir))).toEqual([
      { route: 'plans/[slug]/index.astro', pages: 1, ms: 1500, msPerPage: 1500 },
      { route: 'actions/[place]/[year].astro', pages: 2, ms: 20, msPerPage: 10 },
    ]);
  });
});
