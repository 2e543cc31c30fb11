import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { lineageStrings } from '../../src/i18n/zh-CN-lineage.ts';
import { comparePlans } from '../../src/lib/lineage/compare-plans.ts';
import type { ChangeKind } from '../../src/lib/lineage/match-actions.ts';
import { buildPlanEntry } from '../../src/lib/plan-entry.ts';
import { recordCspViolations } from '../gates/support/record-csp.ts';
import { siteDist } from '../support/site/dist.ts';
import { loadPlans } from '../support/site/plan-data.ts';
import { describeInChromium, openTab, serveInChromium } from '../support/site/site-in-chromium.ts';

/**
 * The comparison of any two plans (compare/?a=…&b=…), opened as staff open a cited URL: over http
 * under a sub-path and from disk, for two seed plans of different places. Its rows must be the
 * ones comparePlans() gives the pair, each side linking to a clause that exists.
 */

const s = lineageStrings.compareAny;

// 桓仁 2018—2020 and 慈溪市 2020: two places, so no pre-rendered page compares them; of the seeds'
// pairs of places, the one whose actions match at all (one task, its lead unit changed).
const [OLDER, NEWER] = ['huanren-2018-2020', 'cixi-2020'] as const;
const PLACE_OLDER = '桓仁满族自治县';
const plans = new Map(loadPlans().map((plan) => [plan.slug, plan]));
const expected = comparePlans(buildPlanEntry(plans.get(OLDER)!), buildPlanEntry(plans.get(NEWER)!));
const expectedRows = expected.map((row) => [row.kind, row.older?.label ?? '—', row.newer?.label ?? '—']);
const count = (kind: ChangeKind) => expected.filter((row) => row.kind === kind).length;

/** The rows as shown: kind, each side's clause label (— when empty), and each side's link. */
async function shownRows(page: Page): Promise<{ kind: string; older: string; newer: string; links: string[] }[]> {
  await page.waitForSelector('[data-compare-status][data-state="done"]', { state: 'attached' });
  return page.locator('[data-compare-result] tbody tr').evaluateAll((rows) =>
    rows.map((row) => {
      const side = (cell: Element | undefined) => cell?.querySelector('a')?.textContent ?? cell?.textContent ?? '';
      return {
        kind: (row as HTMLElement).dataset['change'] ?? '',
        older: side(row.children[1]),
        newer: side(row.children[2]),
        links: [...row.querySelectorAll('a')].map((a) => a.href),
      };
    }),
  );
}

/** The status line once the page has settled, and its state. */
async function settledStatus(page: Page): Promise<{ state: string; text: string }> {
  await page.waitForSelector('[data-compare-status]:is([data-state="done"], [data-state="idle"], [data-state="error"])', { state: 'attached' });
  return page.locator('[data-compare-status]').evaluate((p) => ({ state: (p as HTMLElement).dataset['state'] ?? '', text: p.textContent ?? '' }));
}

test('the seed pair has a matched row, new and dropped rows, so the checks below say something', () => {
  expect([count('continued'), count('lead-changed'), count('new'), count('dropped')]).toEqual([0, 1, 29, 35]);
});

