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

/** Which of `urls` have no page, or are not linked from any of `from`. */
function unlinked(urls: readonly string[], from: readonly string[]): string[] {
  const targets = new Set(from.filter((url) => pages.some((p) => p.url === url)).flatMap((url) => [...linkedFiles(page(url), files)]));
  return urls.flatMap((url) => {
    const file = `${url.slice(1)}index.html`;
    if (!files.has(file)) return [`${url}: no page`];
    return targets.has(file) ? [] : [`${url}: not linked from ${from.join(' or ')}`];
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
  test('has its plan, source and text pages, the plan linked from /plans/', () => {
    expect(unlinked([`/plans/${slug}/`], ['/plans/'])).toEqual([]);
    expect([`plans/${slug}/source/index.html`, `plans/${slug}/text/index.html`].filter((f) => !files.has(f))).toEqual([]);
  });

  test(`every action (${plan.actions.length}) has its page, linked from /actions/ or the plan page`, () => {
    const urls = plan.actions.map((action) => `/plans/${slug}/actions/${action.id}/`);
    expect(unlinked(urls, ['/actions/', `/plans/${slug}/`])).toEqual([]);
  });

  test(`every unit (${plan.units.length}) has its page, linked from /units/`, () => {
    expect(unlinked(plan.units.map((unit) => `/units/${unit.slug}/`), ['/units/'])).toEqual([]);
  });
});
