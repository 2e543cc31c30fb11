import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { searchStrings } from '../../src/i18n/zh-CN.ts';
import { siteDist } from '../support/site/dist.ts';
import { describeInChromium, openTab, serveInChromium } from '../support/site/site-in-chromium.ts';
import { showSearch, siteRelative } from './browser-search.ts';

/** Search from the header box of the home page, as a person does, and wait for the answer. */
async function searchFromHeader(page: Page, home: string, query: string): Promise<void> {
  await page.goto(home);
  await page.fill('#site-search-q', query);
  await Promise.all([page.waitForURL(/\/search\/(index\.html)?\?q=/), page.press('#site-search-q', 'Enter')]);
  await page.waitForSelector('[data-search-status][data-state="done"]');
}

/** After clicking a result: the anchor the URL names, and whether the page has that element and targets it. */
async function landing(page: Page): Promise<{ hash: string; exists: boolean; target: string | null }> {
  return page.evaluate(() => ({
    hash: location.hash.slice(1),
    exists: document.getElementById(decodeURIComponent(location.hash.slice(1))) !== null,
    target: document.querySelector(':target')?.id ?? null,
  }));
}

describeInChromium('the search page in chromium', () => {
  const site = serveInChromium(siteDist, '/sub/dir/');
  const tab = openTab(() => site.browser, { context: { viewport: { width: 1280, height: 900 } } });
  const disk = () => `${pathToFileURL(siteDist()).href}/`;

  test('over http under a sub-path: the header box finds a Traditional query in Simplified plans, marked, and the link lands on the clause', async () => {
    await searchFromHeader(tab.page, site.server.url, '家庭醫生');
    expect(new URL(tab.page.url()).searchParams.get('q')).toBe('家庭醫生');
    expect(await tab.page.inputValue('#search-q')).toBe('家庭醫生');
    expect(await tab.page.getAttribute('[data-search-results]', 'data-search-engine')).toBe('fallback');
    expect(await tab.page.textContent('[data-search-status]')).toMatch(/^找到 \d+ 条结果$/);
    expect(await tab.page.getAttribute('[data-search-status]', 'role')).toBe('status');
    expect(await tab.page.locator('.search-result mark').first().textContent()).toBe('家庭医生');
    expect(await tab.page.isHidden('[data-search-nojs]')).toBe(true);
    await Promise.all([tab.page.waitForURL(/\/plans\//), tab.page.locator('.search-result h2 a').first().click()]);
    const landed = await landing(tab.page);
    expect(landed.exists, `#${landed.hash} exists`).toBe(true);
    expect(landed.target).toBe(landed.hash);
    expect(tab.errors).toEqual([]);
  });

  test('a Simplified query marks the Traditional plan’s text', async () => {
    const shown = await showSearch(tab.page, `${site.server.url}search/?q=${encodeURIComponent('浙丽保')}`);
    expect(shown.hrefs.map((href) => siteRelative(href, site.server.url))).toEqual(['plans/lishui-2021/index.html#c3-1']);
    expect(await tab.page.locator('.search-result mark').allTextContents()).toContain('浙麗保');
    expect(await tab.page.getAttribute('.search-result__excerpt', 'lang')).toBe('zh-Hant');
  });

  // Two plans of one title read apart: every result says where it is from, a clause by its plan.
  test('each result’s line names its province and place, then the plan, its period and type', async () => {
    const lines = async () => tab.page.locator('.search-result__plan').allTextContents();
    await showSearch(tab.page, `${site.server.url}search/?q=${encodeURIComponent('浙丽保')}`);
    expect(await lines()).toEqual(['浙江省 · 丽水市 · 2021年健康麗水建設工作要點']);
    await showSearch(tab.page, `${site.server.url}search/?q=${encodeURIComponent('桓仁')}&kind=plan&plan=huanren-2018-2020`);
    expect(await lines()).toContain('辽宁省 · 桓仁满族自治县 · 2018—2020年 · 任务分工');
    await showSearch(tab.page, `${site.server.url}search/?q=${encodeURIComponent('区卫生计生局')}&kind=unit`);
    expect(await lines()).toContain('浙江省 · 鄞州区');
    // A query naming the place marks it in the line.
    await showSearch(tab.page, `${site.server.url}search/?q=${encodeURIComponent('鄞州区 家庭医生')}`);
    expect(await tab.page.locator('.search-result__plan mark').allTextContents()).toContain('鄞州区');
    expect(tab.errors).toEqual([]);
  });

  // Issue 13: /actions/ no longer ships every row; its form reaches every action through the index.
  test("the 任务 form on actions/ searches every plan's actions, by place and year, with no row of them in its page", async () => {
    await tab.page.goto(`${site.server.url}actions/index.html`);
    expect(await tab.page.locator('tr[data-filter-row]').count()).toBe(0);
    await tab.page.fill('#action-search-q', '卫生');
    // Typed as people say it, without its level.
    await tab.page.fill('#action-search-place', '鄞州');
    await tab.page.selectOption('#action-search-year', '2018');
    await Promise.all([tab.page.waitForURL(/\/search\//), tab.page.click('.action-search button[type="submit"]')]);
    const query = new URL(tab.page.url()).searchParams;
    expect(Object.fromEntries(query)).toEqual({ kind: 'action', q: '卫生', place: '鄞州', year: '2018' });
    await tab.page.waitForSelector('[data-search-status][data-state="done"]', { timeout: 30_000 });
    const hrefs = await tab.page.locator('.search-result h2 a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(siteRelative(href, site.server.url)).toMatch(/^plans\/yinzhou-2018\/index\.html#c/);
    expect(await tab.page.locator('.search-result__kind').allTextContents()).toEqual(hrefs.map(() => searchStrings.kinds.action));
  });

  test('filters live in the URL, narrow the results, and the form shows them', async () => {
    const shown = await showSearch(tab.page, `${site.server.url}search/?q=${encodeURIComponent('卫生')}&plan=lishui-2021&kind=action`);
    expect(shown.hrefs.length).toBeGreaterThan(0);
    for (const href of shown.hrefs) expect(siteRelative(href, site.server.url)).toMatch(/^plans\/lishui-2021\/index\.html#c/);
    expect(await tab.page.locator('.search-result__kind').allTextContents()).toEqual(shown.hrefs.map(() => searchStrings.kinds.action));
    expect(await tab.page.getAttribute('[data-search-filters]', 'open')).not.toBeNull();
    expect(await tab.page.inputValue('#search-plan')).toBe('lishui-2021');
    expect(await tab.page.inputValue('#search-kind')).toBe('action');
    expect(await tab.page.locator('#search-plan option').count()).toBeGreaterThan(5);

    const units = await showSearch(tab.page, `${site.server.url}search/?q=${encodeURIComponent('卫生')}&kind=unit&place=${encodeURIComponent('鄞州区')}`);
    expect(units.hrefs.length).toBeGreaterThan(0);
    for (const href of units.hrefs) expect(siteRelative(href, site.server.url)).toMatch(/^units\/yinzhou-/);

    const led = await showSearch(tab.page, `${site.server.url}search/?q=${encodeURIComponent('家庭医生')}&lead=${encodeURIComponent('区卫生计生局')}`);
    expect(led.hrefs.map((href) => siteRelative(href, site.server.url))).toContain('plans/yinzhou-2018/index.html#c3-1-3');
    expect(led.hrefs.every((href) => href.includes('/yinzhou-2018/'))).toBe(true);
  });

  // A typed place is read as people type it: without its level, in Traditional script; a name that
  // means no place says so and offers the closest, each a link to the same search there.
  test.each([
    ['鄞州', '鄞州区（浙江省）', /^plans\/yinzhou-2018\//],
    ['鄞州區', '鄞州区（浙江省）', /^plans\/yinzhou-2018\//],
    ['桓仁县', '桓仁满族自治县（辽宁省）', /^plans\/huanren-2018-2020\//],
    // A name cut short: the places it starts.
    ['桓', '桓仁满族自治县（辽宁省）', /^plans\/huanren-2018-2020\//],
  ])('the place %s searches %s', async (typed, label, where) => {
    const shown = await showSearch(tab.page, `${site.server.url}search/?q=${encodeURIComponent('卫生')}&kind=action&place=${encodeURIComponent(typed)}`);
    expect(shown.hrefs.length).toBeGreaterThan(0);
    for (const href of shown.hrefs) expect(siteRelative(href, site.server.url)).toMatch(where);
    expect(await tab.page.textContent('[data-search-places]')).toBe(searchStrings.placesSearched([label]));
  });

  test('a place that names none says so in Chinese, searches nothing, and links the closest places', async () => {
    const shown = await showSearch(tab.page, `${site.server.url}search/?q=${encodeURIComponent('卫生')}&kind=action&place=${encodeURIComponent('鄞洲')}`);
    expect(shown.status).toBe(searchStrings.noPlace('鄞洲'));
    expect(shown.hrefs).toEqual([]);
    expect(await tab.page.textContent('[data-search-places]')).toBe(`${searchStrings.placeSuggestions}鄞州区（浙江省）`);
    await Promise.all([tab.page.waitForURL(/place=%E9%84%9E%E5%B7%9E%E5%8C%BA/), tab.page.click('[data-search-places] a')]);
    await tab.page.waitForSelector('[data-search-status][data-state="done"]');
    expect(Object.fromEntries(new URL(tab.page.url()).searchParams)).toEqual({ q: '卫生', place: '鄞州区', kind: 'action' });
    expect(await tab.page.locator('.search-result').count()).toBeGreaterThan(0);
    const none = await showSearch(tab.page, `${site.server.url}search/?q=${encodeURIComponent('卫生')}&place=${encodeURIComponent('东海岸')}`);
    expect(none.status).toBe(searchStrings.noPlace('东海岸'));
    expect(await tab.page.textContent('[data-search-places]')).toBe(searchStrings.noPlaceHint);
  });

  test('without a place the line stays hidden, and the places file is not loaded', async () => {
    const fetched: string[] = [];
    tab.page.on('request', (request) => fetched.push(request.url()));
    await showSearch(tab.page, `${site.server.url}search/?q=${encodeURIComponent('控烟')}&kind=action`);
    expect(await tab.page.isHidden('[data-search-places]')).toBe(true);
    expect(fetched.filter((url) => url.endsWith('/places.js'))).toEqual([]);
    tab.page.removeAllListeners('request');
  });

  test('submitting the form writes only the parameters that say something', async () => {
    await showSearch(tab.page, `${site.server.url}search/?q=${encodeURIComponent('控烟')}`);
    await tab.page.click('[data-search-filters] summary');
    await tab.page.selectOption('#search-year', '2018');
    await tab.page.fill('#search-q', '控烟 限酒');
    await Promise.all([tab.page.waitForURL(/year=2018/), tab.page.click('[data-search-form] button[type="submit"]')]);
    await tab.page.waitForSelector('[data-search-status][data-state="done"]');
    const params = new URL(tab.page.url()).searchParams;
    expect([...params.keys()]).toEqual(['q', 'year']);
    expect(params.get('q')).toBe('控烟 限酒');
    const hrefs = await tab.page.locator('.search-result h2 a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.map((href) => siteRelative(href, site.server.url))).toEqual(['plans/yinzhou-2018/index.html#c1-2-2']);
  });

  test('ten results at a time; the rest on request, with focus on the first new one', async () => {
    const shown = await showSearch(tab.page, `${site.server.url}search/?q=${encodeURIComponent('卫生')}`);
    expect(shown.hrefs).toHaveLength(10);
    await tab.page.click('[data-search-more]');
    await expect.poll(() => tab.page.locator('.search-result').count()).toBe(20);
    expect(await tab.page.evaluate(() => document.activeElement === document.querySelectorAll('.search-result h2 a')[10])).toBe(true);
  });

  test('the converter is loaded only for a query that needs it', async () => {
    const fetched: string[] = [];
    tab.page.on('request', (request) => fetched.push(request.url()));
    await showSearch(tab.page, `${site.server.url}search/?q=${encodeURIComponent('控烟')}`);
    expect(fetched.filter((url) => url.endsWith('/t2cn.js'))).toEqual([]);
    await showSearch(tab.page, `${site.server.url}search/?q=${encodeURIComponent('控煙')}`);
    expect(fetched.filter((url) => url.endsWith('/t2cn.js'))).toHaveLength(1);
    tab.page.removeAllListeners('request');
  });

  test('from disk: the same header box searches through the plain-script index, and the link lands on the clause', async () => {
    await searchFromHeader(tab.page, `${disk()}index.html`, '控煙');
    expect(tab.page.url()).toMatch(/^file:.*\/search\/index\.html\?q=/);
    expect(await tab.page.getAttribute('[data-search-results]', 'data-search-engine')).toBe('fallback');
    const hrefs = await tab.page.locator('.search-result h2 a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.map((href) => siteRelative(href, disk()))).toContain('plans/cixi-2020/index.html#c2-1-4');
    await Promise.all([tab.page.waitForURL(/\/plans\//), tab.page.locator('.search-result h2 a').first().click()]);
    const landed = await landing(tab.page);
    expect(landed.exists).toBe(true);
    expect(landed.target).toBe(landed.hash);
    expect(tab.errors).toEqual([]);
  });

  test('from disk: a place typed without its level finds its plans', async () => {
    const shown = await showSearch(tab.page, `${disk()}search/index.html?q=${encodeURIComponent('卫生')}&kind=action&place=${encodeURIComponent('慈溪')}`);
    expect(shown.hrefs.length).toBeGreaterThan(0);
    for (const href of shown.hrefs) expect(siteRelative(href, disk())).toMatch(/^plans\/cixi-2020\//);
    expect(await tab.page.textContent('[data-search-places]')).toBe(searchStrings.placesSearched(['慈溪市（浙江省）']));
    expect(await tab.page.locator('.search-result__plan').first().textContent()).toBe('浙江省 · 慈溪市 · 推进健康慈溪行动实施方案');
    expect(tab.errors).toEqual([]);
  });

  test('without JavaScript the page says so and links to the indexes', async () => {
    const quiet = await site.browser.newContext({ javaScriptEnabled: false });
    const plain = await quiet.newPage();
    await plain.goto(`${site.server.url}search/?q=${encodeURIComponent('控烟')}`);
    expect(await plain.isVisible('[data-search-nojs]')).toBe(true);
    expect(await plain.textContent('[data-search-nojs]')).toContain(searchStrings.noScript);
    expect(await plain.locator('[data-search-nojs] a').count()).toBe(3);
    expect(await plain.isVisible('#search-q')).toBe(true);
    await quiet.close();
  });
});