describeInChromium('any two plans compared in chromium', () => {
  const site = serveInChromium(siteDist, '/sub/dir/');
  let violations: string[];
  const tab = openTab(() => site.browser, {
    context: { viewport: { width: 1280, height: 900 } },
    prepare: async (context) => void (violations = await recordCspViolations(context)),
  });
  const disk = () => `${pathToFileURL(siteDist()).href}/`;

  test('over http under a sub-path: the rows comparePlans() gives, by kind and by name; a clause link lands on its clause', async () => {
    await tab.page.goto(`${site.server.url}compare/?a=${OLDER}&b=${NEWER}`);
    const rows = await shownRows(tab.page);
    expect(rows.map((row) => [row.kind, row.older, row.newer])).toEqual(expectedRows);
    expect(await tab.page.locator('.change-summary li').allTextContents()).toEqual([
      `延续：${count('continued')} 项`,
      `牵头单位变化：${count('lead-changed')} 项`,
      `新增：${count('new')} 项`,
      `不再列出：${count('dropped')} 项`,
    ]);
    expect(await tab.page.textContent('h1')).toBe(`${PLACE_OLDER} 2018—2020年 与 慈溪市 2020年印发 比较`);
    expect(await tab.page.textContent('[data-compare-status]')).toBe(s.done(expected.length));
    // A continued row links both clauses; the newer's opens the plan at that clause.
    const continued = expected.findIndex((row) => row.kind === 'continued' || row.kind === 'lead-changed');
    const { links } = rows[continued]!;
    expect(links).toEqual([
      `${site.server.url}plans/${OLDER}/index.html#${expected[continued]!.older!.id}`,
      `${site.server.url}plans/${NEWER}/index.html#${expected[continued]!.newer!.id}`,
    ]);
    await Promise.all([tab.page.waitForURL(new RegExp(`/plans/${NEWER}/`)), tab.page.locator('[data-compare-result] tbody tr').nth(continued).locator('a').nth(1).click()]);
    const id = expected[continued]!.newer!.id;
    expect(await tab.page.evaluate(() => document.querySelector(':target')?.id ?? null)).toBe(id);
  });

  test('from disk, the plans named newer first: the same rows, the older plan still on the left, every clause link resolving', async () => {
    await tab.page.goto(`${disk()}compare/index.html?a=${NEWER}&b=${OLDER}`);
    const rows = await shownRows(tab.page);
    expect(rows.map((row) => [row.kind, row.older, row.newer])).toEqual(expectedRows);
    const links = rows.flatMap((row) => row.links);
    expect(links.length).toBe(expected.reduce((n, row) => n + (row.older ? 1 : 0) + (row.newer ? 1 : 0), 0));
    // Every link names a built plan page holding the clause's anchor.
    const pages = new Map<string, string>();
    const unresolved = links.filter((link) => {
      const url = new URL(link);
      const file = fileURLToPath(url);
      if (!existsSync(file)) return true;
      if (!pages.has(file)) pages.set(file, readFileSync(file, 'utf8'));
      return !pages.get(file)!.includes(` id="${url.hash.slice(1)}"`);
    });
    expect(unresolved).toEqual([]);
    await Promise.all([tab.page.waitForURL(new RegExp(`/plans/${OLDER}/index\\.html#`)), tab.page.locator('[data-compare-result] tbody a').first().click()]);
    expect(await tab.page.evaluate(() => document.querySelector(':target')?.id ?? null)).toBe(new URL(links[0]!).hash.slice(1));
  });

  test('from a plan page, "compare with any plan" opens the form with that plan; a pasted address of another completes the URL', async () => {
    await tab.page.goto(`${disk()}plans/${OLDER}/index.html`);
    await Promise.all([tab.page.waitForURL(/\/compare\/index\.html\?a=/), tab.page.getByRole('link', { name: lineageStrings.plan.compareAny }).click()]);
    expect(await settledStatus(tab.page)).toEqual({ state: 'idle', text: s.chosen(`《${plans.get(OLDER)!.planTitle}》（${PLACE_OLDER} 2018—2020年）`) });
    expect(await tab.page.inputValue('#compare-a')).toBe(OLDER);
    await tab.page.fill('#compare-b', `https://example.org/healthy/plans/${NEWER}/actions/c2-1-1/`);
    await Promise.all([tab.page.waitForURL(/[?&]b=cixi-2020(&|$)/), tab.page.click('.compare-form button[type="submit"]')]);
    expect(new URL(tab.page.url()).search).toBe(`?a=${OLDER}&b=${NEWER}`);
    expect((await shownRows(tab.page)).length).toBe(expected.length);
  });

  test('no console error, failed request or CSP violation on the pages above', () => {
    expect(tab.errors).toEqual([]);
    expect(violations).toEqual([]);
  });

  test.each([
    ['no plan named', '', { state: 'idle', text: s.prompt }],
    ['a plan the site does not have', `?a=${OLDER}&b=jinghu-2019`, { state: 'error', text: s.unknown(s.planB, 'jinghu-2019') }],
    ['text that names no plan', `?a=${encodeURIComponent('鄞州 2018')}&b=${NEWER}`, { state: 'error', text: s.unreadable(s.planA, '鄞州 2018') }],
    ['one plan twice', `?a=${OLDER}&b=${OLDER}`, { state: 'error', text: s.same }],
  ])('%s: a clear message, no table (over http and from disk)', async (_name, query, status) => {
    for (const base of [`${site.server.url}compare/`, `${disk()}compare/index.html`]) {
      await tab.page.goto(`${base}${query}`);
      expect(await settledStatus(tab.page), base).toEqual(status);
      expect(await tab.page.isHidden('[data-compare-result]')).toBe(true);
    }
  });
});
