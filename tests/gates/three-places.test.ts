import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { lineageStrings } from '../../src/i18n/zh-CN-lineage.ts';
import { ROOT } from '../support/site/build-site.ts';
import { findBrokenLinks } from '../support/site/check-links.ts';
import { CHROMIUM_PATH, launchChromium, skipChromium } from '../support/site/chromium.ts';
import { siteDist } from '../support/site/dist.ts';
import { listFiles, loadSite } from '../support/site/html-pages.ts';
import { clickThrough, linkTo, pagePath } from '../support/site/page-helpers.ts';
import { loadPlans } from '../support/site/plan-data.ts';
import { describeInChromium, openTab } from '../support/site/site-in-chromium.ts';
import { isBrowserFaviconError } from './support/browser-favicon.ts';
import { readClauseHighlight } from './support/clause-highlight.ts';
import { followEveryLink } from './support/follow-links.ts';
import { openPlace, pathUnder, PLACE_KINDS, type Place } from './support/places.ts';
import { findCssUrlProblems, findHtmlUrlProblems } from './support/portable-urls.ts';
import { recordCspViolations } from './support/record-csp.ts';
import { hasSearchIndex, searchFromHeader, waitForResult } from './support/search.ts';
import { unzipSite } from './support/unzip-site.ts';

/**
 * The release zip, unzipped as an office would, works in the three places the README names
 * without rebuilding: served at a web root, copied under a sub-path, and opened from disk.
 * Each place is browsed in chromium under the site's own Content-Security-Policy.
 */

const ZIP = join(ROOT, 'release', 'healthy-plans-site.zip');

// In CI the browser must run (.ci/run installs chromium); elsewhere a missing chromium skips the journeys.
if (skipChromium) console.warn(`zip journeys SKIPPED: ${CHROMIUM_PATH} is missing; apt-get install -y chromium`);

const dist = siteDist();
const site = unzipSite(ZIP);
afterAll(() => rmSync(join(site, '..', '..'), { recursive: true, force: true }));

// Search is built by its own step of `npm run build`; until that exists, only a run outside CI may skip it.
const noSearch = !hasSearchIndex(site) && !process.env.CI;
if (noSearch) console.warn(`search steps SKIPPED: ${site} has no pagefind/ (the search index step has not run); CI never skips them`);

// One plan with actions and units; its first action with a unit list; that action's first lead unit.
const plan = loadPlans().find((p) => p.slug === 'yinzhou-2018')!;
const action = plan.actions.find((a) => a.lead.length > 0)!;
const unitSlug = action.lead[0]!;
// A plan of another place for the any-two comparison.
const COMPARED_WITH = 'cixi-2020';
const SEARCH = { query: '鄞州', result: `(plans/${plan.slug}/.*|units/yinzhou-[^/]+/)` };

describe('the release zip', () => {
  const files = listFiles(site);

  test('holds exactly the built site, byte for byte', () => {
    expect(files).toEqual(listFiles(dist));
    const differ = files.filter((file) => !readFileSync(join(site, file)).equals(readFileSync(join(dist, file))));
    expect(differ).toEqual([]);
  });

  test('every internal URL of its HTML and CSS is relative and names a file (canonical and og: URLs aside)', () => {
    // The 404 page is shown in place of any missing URL, at any depth: its URLs are rooted (scripts/postbuild/not-found-urls.ts).
    const all = loadSite(site);
    const html = all.filter((page) => page.file !== '404.html').flatMap((page) => findHtmlUrlProblems(page.tree).map((problem) => `${page.file}: ${problem}`));
    const notFound = all.find((page) => page.file === '404.html')!;
    expect(new Set(findHtmlUrlProblems(notFound.tree).map((problem) => / \((.*)\)$/.exec(problem)![1]))).toEqual(new Set(['root-absolute']));
    const css = files
      .filter((file) => file.endsWith('.css'))
      .flatMap((file) => findCssUrlProblems(readFileSync(join(site, file), 'utf8')).map((problem) => `${file}: ${problem}`));
    expect([...html, ...css]).toEqual([]);
  });

  test('has no broken internal link or anchor', () => {
    expect(findBrokenLinks(loadSite(site), new Set(files))).toEqual([]);
  });
});

