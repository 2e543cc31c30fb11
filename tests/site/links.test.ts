import { describe, expect, test } from 'vitest';
import { findBrokenLinks, linkedFiles } from '../support/site/check-links.ts';
import { siteDist } from '../support/site/dist.ts';
import { listFiles, loadSite, type SitePage } from '../support/site/html-pages.ts';
import { checkPageBasics } from '../support/site/page-checks.ts';
import { loadPlans } from '../support/site/plan-data.ts';

const dist = siteDist();
const files = new Set(listFiles(dist));
const pages = loadSite(dist);
const plans = loadPlans();

/** The page served at a URL, e.g. "/plans/"; fails the test when it was not built. */
function page(url: string): SitePage {
  const found = pages.find((p) => p.url === url);
  if (!found) throw new Error(`no page ${url} in ${dist}`);
  return found;
}

/** The URL of the page a built file serves: "actions/x/index.html" → "/actions/x/". */
const urlOf = (file: string): string => `/${file.replace(/index\.html$/, '')}`;

/**
 * Every file reached by plain links from an index, crawling on through the pages under the index's
 * own folder (its split slices: /actions/ → /actions/<place>/ → /actions/<place>/<year>/), as a
 * reader without script would. Memoized: the crawl of each index is done once.
 */
const crawled = new Map<string, Set<string>>();
// A slice page lists the plans it cannot show in full, linking each plan's own list of actions.
const ALSO_FOLLOWED = /^\/plans\/[^/]+\/actions\/$/;
function reachedFrom(index: string): Set<string> {
  const known = crawled.get(index);
  if (known) return known;
  const reached = new Set<string>();
  const queue = [index];
  const seen = new Set(queue);
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (!pages.some((p) => p.url === url)) continue;
    for (const file of linkedFiles(page(url), files)) {
      reached.add(file);
      const next = urlOf(file);
      if ((next.startsWith(index) || ALSO_FOLLOWED.test(next)) && file.endsWith('index.html') && !seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  crawled.set(index, reached);
  return reached;
}

/** Which of `urls` have no page, or are not reached by plain links from any of the indexes `from`. */
function unlinked(urls: readonly string[], from: readonly string[]): string[] {
  const targets = new Set(from.flatMap((url) => [...reachedFrom(url)]));
  return urls.flatMap((url) => {
    const file = `${url.slice(1)}index.html`;
    if (!files.has(file)) return [`${url}: no page`];
    return targets.has(file) ? [] : [`${url}: not reached from ${from.join(' or ')}`];
  });
}

describe('the built site', () => {
  test('has every page of the URL scheme', () => {
    const expected = ['index.html', 'plans/index.html', 'actions/index.html', 'units/index.html', 'search/index.html', '404.html', 'sitemap.xml'];
    expect(expected.filter((file) => !files.has(file))).toEqual([]);
  });

  test('has no broken internal link or anchor (page → href)', () => {
    expect(findBrokenLinks(pages, files)).toEqual([]);
  });

  test('every page has lang="zh-CN", one h1, a title, a description, an outline that skips no level and unique ids', () => {
    expect(pages.flatMap((p) => checkPageBasics(p.tree).map((problem) => `${p.url}: ${problem}`))).toEqual([]);
  });
});

describe.each(plans.map((plan) => [plan.slug, plan] as const))('plan %s', (slug, plan) => {
  test('has its plan, source and text pages, the plan reached from /plans/', () => {
    expect(unlinked([`/plans/${slug}/`], ['/plans/'])).toEqual([]);
    expect([`plans/${slug}/source/index.html`, `plans/${slug}/text/index.html`].filter((f) => !files.has(f))).toEqual([]);
  });

  test(`every action (${plan.actions.length}) has its page, reached from /actions/ by plain links`, () => {
    const urls = plan.actions.map((action) => `/plans/${slug}/actions/${action.id}/`);
    expect(unlinked(urls, ['/actions/'])).toEqual([]);
  });

  test(`every unit (${plan.units.length}) has its page, reached from /units/`, () => {
    expect(unlinked(plan.units.map((unit) => `/units/${unit.slug}/`), ['/units/'])).toEqual([]);
  });
});
