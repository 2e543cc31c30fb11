import { runInNewContext } from 'node:vm';
import { expect, test } from 'vitest';
import { shardsFile } from '../../scripts/search/shards-file.ts';
import type { Facets, PagefindGroups } from '../../src/lib/search/fallback-data.ts';
import { mergeFacets, shardGroups, shardPath, shardPaths, shardRecord } from '../../src/lib/search/shards.ts';
import { seedRecords } from './seed-records.ts';

test.each([
  ['shards/east', 'shards/east/'],
  ['shards/east/', 'shards/east/'],
  [' ../jiangsu ', '../jiangsu/'],
  ['../../', '../../'],
  ['浙江/', '浙江/'],
])('shard path %j is %j', (given, path) => expect(shardPath(given)).toBe(path));

test.each(['', ' ', '/shards/east/', 'http://example.org/east/', '//example.org/east/', 'file:///srv/east/', 'east/?v=1', 'east/#x', 'shards\\east', './', '.', 'shards/..'])(
  'shard path %j is refused',
  (given) => expect(() => shardPath(given)).toThrow(/shard/),
);

test('a list of shard paths, as an environment variable or repeated options give it', () => {
  expect(shardPaths(['shards/east, shards/west/', 'shards/east/'])).toEqual(['shards/east/', 'shards/west/']);
  expect(shardPaths([])).toEqual([]);
});

test('each Pagefind result names the group of every site whose map holds its id, in the results’ order', () => {
  const maps: PagefindGroups[] = [{ 'zh-cn_a1': 0, 'zh-cn_b2': 3 }, { 'zh-cn_c3': 1 }, { 'zh-cn_a1': 5, 'zh-cn_d4': 0 }];
  expect(shardGroups(['zh-cn_c3', 'zh-cn_a1', 'zh-cn_zz', 'zh-cn_d4', 'zh-cn_c3'], maps)).toEqual([
    { site: 1, group: 1 },
    // Two shards share this id: both groups are loaded, and their records checked.
    { site: 0, group: 0 },
    { site: 2, group: 5 },
    { site: 2, group: 0 },
  ]);
  expect(shardGroups(['constructor', 'toString'], maps)).toEqual([]);
});

test('a shard’s record links under the shard’s folder; this site’s records are left as they are', () => {
  const record = seedRecords().find((r) => r.url.includes('#'))!;
  expect(shardRecord(record, 'shards/east/').url).toBe(`shards/east/${record.url}`);
  expect(shardRecord(record, 'shards/east/')).toEqual({ ...record, url: `shards/east/${record.url}` });
  expect(shardRecord(record, '')).toBe(record);
  expect(new URL(shardRecord(record, '../west/').url, 'http://host/sub/east/').href).toBe(`http://host/sub/west/${record.url}`);
});

test('the filter choices of several shards as one', () => {
  const main: Facets = {
    plan: [['yinzhou-2018', '2018年健康鄞州建设工作要点']],
    place: [['鄞州区', '鄞州区'], ['余杭区', '余杭区']],
    year: [['2019', '2019'], ['2018', '2018']],
    lead: [['区卫生计生局', '区卫生计生局']],
  };
  const east: Facets = {
    plan: [['huanren-2018-2020', '健康桓仁建设2018—2020年任务分工与年度目标分解实施方案']],
    place: [['桓仁满族自治县', '桓仁满族自治县']],
    year: [['2020', '2020'], ['2018', '2018']],
    lead: [['县卫生计生局', '县卫生计生局'], ['区卫生计生局', '区卫生计生局']],
  };
  expect(mergeFacets([main, east])).toEqual({
    plan: [main.plan[0], east.plan[0]],
    place: [['桓仁满族自治县', '桓仁满族自治县'], ['鄞州区', '鄞州区'], ['余杭区', '余杭区']],
    year: [['2020', '2020'], ['2019', '2019'], ['2018', '2018']],
    lead: [['区卫生计生局', '区卫生计生局'], ['县卫生计生局', '县卫生计生局']],
  });
  expect(mergeFacets([main])).toEqual(main);
});

test('search/shards.js registers the checked list; a bad path fails the build', () => {
  const file = shardsFile(['shards/east', 'shards/west/']);
  expect(file.path).toBe('search/shards.js');
  let registered: unknown;
  runInNewContext(String(file.contents), { __hpSearch: { shards: (paths: unknown) => (registered = paths) } });
  expect(registered).toEqual(['shards/east/', 'shards/west/']);
  expect(() => shardsFile(['https://example.org/east/'])).toThrow(/not a relative folder URL/);
});
