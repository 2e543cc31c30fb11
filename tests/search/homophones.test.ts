import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { searchStrings } from '../../src/i18n/zh-CN.ts';
import { buildInto, foldersUnder } from '../gates/support/build-into.ts';
import { hrefOf, linkTarget, openBuiltSite, select, textOf, type BuiltSite } from '../insight-site/support/built-site.ts';
import { sliceRows } from '../insight-site/support/slice-pages.ts';
import { ROOT } from '../support/site/build-site.ts';
import { CHROMIUM_PATH, hasChromium, launchChromium } from '../support/site/chromium.ts';
import { serveStatic, type StaticServer } from '../support/site/serve.ts';
import { watchErrors } from '../support/site/watch-errors.ts';
import { showSearch, siteRelative } from './browser-search.ts';

/**
 * Places that share a name, which the seeds lack: 鼓楼区 of 福州市 (福建省) and of 南京市 (江苏省),
 * 朝阳区 of 北京市 and 朝阳市 of 辽宁省 (tests/fixtures/homophones/, invented notices). Built as a
 * site of their own, then searched by a typed place in a browser, their units' pages and their timeline read.
 */
const skip = !hasChromium && !process.env['CI'];
const GULOU = { fujian: 'plans/gulou-2021-gongzuoyaodian-rongguzhengban-2021-11/', jiangsu: 'plans/gulou-2021-gongzuoyaodian-ningguzhengbanfa-2021-27/' };
const CHAOYANG = { beijing: 'plans/chaoyang-2021-gongzuoyaodian-chaozhengbanfa-2021-9/', liaoning: 'plans/chaoyang-2021-gongzuoyaodian-chaozhengbanfa-2021-15/' };

describe.skipIf(skip)(`places of one name, in chromium${skip ? ` (skipped: no ${CHROMIUM_PATH})` : ''}`, () => {
  let work: string;
  let site: BuiltSite;
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'search-homophones-'));
    const notices = join(work, 'notices');
    cpSync(join(ROOT, 'tests', 'fixtures', 'homophones'), notices, { recursive: true });
    const folders = foldersUnder(work, notices);
    await buildInto(folders);
    site = openBuiltSite(folders.dist);
    server = await serveStatic(folders.dist, '/');
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    errors = watchErrors(context);
    page = await context.newPage();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  }, 60_000);

  /** The plan folders of the results of a search for 卫生 among actions in a typed place, and the line saying which places were searched. */
  async function searchIn(place: string): Promise<{ plans: string[]; places: string | null }> {
    const shown = await showSearch(page, `${server.url}search/?q=${encodeURIComponent('卫生')}&kind=action&place=${encodeURIComponent(place)}`);
    const plans = [...new Set(shown.hrefs.map((href) => siteRelative(href, server.url).replace(/index\.html#.*$/, '')))].sort();
    return { plans, places: await page.textContent('[data-search-places]') };
  }

  test('鼓楼 and 鼓楼区 search the 鼓楼区 of both provinces, and say so', async () => {
    for (const typed of ['鼓楼', '鼓楼区', '鼓樓']) {
      expect(await searchIn(typed), typed).toEqual({
        plans: [GULOU.jiangsu, GULOU.fujian].sort(),
        places: searchStrings.placesSearched(['鼓楼区（福建省、江苏省）']),
      });
    }
    expect(errors).toEqual([]);
  });

  test('朝阳 searches 朝阳区 and 朝阳市 together; 朝阳区 only itself; a province printed first picks its own', async () => {
    expect(await searchIn('朝阳')).toEqual({
      plans: [CHAOYANG.beijing, CHAOYANG.liaoning].sort(),
      places: searchStrings.placesSearched(['朝阳区（北京市）', '朝阳市（辽宁省）']),
    });
    expect(await searchIn('朝阳区')).toEqual({ plans: [CHAOYANG.beijing], places: searchStrings.placesSearched(['朝阳区（北京市）']) });
    expect(await searchIn('辽宁朝阳市')).toEqual({ plans: [CHAOYANG.liaoning], places: searchStrings.placesSearched(['朝阳市（辽宁省）']) });
    expect(errors).toEqual([]);
  });

  test('each 鼓楼区’s 区卫生健康局 has a unit page of its own that shows only its own plan', () => {
    for (const [own, other] of [['fujian', 'jiangsu'], ['jiangsu', 'fujian']] as const) {
      const page = site.page(`/units/${own}-gulou-quweishengjiankangju/`);
      const targets = select(page.tree, 'main a[href]').map((a) => linkTarget(site, page, hrefOf(a)).file ?? '');
      expect(targets.filter((file) => file.startsWith(GULOU[own])).length, own).toBeGreaterThan(0);
      expect(targets.filter((file) => file.startsWith(GULOU[other])), own).toEqual([]);
    }
    expect(site.files.has('units/gulou-quweishengjiankangju/index.html')).toBe(false);
  });

  test('the timeline lists 鼓楼区 under each of its provinces with that province’s plan, none under 省份不详', () => {
    const provinces = select(site.page('/timeline/2022/').tree, 'table[data-slice-table] tr[data-slice-row] th a').map(textOf);
    expect(provinces.toSorted()).toEqual(['北京市', '福建省', '江苏省', '辽宁省'].toSorted());
    for (const province of ['fujian', 'jiangsu']) {
      const { rows } = sliceRows(site, site.page(`/timeline/2022/provinces/${province}/`));
      expect(rows.map((row) => [row.url, row.counts.get('规划数')])).toEqual([['/timeline/2022/gulouqu/', 1]]);
    }
  });
});
