import { describe, expect, test } from 'vitest';
import { ThemeSlugSchema } from '../../src/model/index.ts';
import { loadPlans } from '../support/site/plan-data.ts';
import { hrefOf, linkTarget, openBuiltSite, readBuilt, select } from './support/built-site.ts';

const site = openBuiltSite();
const plans = loadPlans();

/** The files of dist/ a page links to. */
function linkedFrom(url: string): Set<string | null> {
  const page = site.page(url);
  return new Set(select(page.tree, 'a[href]').map((link) => linkTarget(site, page, hrefOf(link)).file));
}

const pages: [string, string][] = [
  ['/themes/', '/'],
  ['/targets/', '/'],
  ['/data/', '/'],
  ['/timeline/', '/targets/'],
  ['/units/functions/', '/units/'],
  ...ThemeSlugSchema.options.map((theme): [string, string] => [`/themes/${theme}/`, '/themes/']),
  ...plans.flatMap((plan): [string, string][] => [
    [`/plans/${plan.slug}/matrix/`, `/plans/${plan.slug}/`],
    [`/plans/${plan.slug}/targets/`, `/plans/${plan.slug}/`],
  ]),
];

describe('the cross-plan pages', () => {
  test.each(pages)('%s is built and linked from %s', (url, from) => {
    expect(linkedFrom(from).has(`${url.slice(1)}index.html`)).toBe(true);
  });

  test('the header of every page links 主题, 目标 and 数据', () => {
    const htmlPages = [...site.files].filter((file) => file.endsWith('.html'));
    expect(htmlPages.length).toBeGreaterThan(plans.length);
    const lacking = htmlPages.filter((file) => {
      const page = site.page(`/${file.replace(/index\.html$/, '')}`);
      const nav = new Set(select(page.tree, 'nav.site-nav a').map((link) => linkTarget(site, page, hrefOf(link)).file));
      return !['themes/index.html', 'targets/index.html', 'data/index.html'].every((file) => nav.has(file));
    });
    expect(lacking, 'pages whose header lacks 主题, 目标 or 数据').toEqual([]);
  });

  test('the sitemap lists every one of them', () => {
    const sitemap = readBuilt(site, 'sitemap.xml').toString('utf8');
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!, 'http://site.invalid').pathname);
    expect(pages.map(([url]) => url).filter((url) => !listed.includes(url))).toEqual([]);
  });

  // Issue 13: the whole collection's files stay on /data/; each plan's files are on its own data page
  // (/plans/<slug>/data/), linked from the plan page, and on its place's page of its year
  // (/data/places/<place>/<year>/), reached from /data/ through the place's page.
  test('the data pages link every data file, and each plan page links its own data page', () => {
    // /data/ counts provinces; a province's page counts its places; a place's page its years.
    const yearPages = [...linkedFrom('/data/')]
      .filter((file): file is string => file?.startsWith('data/provinces/') === true)
      .flatMap((file) => [...linkedFrom(`/${file.replace(/index\.html$/, '')}`)].filter((child): child is string => child?.startsWith('data/places/') === true))
      .flatMap((file) => [...linkedFrom(`/${file.replace(/index\.html$/, '')}`)].filter((child): child is string => /^data\/places\/[^/]+\/[^/]+\/index\.html$/.test(child ?? '')));
    expect(yearPages.length).toBeGreaterThan(0);
    const linked = new Set<string | null>();
    for (const url of ['/data/', ...yearPages.map((file) => `/${file.replace(/index\.html$/, '')}`)]) for (const file of linkedFrom(url)) linked.add(file);
    const missing = [...site.files].filter((file) => file.startsWith('data/') && !file.endsWith('.html') && !linked.has(file));
    expect(missing).toEqual([]);
    for (const plan of plans) {
      expect(linkedFrom(`/plans/${plan.slug}/`).has(`plans/${plan.slug}/data/index.html`), `${plan.slug} links its data page`).toBe(true);
      const own = [...linkedFrom(`/plans/${plan.slug}/data/`)].filter((file) => file?.startsWith(`data/${plan.slug}/`));
      expect(own.toSorted()).toEqual([...site.files].filter((file) => file.startsWith(`data/${plan.slug}/`)).toSorted());
      expect(yearPages.some((file) => site.hasAnchor(file, `data-${plan.slug}`)), `${plan.slug} has its row on its place's page of its year`).toBe(true);
    }
  });
});
