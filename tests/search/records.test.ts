import { describe, expect, test } from 'vitest';
import { buildFacets } from '../../scripts/search/facets-file.ts';
import { pagefindRecord } from '../../scripts/search/pagefind-record.ts';
import { searchPlaces } from '../../scripts/search/places-file.ts';
import { packPlaces, unpackPlaces } from '../../src/lib/search/place-list.ts';
import { flattenClauses, loadPlans } from '../support/site/plan-data.ts';
import { buildSearchGroups, flattenGroups } from '../../scripts/search/records.ts';
import { packRecords } from '../../src/lib/search/pack.ts';
import { seedGroups, seedRecords, toHans } from './seed-records.ts';

const plans = loadPlans();
const records = seedRecords();
const byUrl = new Map(records.map((record) => [record.url, record]));
const at = (slug: string, id: string) => byUrl.get(`plans/${slug}/index.html#${id}`)!;

describe('search records of the seeds', () => {
  test('one record per plan, per clause with text, and per unit; URLs unique', () => {
    const clauses = plans.flatMap((plan) => flattenClauses(plan.clauses).filter((c) => c.heading || c.text || plan.assignments.some((a) => a.clauseId === c.id)));
    const units = new Set(plans.flatMap((plan) => plan.units.map((unit) => unit.slug)));
    expect(byUrl.size).toBe(records.length);
    expect(records.filter((r) => r.url.includes('#'))).toHaveLength(clauses.length);
    expect(records.filter((r) => r.kind === 'unit')).toHaveLength(units.size);
    expect(records.filter((r) => r.kind === 'plan' && !r.url.includes('#'))).toHaveLength(plans.length);
  });

  test('a clause inside an action carries the action’s units, number and filters', () => {
    const record = at('yinzhou-2018', 'c3-1-3');
    expect(record).toMatchObject({ kind: 'action', number: '三、(一)3.', title: '加快推进家庭医生签约服务', plan: '浙江省 · 鄞州区 · 2018年健康鄞州建设工作要点', lang: '' });
    expect(record.units).toMatch(/^牵头单位：区卫生计生局/);
    expect(record.filters).toEqual({ plan: ['yinzhou-2018'], place: ['鄞州区'], year: ['2018'], lead: ['区卫生计生局'], kind: ['action'] });
  });

  test('a unit list printed on its own line is searched with its clause', () => {
    for (const plan of plans) {
      const roles = new Map(plan.lines.map((line) => [line.line, line.role]));
      for (const list of plan.assignments.filter((a) => roles.get(a.line) === 'assignment')) {
        expect(at(plan.slug, list.clauseId).text, `${plan.slug}#${list.clauseId}`).toContain(list.printed);
      }
    }
  });

  test('a clause without a heading names the heading above it', () => {
    expect(at('cixi-2020', 'c1-p5')).toMatchObject({ kind: 'plan', number: '一、', title: '', section: '总体目标' });
  });

  test('Traditional text carries its Simplified copy; Simplified text does not', () => {
    const lishui = at('lishui-2021', 'c1-5');
    expect(lishui.lang).toBe('zh-Hant');
    expect(lishui.text).toContain('控煙限酒');
    expect(lishui.hans?.[1]).toContain('控烟限酒');
    expect(lishui.hans?.map((field) => field.length)).toEqual([lishui.title, lishui.text, lishui.units, lishui.plan].map((f) => f.length));
    expect(at('cixi-2020', 'c2-1-4').hans).toBeUndefined();
  });

  test('plans are found by document number, units by every printed form', () => {
    expect(byUrl.get('plans/cixi-2020/index.html')!.text).toContain('慈政发〔2020〕34号');
    expect(byUrl.get('units/yinzhou-quweishengjishengju/index.html')).toMatchObject({ kind: 'unit', title: '区卫生计生局', plan: '浙江省 · 鄞州区', text: '区卫生计生区' });
  });

  test('every line says where its result is from: province and place, then period and type, or the plan', () => {
    expect(byUrl.get('plans/huanren-2018-2020/index.html')!.plan).toBe('辽宁省 · 桓仁满族自治县 · 2018—2020年 · 任务分工');
    expect(byUrl.get('plans/yinzhou-2018/index.html')!.plan).toBe('浙江省 · 鄞州区 · 2018年 · 工作要点');
    // A Traditional plan's line: the place in Simplified, as the filters name it; its title as printed.
    expect(at('lishui-2021', 'c1-5').plan).toBe('浙江省 · 丽水市 · 2021年健康麗水建設工作要點');
    for (const plan of plans) {
      const lines = records.filter((record) => record.filters.plan.includes(plan.slug) && record.kind !== 'document' && record.kind !== 'unit');
      for (const record of lines) expect(record.plan, record.url).toMatch(new RegExp(`^${plan.jurisdiction.province} · ${plan.jurisdiction.placeHans} · `));
    }
  });

  test('facets offer every plan by title, and the years of the plans', () => {
    const facets = buildFacets(records);
    expect(facets.plan.map(([slug]) => slug).sort()).toEqual(plans.map((plan) => plan.slug).sort());
    expect(facets.plan.find(([slug]) => slug === 'lishui-2021')?.[1]).toBe('2021年健康麗水建設工作要點');
    expect(facets.year.map(([year]) => year)).toEqual(['2021', '2020', '2019', '2018', '2017']);
    expect(facets.lead.map(([name]) => name)).toContain('区卫生计生局');
  });
});

