import { describe, expect, test } from 'vitest';
import { provinceKey } from '../../src/lib/provinces.ts';
import { linkTarget, openBuiltSite, select, textOf } from './support/built-site.ts';
import { sliceRows } from './support/slice-pages.ts';

// Issue 13: every cross-plan list counts provinces first; a province's page counts its places and
// links to the place pages, whose URLs stay what they were before the province level.

const site = openBuiltSite();
const crumbs = (url: string) => select(site.page(url).tree, 'nav.crumbs a, nav.crumbs [aria-current]').map(textOf);
const labels = (url: string) => select(site.page(url).tree, 'table[data-slice-table] tr[data-slice-row] th a').map(textOf);

describe('a province segment comes from its name alone', () => {
  test.each([
    ['浙江省', 'zhejiang'],
    ['陕西省', 'shaanxi'],
    ['山西省', 'shanxi'],
    ['广西壮族自治区', 'guangxi'],
    ['内蒙古自治区', 'neimenggu'],
    ['新疆维吾尔自治区', 'xinjiang'],
    ['北京市', 'beijing'],
    ['香港特别行政区', 'xianggang'],
    [null, 'unknown'],
  ])('%s → %s', (province, key) => {
    expect(provinceKey(province)).toBe(key);
  });
});

describe('the seed site split by province', () => {
  test.each(['/actions/', '/plans/', '/units/', '/targets/', '/data/', '/places/', '/themes/fitness/', '/units/functions/weishengjiankang/'])(
    '%s lists the seeds’ two provinces, not their places',
    (url) => {
      expect(labels(url)).toEqual(['辽宁省', '浙江省']);
    },
  );

  test('浙江省 of 任务 counts its four places, each row linking the place page as it always was', () => {
    const { rows } = sliceRows(site, site.page('/actions/provinces/zhejiang/'));
    expect(rows.map((row) => row.url).toSorted()).toEqual(['/actions/cixishi/', '/actions/lishuishi/', '/actions/yinzhouqu/', '/actions/yuhangqu/']);
    expect(rows.map((row) => row.counts.get('规划数'))).toEqual([1, 1, 1, 1]);
  });

  test('a place’s slice pages go through its province in the breadcrumbs', () => {
    expect(crumbs('/actions/yinzhouqu/')).toEqual(['首页', '任务', '浙江省', '鄞州区']);
    expect(crumbs('/actions/huanrenmanzuzizhixian/2018/').slice(1, 4)).toEqual(['任务', '辽宁省', '桓仁满族自治县']);
    expect(crumbs('/data/places/cixishi/')).toContain('浙江省');
  });

  test('a unit page goes through its province and its place’s units, as the place’s units page does', () => {
    expect(crumbs('/units/huanren-xianaiweiban/')).toEqual(['首页', '责任单位', '辽宁省', '桓仁满族自治县', '县爱卫办']);
    const page = site.page('/units/huanren-xianaiweiban/');
    const targets = select(page.tree, 'nav.crumbs a').map((a) => linkTarget(site, page, String(a.properties['href'])).file);
    expect(targets.slice(2)).toEqual(['units/provinces/liaoning/index.html', 'units/places/huanrenmanzuzizhixian/index.html']);
    expect(crumbs('/units/places/huanrenmanzuzizhixian/').slice(0, 3)).toEqual(['首页', '责任单位', '辽宁省']);
  });

  test('a place page shows its province, linking its province’s places', () => {
    const page = site.page('/places/yinzhouqu-bed2/');
    const [line] = select(page.tree, 'main p').filter((p) => textOf(p).startsWith('所在省份'));
    expect(textOf(line!)).toBe('所在省份：浙江省');
    expect(labels('/places/')).toEqual(['辽宁省', '浙江省']);
    expect(select(site.page('/places/provinces/zhejiang/').tree, 'main tbody th a').map(textOf).toSorted()).toEqual(['丽水市', '余杭区', '慈溪市', '鄞州区'].toSorted());
  });
});
