import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { searchStrings } from '../../src/i18n/zh-CN.ts';
import { matchesAll } from '../../src/lib/search/record.ts';
import { readClauseHighlight } from '../gates/support/clause-highlight.ts';
import { buildInto, foldersUnder } from '../gates/support/build-into.ts';
import { ROOT } from '../support/site/build-site.ts';
import { serveStatic } from '../support/site/serve.ts';
import { describeInChromium, openTab, serveInChromium } from '../support/site/site-in-chromium.ts';
import { watchErrors } from '../support/site/watch-errors.ts';
import { showSearch, siteRelative, type ShownSearch } from './browser-search.ts';
import { queryTerms, seedRecords } from './seed-records.ts';

/**
 * A collection built in two shards, each an ordinary build of some of the seeds, laid out as one
 * deployment (the main shard at the top, the other in shards/part-2/) and served under a sub-path:
 * the main shard's search page finds both shards' clauses through Pagefind's mergeIndex, and a
 * result from the other shard opens that shard's page on its clause. The other shard lists the
 * main one (../../), so its own search page covers the collection too.
 */

const SHARD = 'shards/part-2/';
// Zhejiang's three plans in the main shard; Huanren (Liaoning) and Lishui (Traditional script) in the other.
const MAIN_SEEDS = ['000_cfda7e64e9cfa904.txt', '001_d5402c5b93851f97.txt', '004_9b8590cdebe758f0.txt'];
const SHARD_SEEDS = ['002_0ee15503b2a16a0b.txt', '003_3e6fea58fe7d58f8.txt'];
const SHARD_PLANS = ['huanren-2018-2020', 'lishui-2021'];
/** Found only in the other shard's plans. */
const ONLY_THERE = '桓仁';
/** Found in both shards' plans. */
const IN_BOTH = '家庭医生';

/** The seed records holding every word of `query`, each at the URL the combined deployment gives it. */
function expectedUrls(query: string): string[] {
  return seedRecords()
    .filter((record) => matchesAll(record, queryTerms(query)))
    .map((record) => (record.filters.plan.some((slug) => SHARD_PLANS.includes(slug)) ? SHARD + record.url : record.url));
}