describe('two plans of one title read apart', () => {
  // The 鄞州 plan twice under one invented title, in two invented places of two provinces.
  const yinzhou = plans.find((plan) => plan.slug === 'yinzhou-2018')!;
  const twin = (slug: string, placeHans: string, province: string) => ({
    ...yinzhou,
    slug,
    planTitle: '2018年健康青禾建设工作要点',
    jurisdiction: { ...yinzhou.jurisdiction, place: placeHans, placeHans, province },
  });
  const twins = flattenGroups(buildSearchGroups([twin('qinghe-2018', '青禾区', '北京市'), twin('qinghe-2018-b', '青禾市', '辽宁省')], toHans));
  const lines = (slug: string) => new Set(twins.filter((record) => record.url.startsWith(`plans/${slug}/`)).map((record) => record.plan));

  test('each record of a plan says its province and place, and the clauses name the plan', () => {
    expect(lines('qinghe-2018')).toEqual(new Set(['北京市 · 青禾区 · 2018年 · 工作要点', '北京市 · 青禾区 · 2018年健康青禾建设工作要点']));
    expect(lines('qinghe-2018-b')).toEqual(new Set(['辽宁省 · 青禾市 · 2018年 · 工作要点', '辽宁省 · 青禾市 · 2018年健康青禾建设工作要点']));
  });

  test('the plan filter names the place of each', () => {
    expect(buildFacets(twins).plan).toEqual([
      ['qinghe-2018', '2018年健康青禾建设工作要点（北京市 · 青禾区 · 2018年 · 工作要点）'],
      ['qinghe-2018-b', '2018年健康青禾建设工作要点（辽宁省 · 青禾市 · 2018年 · 工作要点）'],
    ]);
  });

  test('a packed record shard holds the line once for the plan and once for its clauses', () => {
    const group = buildSearchGroups([twin('qinghe-2018', '青禾区', '北京市')], toHans)[0]!;
    const stored = JSON.stringify(packRecords(group.records));
    expect(stored.split('北京市 · 青禾区').length - 1).toBe(2);
    expect(group.records.length).toBeGreaterThan(20);
  });
});

describe('the places file', () => {
  test('every place a record is filtered by, under its province, each once', () => {
    const list = packPlaces(searchPlaces(plans, records));
    expect(list).toEqual({ 辽宁省: ['桓仁满族自治县'], 浙江省: ['慈溪市', '丽水市', '鄞州区', '余杭区'] });
    expect(new Set(unpackPlaces([list]).map((place) => place.name))).toEqual(new Set(records.flatMap((record) => record.filters.place)));
  });

  test('homophones of two provinces stay two; a place of no known province is listed under ""; shards’ lists merge', () => {
    const list = packPlaces([
      { name: '鼓楼区', province: '福建省' },
      { name: '鼓楼区', province: '江苏省' },
      { name: '白河县', province: null },
      { name: '鼓楼区', province: '福建省' },
    ]);
    expect(list).toEqual({ '': ['白河县'], 福建省: ['鼓楼区'], 江苏省: ['鼓楼区'] });
    expect(unpackPlaces([list, { 江苏省: ['鼓楼区', '清河区'] }])).toEqual([
      { name: '白河县', province: null },
      { name: '鼓楼区', province: '福建省' },
      { name: '鼓楼区', province: '江苏省' },
      { name: '清河区', province: '江苏省' },
    ]);
  });
});

describe('record groups and Pagefind pages', () => {
  test('one group per plan, its plan record first, then one per place for the units, then one per level for the cited documents', () => {
    const groups = seedGroups();
    expect(groups.slice(0, plans.length).map((group) => group.records[0]!.url).sort()).toEqual(plans.map((plan) => `plans/${plan.slug}/index.html`).sort());
    const rest = groups.slice(plans.length);
    const units = rest.filter((group) => group.records[0]!.kind === 'unit');
    for (const group of units) expect(new Set(group.records.map((record) => `${record.kind} ${record.filters.place[0]}`)).size).toBe(1);
    const documents = rest.slice(units.length);
    expect(documents.map((group) => group.key)).toEqual(['国家级', '省级', '市级', '县区级', '级别未定'].map((level) => `documents/index.html#${level}`));
    for (const group of documents) expect(group.records.every((record) => record.kind === 'document' && record.plan.startsWith(group.key.split('#')[1]!))).toBe(true);
  });

  test('a Pagefind page holds its group’s folded text, shared lines once, and its records’ filters together', () => {
    const group = seedGroups().find((g) => g.key === 'plans/lishui-2021/index.html')!;
    const custom = pagefindRecord(group);
    expect(custom.language).toBe('zh-cn');
    expect(custom.url).toBe('plans/lishui-2021/index.html');
    expect(custom.content).toContain('控烟限酒');
    expect(custom.content).not.toContain('控煙');
    // Once as the plan's title, not once per clause (the cover notice names it too).
    expect(custom.content.split('2021年健康丽水建设工作要点').length - 1).toBeLessThan(5);
    expect(custom.filters).toMatchObject({ plan: ['lishui-2021'], place: ['丽水市'], year: ['2021'], kind: ['plan', 'action'] });
    expect(custom.filters!['lead']).toContain('市卫生健康委');
  });
});
