import { describe, expect, test } from 'vitest';
import { hrefOf, linkTarget, openBuiltSite, select, textOf } from './support/built-site.ts';
import { sliceLeaves, urlOfFile } from './support/slice-pages.ts';

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

const MORTALITY = ['孕产妇死亡率 ≤9.5/10万', '婴儿死亡率 ≤6.5‰', '5岁以下儿童死亡率 ≤8‰'];

/** The pages a page links to, as URLs. */
const linkedUrls = (url: string): string[] => {
  const page = site.page(url);
  return select(page.tree, 'a[href]').flatMap((link) => {
    const file = linkTarget(site, page, hrefOf(link)).file;
    return file?.endsWith('index.html') ? [urlOfFile(file)] : [];
  });
};

describe('the targets across plans', () => {
  test('/targets/ leads through 慈溪市 to cixi-2020’s targets page, which has its three mortality targets linked to their clause', () => {
    const place = sliceLeaves(site, '/targets/').find((page) => textOf(select(page.tree, 'h1')[0]!).startsWith('慈溪市'));
    expect(place?.url).toBe('/targets/cixishi/');
    expect(linkedUrls(place!.url)).toContain('/plans/cixi-2020/targets/');
    const rows = targetRows('/plans/cixi-2020/targets/');
    for (const target of MORTALITY) expect(rows).toContain(`${target} → plans/cixi-2020/index.html#c1-p3`);
  });

  test('the timeline puts them under 2022: the year’s row links its page, whose 慈溪市 page lists them', () => {
    const page = site.page('/timeline/');
    const [row] = select(page.tree, 'tr#y2022');
    expect(row, 'the old anchor #y2022 still lands on the year').toBeDefined();
    expect(select(row!, 'a').map((link) => linkTarget(site, page, hrefOf(link)).file)).toEqual(['timeline/2022/index.html']);
    expect(linkedUrls('/timeline/2022/')).toContain('/timeline/2022/provinces/zhejiang/');
    expect(linkedUrls('/timeline/2022/provinces/zhejiang/')).toContain('/timeline/2022/cixishi/');
    const rows = targetRows('/timeline/2022/cixishi/');
    for (const target of MORTALITY) expect(rows).toContain(`${target} → plans/cixi-2020/index.html#c1-p3`);
  });

  test('cixi-2020’s own targets page shows each target with the text it was read from', () => {
    const page = site.page('/plans/cixi-2020/targets/');
    const [first] = select(page.tree, 'table.target-table tbody tr');
    expect(textOf(first!)).toContain('孕产妇死亡率、婴儿死亡率和5岁以下儿童死亡率分别控制在9.5/10万、6.5‰和8‰以下');
    expect(textOf(first!)).toContain('2022年');
  });
});
