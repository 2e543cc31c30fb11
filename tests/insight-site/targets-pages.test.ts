import { describe, expect, test } from 'vitest';
import { hrefOf, linkTarget, openBuiltSite, select, textOf } from './support/built-site.ts';

const site = openBuiltSite();

/** The target rows of a page as "metric value → file#fragment". */
function targetRows(url: string): string[] {
  const page = site.page(url);
  return select(page.tree, 'table.target-table tbody tr').map((row) => {
    const [metric] = select(row, 'th');
    const [value] = select(row, '.target-value');
    const [link] = select(row, 'a.target-clause');
    const { file, fragment } = linkTarget(site, page, hrefOf(link!));
    return `${textOf(metric!)} ${textOf(value!)} → ${file}#${fragment}`;
  });
}

describe('the targets across plans', () => {
  test.each(['/targets/', '/timeline/'])('%s includes cixi-2020’s three mortality targets, linked to their clause', (url) => {
    const rows = targetRows(url);
    for (const target of ['孕产妇死亡率 ≤9.5/10万', '婴儿死亡率 ≤6.5‰', '5岁以下儿童死亡率 ≤8‰']) {
      expect(rows).toContain(`${target} → plans/cixi-2020/index.html#c1-p3`);
    }
  });

  test('the timeline puts them under 2022, in the section that year’s link leads to', () => {
    const page = site.page('/timeline/');
    const [section] = select(page.tree, 'section:has(> h2#y2022)');
    expect(section).toBeDefined();
    const metrics = select(section!, 'table.target-table tbody th').map(textOf);
    expect(metrics).toEqual(expect.arrayContaining(['孕产妇死亡率', '婴儿死亡率', '5岁以下儿童死亡率']));
    const yearLinks = select(page.tree, '.chart-pair table a').map((link) => linkTarget(site, page, hrefOf(link)));
    expect(yearLinks).toContainEqual({ file: 'timeline/index.html', fragment: 'y2022' });
  });

  test('cixi-2020’s own targets page shows each target with the text it was read from', () => {
    const page = site.page('/plans/cixi-2020/targets/');
    const [first] = select(page.tree, 'table.target-table tbody tr');
    expect(textOf(first!)).toContain('孕产妇死亡率、婴儿死亡率和5岁以下儿童死亡率分别控制在9.5/10万、6.5‰和8‰以下');
    expect(textOf(first!)).toContain('2022年');
  });
});