describeInChromium('a collection built in two shards, in chromium', () => {
  let work: string;
  let mainAlone: string;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'search-shards-'));
    const build = async (name: string, seeds: readonly string[], env: Record<string, string> = {}) => {
      const notices = join(work, name, 'notices');
      mkdirSync(notices, { recursive: true });
      for (const seed of seeds) cpSync(join(ROOT, 'seeds', seed), join(notices, seed));
      const folders = foldersUnder(join(work, name), notices);
      await buildInto(folders, env);
      return folders.dist;
    };
    // Each shard is built on its own, as on its own machine, listing the other relative to itself.
    const main = await build('main', MAIN_SEEDS, { HEALTHY_SEARCH_MERGE: SHARD });
    const other = await build('part-2', SHARD_SEEDS, { HEALTHY_SEARCH_MERGE: '../../' });
    mainAlone = main;
    const deploy = join(work, 'deploy');
    cpSync(main, deploy, { recursive: true });
    cpSync(other, join(deploy, SHARD), { recursive: true });
  }, 240_000);

  // Two builds and their deployment: removing them takes seconds on a busy machine.
  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  }, 120_000);

  // Registered after the builds, so their hooks serve the deployment once it is laid out.
  const site = serveInChromium(() => join(work, 'deploy'), '/collection/');
  const tab = openTab(() => site.browser, { context: { viewport: { width: 1280, height: 900 } } });

  /** Search from the main shard's page and show every result, pressing "more" until none are left. */
  async function searchAll(query: string, from = site.server.url): Promise<ShownSearch> {
    const shown = await showSearch(tab.page, `${from}search/?q=${encodeURIComponent(query)}`);
    while (await tab.page.isVisible('[data-search-more]')) {
      const before = await tab.page.locator('.search-result').count();
      await tab.page.click('[data-search-more]');
      await expect.poll(() => tab.page.locator('.search-result').count()).toBeGreaterThan(before);
    }
    const hrefs = await tab.page.locator('.search-result h2 a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    return { ...shown, hrefs };
  }

  test(`a word only in the other shard’s plans (${ONLY_THERE}) is found there, through the merged index`, async () => {
    const expected = expectedUrls(ONLY_THERE);
    expect(expected.length).toBeGreaterThan(3);
    expect(expected.every((url) => url.startsWith(SHARD)), 'the seeds put the word in the other shard only').toBe(true);

    const shown = await searchAll(ONLY_THERE);
    expect(shown.engine).toBe('pagefind');
    const found = shown.hrefs.map((href) => siteRelative(href, site.server.url));
    expect(found.length).toBeGreaterThan(3);
    expect(found.filter((url) => !expected.includes(url))).toEqual([]);
    expect(tab.errors).toEqual([]);
  });

  test(`a word in both shards’ plans (${IN_BOTH}) is found in both, and each result is a record holding it`, async () => {
    const expected = expectedUrls(IN_BOTH);
    const shown = await searchAll(IN_BOTH);
    expect(shown.engine).toBe('pagefind');
    const found = shown.hrefs.map((href) => siteRelative(href, site.server.url));
    expect(found.filter((url) => !expected.includes(url))).toEqual([]);
    expect(found.filter((url) => url.startsWith(SHARD)).length).toBeGreaterThan(0);
    expect(found.filter((url) => !url.startsWith(SHARD)).length).toBeGreaterThan(0);
    expect(new Set(found).size).toBe(found.length);
    expect(tab.errors).toEqual([]);
  });

  test('a result from the other shard opens that shard’s page on the clause, highlighted', async () => {
    await showSearch(tab.page, `${site.server.url}search/?q=${encodeURIComponent(ONLY_THERE)}`);
    const link = tab.page.locator(`.search-result h2 a[href^="${site.server.url}${SHARD}plans/"][href*="#"]`).first();
    const href = await link.getAttribute('href');
    const hash = new URL(href!).hash.slice(1);
    await Promise.all([tab.page.waitForURL(href!), link.click()]);
    expect(tab.page.url().startsWith(`${site.server.url}${SHARD}plans/`)).toBe(true);
    const clause = await readClauseHighlight(tab.page, hash);
    expect(clause).toEqual({ target: hash, inView: true, highlighted: true });
    expect(tab.errors).toEqual([]);
  });

  test('the filters offer every shard’s plans, and a plan of the other shard filters the merged search', async () => {
    await showSearch(tab.page, `${site.server.url}search/?q=${encodeURIComponent(IN_BOTH)}&plan=huanren-2018-2020`);
    const plans = await tab.page.locator('select[name="plan"] option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    expect(plans.filter(Boolean).sort()).toEqual(['cixi-2020', 'huanren-2018-2020', 'lishui-2021', 'yinzhou-2018', 'yuhang-2017-2019']);
    const hrefs = await tab.page.locator('.search-result h2 a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(siteRelative(href, site.server.url)).toMatch(new RegExp(`^${SHARD}(plans/huanren-2018-2020/|units/)`));
    expect(tab.errors).toEqual([]);
  });

  test('a place typed without its level is read against every shard’s places and found in the other shard', async () => {
    const shown = await showSearch(tab.page, `${site.server.url}search/?q=${encodeURIComponent('卫生')}&place=${encodeURIComponent('桓仁')}`);
    expect(shown.engine).toBe('pagefind');
    expect(shown.hrefs.length).toBeGreaterThan(0);
    for (const href of shown.hrefs) expect(siteRelative(href, site.server.url)).toMatch(new RegExp(`^${SHARD}(plans/huanren-2018-2020/|units/huanren-|documents/)`));
    expect(await tab.page.textContent('[data-search-places]')).toBe(searchStrings.placesSearched(['桓仁满族自治县（辽宁省）']));
    expect(tab.errors).toEqual([]);
  });

  // A typed place read as several places (鼓楼区 of two provinces, 朝阳 → 朝阳区、朝阳市) filters
  // Pagefind with the compound filter { any: [...] }: the pages of either value, and no other.
  test('Pagefind’s "any" filter finds the pages carrying either place, across the merged shards', async () => {
    // A string, not a function: vitest would rewrite a function's import() for Node. In a context
    // of its own, closed after: a page that imported Pagefind twice kept the browser from closing.
    const own = await site.browser.newContext();
    const ownTab = await own.newPage();
    await showSearch(ownTab, `${site.server.url}search/?q=${encodeURIComponent('卫生')}`);
    const ids = (await ownTab.evaluate(`(async () => {
      const pagefind = await import(new URL('../pagefind/pagefind.js', location.href).href);
      const search = async (place) => (await pagefind.search('卫生', { filters: { place } })).results.map((result) => result.id).sort();
      return { yinzhou: await search('鄞州区'), huanren: await search('桓仁满族自治县'), either: await search({ any: ['鄞州区', '桓仁满族自治县'] }) };
    })()`)) as Record<'yinzhou' | 'huanren' | 'either', string[]>;
    await own.close();
    expect(ids.yinzhou.length).toBeGreaterThan(0);
    expect(ids.huanren.length).toBeGreaterThan(0);
    expect(ids.either).toEqual([...new Set([...ids.yinzhou, ...ids.huanren])].sort());
  });

  test('the other shard’s own search page covers the collection too, and links into the main shard', async () => {
    const shown = await searchAll(IN_BOTH, `${site.server.url}${SHARD}`);
    expect(shown.engine).toBe('pagefind');
    const found = shown.hrefs.map((href) => siteRelative(href, site.server.url));
    expect(found.filter((url) => !expectedUrls(IN_BOTH).includes(url))).toEqual([]);
    expect(found.filter((url) => url.startsWith(SHARD)).length).toBeGreaterThan(0);
    const main = shown.hrefs.find((href) => !siteRelative(href, site.server.url).startsWith(SHARD) && href.includes('#'))!;
    await Promise.all([tab.page.waitForURL(main), tab.page.locator(`.search-result h2 a[href="${main}"]`).first().click()]);
    const hash = new URL(main).hash.slice(1);
    expect(await readClauseHighlight(tab.page, hash)).toEqual({ target: hash, inView: true, highlighted: true });
    expect(tab.errors).toEqual([]);
  });

  test('from disk, each shard’s search is its own plain-script fallback', async () => {
    const disk = `${pathToFileURL(join(work, 'deploy')).href}/`;
    const offline = await showSearch(tab.page, `${disk}search/index.html?q=${encodeURIComponent(ONLY_THERE)}`);
    expect(offline.engine).toBe('fallback');
    expect(offline.hrefs).toEqual([]);
    const there = await showSearch(tab.page, `${disk}${SHARD}search/index.html?q=${encodeURIComponent(ONLY_THERE)}`);
    expect(there.engine).toBe('fallback');
    expect(there.hrefs.length).toBeGreaterThan(0);
    for (const href of there.hrefs) expect(href.startsWith(`${disk}${SHARD}`), href).toBe(true);
    expect(tab.errors).toEqual([]);
  });

  test('a shard missing from the deployment is left out: the others are still searched', async () => {
    const alone = await serveStatic(mainAlone, '/main-only/');
    const other = await site.browser.newContext();
    const problems = watchErrors(other);
    try {
      const page = await other.newPage();
      const shown = await showSearch(page, `${alone.url}search/?q=${encodeURIComponent(IN_BOTH)}&plan=yinzhou-2018`);
      expect(shown.engine).toBe('pagefind');
      expect(shown.hrefs.length).toBeGreaterThan(0);
      for (const href of shown.hrefs) expect(siteRelative(href, alone.url)).toMatch(/^(plans\/yinzhou-2018\/|units\/)/);
      // Only the missing shard's files failed, each once: the group map and the filter choices.
      const missing = problems.filter((problem) => problem.startsWith('HTTP 404')).sort();
      expect(missing).toEqual([`HTTP 404: ${alone.url}${SHARD}search/facets.js`, `HTTP 404: ${alone.url}${SHARD}search/pagefind-groups.js`]);
    } finally {
      await other.close();
      await alone.close();
    }
  });
});