describeInChromium('the unzipped site in chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  describe.each(PLACE_KINDS)('%s', (kind) => {
    let place: Place;
    let violations: string[];
    // The pages the walk reaches, for the steps after it.
    const reached = { plan: '', action: '', unit: '' };

    beforeAll(async () => {
      place = await openPlace(kind, site);
    }, 60_000);

    afterAll(async () => {
      await place?.close();
    });

    // A strict context: the site's CSP applies, so every violation it would cause is recorded.
    const tab = openTab(() => browser, {
      context: { viewport: { width: 1280, height: 900 } },
      ignoreConsole: isBrowserFaviconError,
      prepare: async (context) => void (violations = await recordCspViolations(context)),
    });

    test('home → a plan → an action → a unit, by clicks: each page has its one visible h1, styled', async () => {
      expect((await tab.page.goto(place.home))?.ok()).toBe(true);
      const steps = [
        ['plan', `plans/${plan.slug}/`],
        ['action', `plans/${plan.slug}/actions/${action.id}/`],
        ['unit', `units/${unitSlug}/`],
      ] as const;
      for (const [name, path] of steps) {
        const expected = pathUnder(place, path);
        expect(await clickThrough(tab.page, await linkTo(tab.page, expected)), `status of ${path}`).toBe(200);
        expect(pagePath(tab.page.url())).toMatch(expected);
        await expect(tab.page.locator('h1').count()).resolves.toBe(1);
        expect(await tab.page.locator('h1').isVisible()).toBe(true);
        // The stylesheet loaded and applies: the skip link is taken out of the flow until focused.
        expect(await tab.page.locator('.skip-link').evaluate((link) => getComputedStyle(link).position), 'the tab.page is styled').toBe('absolute');
        reached[name] = tab.page.url();
      }
    });

    test('every link of the plan, the action and the unit page opens, and every anchor it names exists', async () => {
      const visited = new Set<string>();
      const problems: string[] = [];
      for (const url of [reached.plan, reached.action, reached.unit]) {
        expect(url, 'the walk reached this page').not.toBe('');
        await tab.page.goto(url);
        problems.push(...(await followEveryLink(tab.page, place.contains, visited)));
      }
      expect(problems).toEqual([]);
      // The plan page alone links its actions, units, indexes, views and downloads.
      expect(visited.size).toBeGreaterThan(plan.actions.length);
      expect([...visited].some((url) => url.endsWith(`sources/${plan.slug}.txt`)), 'the notice download was followed').toBe(true);
    }, 120_000);

    test(`the action page's clause link opens the plan at #${action.id}, in view and highlighted`, async () => {
      await tab.page.goto(reached.action);
      // 在规划全文中查看此条: the plan page, at this action's clause.
      const target = `${reached.plan.split('#')[0]!.replace(/index\.html$/, '')}#${action.id}`;
      const index = await tab.page
        .locator('a[href]')
        .evaluateAll((links, target) => links.findIndex((a) => (a as HTMLAnchorElement).href.replace('/index.html#', '/#') === target), target);
      expect(index, `a link to the plan tab.page at #${action.id}`).toBeGreaterThanOrEqual(0);
      expect(await clickThrough(tab.page, tab.page.locator('a[href]').nth(index))).toBe(200);
      expect(pagePath(tab.page.url())).toMatch(pathUnder(place, `plans/${plan.slug}/`));
      expect(new URL(tab.page.url()).hash).toBe(`#${action.id}`);
      expect(await readClauseHighlight(tab.page, action.id)).toEqual({ target: action.id, inView: true, highlighted: true });
    });

    test.skipIf(noSearch)(`a search for ${SEARCH.query} from the header finds the plan, and a result opens`, async () => {
      // Before any query the search page links no result, so the link found below is the search's.
      await tab.page.goto(new URL('search/index.html', place.home).href);
      await expect(linkTo(tab.page, pathUnder(place, SEARCH.result))).rejects.toThrow(/no visible link/);
      await tab.page.goto(place.home);
      await searchFromHeader(tab.page, SEARCH.query);
      const result = await waitForResult(tab.page, pathUnder(place, SEARCH.result));
      expect(await clickThrough(tab.page, result)).toBe(200);
      expect(pagePath(tab.page.url())).toMatch(pathUnder(place, SEARCH.result));
      await expect(tab.page.locator('h1').count()).resolves.toBe(1);
    });

    test('from the plan page, "compare with any plan" and a second plan typed in: the comparison shows its rows, each linking into the plans', async () => {
      await tab.page.goto(reached.plan);
      await clickThrough(tab.page, tab.page.getByRole('link', { name: lineageStrings.plan.compareAny }));
      expect(pagePath(tab.page.url())).toMatch(pathUnder(place, 'compare/'));
      await tab.page.fill('#compare-b', COMPARED_WITH);
      await Promise.all([tab.page.waitForURL(/[?&]b=/), tab.page.click('.compare-form button[type="submit"]')]);
      await tab.page.waitForSelector('[data-compare-status][data-state="done"]');
      expect(new URL(tab.page.url()).search).toBe(`?a=${plan.slug}&b=${COMPARED_WITH}`);
      // Every action of either plan is a row, matched or not.
      expect(await tab.page.locator('[data-compare-result] tbody tr').count()).toBeGreaterThanOrEqual(plan.actions.length);
      // The first row's clause link opens a plan of this copy of the site at that clause.
      const link = tab.page.locator('[data-compare-result] tbody a').first();
      const href = await link.evaluate((a) => (a as HTMLAnchorElement).href);
      expect(place.contains(href), href).toBe(true);
      expect(await clickThrough(tab.page, link)).toBe(200);
      expect(pagePath(tab.page.url())).toMatch(pathUnder(place, 'plans/[^/]+/'));
      expect(await tab.page.evaluate(() => document.querySelector(':target')?.id ?? null)).toBe(new URL(href).hash.slice(1));
    });

    test('no console error, failed request, CSP violation or dialog on any page visited', () => {
      // The walk and the link check above visit these; run alone, this check would speak for no page.
      for (const [name, url] of Object.entries(reached)) {
        expect(url, `the walk reached the ${name} tab.page`).not.toBe('');
        expect(tab.visits, `the ${name} tab.page was visited`).toContain(url);
      }
      expect(tab.visits.length, 'pages visited: the walk and every link of three pages').toBeGreaterThan(plan.actions.length);
      expect(tab.errors).toEqual([]);
      expect(violations).toEqual([]);
      expect(tab.dialogs).toEqual([]);
    });

    // Proves the policy is in force in this place (a <meta> CSP also applies from disk) and that
    // the recorder above would have seen a violation: an inline script is refused and reported.
    test('the CSP is in force: an inline script added to the page is refused, and reported', async () => {
      await tab.page.goto(place.home);
      const ran = await tab.page.evaluate(async () => {
        const script = document.createElement('script');
        script.textContent = 'document.documentElement.dataset.inlineRan = "yes"';
        document.body.append(script);
        await new Promise((done) => setTimeout(done, 100));
        return document.documentElement.dataset['inlineRan'] ?? 'no';
      });
      expect(ran).toBe('no');
      await expect.poll(() => violations.length).toBe(1);
      expect(violations[0]).toMatch(/script-src-elem blocked inline/);
      violations.length = 0;
      tab.errors.length = 0; // chromium also logs the refusal as a console error
    });
  });
});
