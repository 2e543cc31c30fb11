import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { CHROMIUM_PATH, skipChromium } from '../support/site/chromium.ts';
import { ROOT } from '../support/site/build-site.ts';
import { siteDist } from '../support/site/dist.ts';
import { listFiles } from '../support/site/html-pages.ts';
import { loadPlans } from '../support/site/plan-data.ts';
import { describeInChromium, serveInChromium } from '../support/site/site-in-chromium.ts';
import { findAxeViolations } from './support/axe.ts';
import { listRoutes, pageOfEachType } from './support/page-types.ts';
import { hasSearchIndex, searchFromHeader, waitForResult } from './support/search.ts';

/**
 * Zero axe-core violations of the WCAG 2 A and AA rules (2.0, 2.1, 2.2) on the home page and on
 * every page type (one built page per route of src/pages) in the light and dark schemes; every
 * plan's pages in the light scheme; the main pages on a phone; and the search page showing results
 * or the line on a typed place, and the any-two comparison showing its rows (all made by script).
 */

if (skipChromium) console.warn(`axe checks SKIPPED: ${CHROMIUM_PATH} is missing; apt-get install -y chromium`);
const noSearch = !hasSearchIndex(siteDist()) && !process.env.CI;

const dist = siteDist();
const routes = listRoutes(join(ROOT, 'src', 'pages'));
const htmlFiles = listFiles(dist).filter((file) => file.endsWith('.html'));
// One page of each route (a plan with actions and units stands for the plan routes), so a new page type is checked too.
const oneOfEach = [...pageOfEachType(routes, htmlFiles, (file) => (file.includes('yinzhou-2018') ? 0 : 1)).values()];
/** Every plan's page of each plan route (plan, text, source, its first action…) and its first unit's page. */
const everyPlan = loadPlans().flatMap((plan) => [
  ...pageOfEachType(
    routes.filter((route) => route.startsWith('plans/[slug]/')),
    htmlFiles.filter((file) => file.startsWith(`plans/${plan.slug}/`)),
  ).values(),
  ...plan.units.slice(0, 1).map((unit) => `units/${unit.slug}/index.html`),
]);

// On a phone the layout changes, not the colours: the pages a person opens there most (home, search, plan,
// action, unit) and the wide ones that scroll sideways (matrix, targets, theme, timeline).
const PHONE_ROUTES =
  /^(index|search\/index|plans\/[^/]+\/(index|matrix\/index|targets\/index)|plans\/[^/]+\/actions\/[^/]+\/index|units\/(?!functions\/)[^/]+\/index|themes\/[^/]+\/index|timeline\/index)\.html$/;

const VIEWS = [
  { name: 'light', pages: [...new Set([...oneOfEach, ...everyPlan])], options: { colorScheme: 'light' as const } },
  { name: 'dark', pages: oneOfEach, options: { colorScheme: 'dark' as const } },
  { name: 'phone', pages: oneOfEach.filter((file) => PHONE_ROUTES.test(file)), options: { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true } },
];

test('every page route of src/pages has a built page to check', () => {
  // A comparison needs two plans of one place, and a level's letter pages more than 300 documents
  // of one level, which the seeds lack: lineage-pages.test.ts builds them (and a document's letter
  // pages, which the documents/levels/ pages' paths would stand for here).
  const elsewhere = ['compare/[pair].astro', 'documents/levels/[level]/[part].astro'];
  expect(routes.filter((route) => !elsewhere.includes(route) && !pageOfEachType([route], htmlFiles).has(route))).toEqual([]);
});

describeInChromium('axe-core, WCAG 2 A and AA', () => {
  const site = serveInChromium(() => dist);

  describe.each(VIEWS)('$name', ({ pages, options }) => {
    let context: BrowserContext;
    let page: Page;

    beforeAll(async () => {
      // axe is a script injected into the page, which the site's CSP rightly refuses.
      context = await site.browser.newContext({ ...options, bypassCSP: true });
      page = await context.newPage();
    });

    afterAll(async () => {
      await context?.close();
    });

    test.each(pages)('%s', async (path) => {
      await page.goto(site.server.url + path);
      expect(await findAxeViolations(page)).toEqual([]);
    });

    test('/compare/ showing two plans of two places compared', async () => {
      await page.goto(`${site.server.url}compare/?a=huanren-2018-2020&b=cixi-2020`);
      await page.waitForSelector('[data-compare-status][data-state="done"]');
      expect(await page.locator('[data-compare-result] tbody tr').count()).toBeGreaterThan(0);
      expect(await findAxeViolations(page)).toEqual([]);
    });

    test.skipIf(noSearch)('/search/ showing results', async () => {
      await page.goto(site.server.url);
      await searchFromHeader(page, '健康');
      await waitForResult(page, /\/(plans|units)\/[^/]+\//);
      expect(await findAxeViolations(page)).toEqual([]);
    });

    test.skipIf(noSearch)('/search/ with a typed place: the places searched, and the closest names for one that means none', async () => {
      for (const place of ['鄞州', '鄞洲']) {
        await page.goto(`${site.server.url}search/?q=${encodeURIComponent('卫生')}&place=${encodeURIComponent(place)}`);
        await page.waitForSelector('[data-search-status][data-state="done"]');
        expect(await page.isVisible('[data-search-places]')).toBe(true);
        expect(await findAxeViolations(page), place).toEqual([]);
      }
    });
  });
});
