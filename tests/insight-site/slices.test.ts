import { describe, expect, test } from 'vitest';
import { placeKey, yearKey } from '../../src/lib/slices.ts';
import type { Plan } from '../../src/model/index.ts';
import { loadPlans } from '../support/site/plan-data.ts';
import { hrefOf, linkTarget, openBuiltSite, select, textOf } from './support/built-site.ts';
import { sliceLeaves, sliceRows } from './support/slice-pages.ts';

// Issue 13: the cross-plan lists are split by place and year. Each parent page counts its slices;
// here every count is checked against the pages it leads to, down to the items they list.

const site = openBuiltSite();
const plans = loadPlans();
const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/** What a page at the bottom of each split list shows, by the heading of the count its parent gives for it. */
const LEAF_ITEMS: Record<string, Record<string, string>> = {
  '/actions/': { 任务数: 'tr[data-filter-row]' },
  '/plans/': { 规划数: 'main tbody tr' },
  '/units/': { 单位数: 'tr[data-filter-row]' },
  '/targets/': { 规划数: 'main tbody tr' },
  '/data/': { 规划数: 'table.data-files tbody tr' },
  '/timeline/': { 目标数: 'table.target-table tbody tr', 规划数: 'section:has(table.target-table)' },
  '/themes/fitness/': { 任务数: 'ol.theme-actions > li', 规划数: 'section.theme-plan' },
  '/themes/tobacco-alcohol/': { 任务数: 'ol.theme-actions > li', 规划数: 'section.theme-plan' },
};

/** Every mismatch between a slice table's counts and the pages below it, walking down from `url`. */
function countProblems(url: string, leafItems: Record<string, string>): string[] {
  const page = site.page(url);
  const { rows, totals } = sliceRows(site, page);
  const problems: string[] = [];
  for (const [heading, total] of totals) {
    const rowsSum = sum(rows.map((row) => row.counts.get(heading) ?? 0));
    if (rowsSum !== total) problems.push(`${url}: ${heading} total ${total}, rows sum to ${rowsSum}`);
  }
  for (const row of rows) {
    const child = site.page(row.url);
    const below = sliceRows(site, child);
    if (below.rows.length > 0) {
      for (const [heading, count] of row.counts) {
        const total = below.totals.get(heading);
        if (total !== undefined && total !== count) problems.push(`${url} → ${row.url}: ${heading} ${count} above, ${total} below`);
      }
      problems.push(...countProblems(row.url, leafItems));
    } else {
      // Plans a slice page does not show in full are listed with their counts (src/lib/page-budget.ts).
      const listed = select(child.tree, 'tr[data-listed-plan]');
      const listedCount = (heading: string) =>
        heading === '规划数' ? listed.length : sum(listed.map((plan) => Number(textOf(select(plan, 'td.num')[0] ?? plan)) || 0));
      for (const [heading, selector] of Object.entries(leafItems)) {
        const shown = select(child.tree, selector).length + listedCount(heading);
        if (row.counts.has(heading) && row.counts.get(heading) !== shown) problems.push(`${url} → ${row.url}: ${heading} ${row.counts.get(heading)} above, ${shown} listed`);
      }
    }
  }
  return problems;
}

describe.each(Object.entries(LEAF_ITEMS))('the split list %s', (url, leafItems) => {
  test('counts on each page equal the sum of its slices, down to the items listed', () => {
    expect(sliceRows(site, site.page(url)).rows.length).toBeGreaterThan(0);
    expect(countProblems(url, leafItems)).toEqual([]);
  });
});

describe('the counts at the top are the collection’s', () => {
  const total = (url: string, heading: string) => sliceRows(site, site.page(url)).totals.get(heading);

  test('/actions/ counts every action of every plan, /plans/ every plan', () => {
    expect(total('/actions/', '任务数')).toBe(sum(plans.map((plan) => plan.actions.length)));
    expect(total('/plans/', '规划数')).toBe(plans.length);
  });

  test('/units/ counts every unit once, /timeline/ every target once', () => {
    expect(total('/units/', '单位数')).toBe(new Set(plans.flatMap((plan) => plan.units.map((unit) => unit.slug))).size);
    expect(total('/timeline/', '目标数')).toBe(sum(plans.map((plan) => plan.insight.targets.length)));
  });

  test('/themes/fitness/ counts the actions the model puts on 全民健身', () => {
    const onTheme = (plan: Plan) => plan.insight.themes.filter((entry) => entry.themes.some((hit) => hit.theme === 'fitness')).length;
    expect(total('/themes/fitness/', '任务数')).toBe(sum(plans.map(onTheme)));
  });
});

describe('slice URLs come from each plan’s own place and year', () => {
  test.each(plans.filter((plan) => plan.actions.length > 0).map((plan) => [plan.slug, plan] as const))('%s: its actions are on /actions/<place>/<year>/ under its slug', (slug, plan) => {
    const url = `/actions/${placeKey(plan.jurisdiction.placeHans)}/${yearKey(plan)}/`;
    expect(site.hasAnchor(`${url.slice(1)}index.html`, slug)).toBe(true);
    const page = site.page(`/plans/${slug}/`);
    const links = select(page.tree, 'a[href]').map((link) => linkTarget(site, page, hrefOf(link)));
    expect(links, 'the plan page links its own list of actions').toContainEqual({ file: `plans/${slug}/actions/index.html`, fragment: null });
  });

  test('鄞州区’s slice is /actions/yinzhouqu/2018/, named 鄞州区 2018年', () => {
    const page = site.page('/actions/yinzhouqu/2018/');
    expect(textOf(select(page.tree, 'h1')[0]!)).toBe('鄞州区 2018年 · 全部任务');
  });

  test('every slice page of the lists is in the sitemap', () => {
    const sitemap = site.page('/sitemap.xml');
    const listed = new Set(select(sitemap.tree, 'loc').map(textOf));
    const slicePages = Object.keys(LEAF_ITEMS).flatMap((url) => sliceLeaves(site, url).map((page) => page.url));
    expect(slicePages.filter((url) => !listed.has(url))).toEqual([]);
  });
});

describe('the 任务 search reaches every action through the search index', () => {
  test('/actions/ has a plain form to search/ for actions: a typed place (no list that grows with the places) and the years to choose', () => {
    const page = site.page('/actions/');
    const [form] = select(page.tree, '.action-search form[role=search]');
    expect(linkTarget(site, page, String(form!.properties['action'])).file).toBe('search/index.html');
    expect(select(form!, 'input[type=hidden][name=kind]').map((input) => input.properties['value'])).toEqual(['action']);
    const options = (name: string) => select(form!, `select[name=${name}] option`).map((option) => String(option.properties['value']));
    expect(select(form!, 'select[name=place]')).toEqual([]);
    expect(select(form!, 'input[type=text][name=place]')).toHaveLength(1);
    expect(options('year')).toContain('2018');
  });
});
