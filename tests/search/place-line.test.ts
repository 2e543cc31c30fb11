import { describe, expect, test } from 'vitest';
import { buildFacets } from '../../scripts/search/facets-file.ts';
import { placeLine, placeParts } from '../../scripts/search/place-line.ts';
import type { SearchRecord } from '../../src/lib/search/record.ts';

// Invented places: a 青禾区 of one province, a 青禾市 of another, a municipality's own plan, a place whose province was not read.
describe('placeParts: where a result lies, widest first', () => {
  test.each([
    [{ placeHans: '青禾区', province: '北京市' }, ['北京市', '青禾区']],
    [{ placeHans: '青禾市', province: '辽宁省' }, ['辽宁省', '青禾市']],
    [{ placeHans: '松湖满族自治县', province: '辽宁省' }, ['辽宁省', '松湖满族自治县']],
    // A province's or a municipality's own plan: the province once.
    [{ placeHans: '北京市', province: '北京市' }, ['北京市']],
    [{ placeHans: '浙江省', province: '浙江省' }, ['浙江省']],
    // The province not known: the place alone, never a guess.
    [{ placeHans: '白河县', province: null }, ['白河县']],
  ])('%j → %j', (jurisdiction, parts) => {
    expect(placeParts(jurisdiction)).toEqual(parts);
  });
});

describe('placeLine: the line under a result’s title', () => {
  test.each([
    // A plan: where, then period and type.
    [{ placeHans: '青禾区', province: '北京市' }, ['2021年', '工作要点'], '北京市 · 青禾区 · 2021年 · 工作要点'],
    // A clause: where, then its plan's title.
    [{ placeHans: '青禾市', province: '辽宁省' }, ['2021年健康青禾建设工作要点'], '辽宁省 · 青禾市 · 2021年健康青禾建设工作要点'],
    // A unit: where only.
    [{ placeHans: '白河县', province: null }, [], '白河县'],
  ])('%j with %j → %s', (jurisdiction, rest, line) => {
    expect(placeLine(jurisdiction, ...rest)).toBe(line);
  });
});

describe('the plan filter tells plans of one title apart', () => {
  const planRecord = (slug: string, title: string, line: string): SearchRecord => ({
    url: `plans/${slug}/index.html`,
    kind: 'plan',
    title,
    number: '',
    section: '',
    plan: line,
    text: '',
    units: '',
    lang: '',
    filters: { plan: [slug], place: [], year: [], lead: [], kind: ['plan'] },
  });

  test('a shared title carries each plan’s line; a title of one plan stays bare', () => {
    const facets = buildFacets([
      planRecord('qinghe-2021', '2021年健康青禾建设工作要点', '北京市 · 青禾区 · 2021年 · 工作要点'),
      planRecord('qinghe-2021-gongzuoyaodian', '2021年健康青禾建设工作要点', '辽宁省 · 青禾市 · 2021年 · 工作要点'),
      planRecord('songhu-2020', '健康松湖行动实施方案', '浙江省 · 松湖市 · 2020年 · 实施方案'),
    ]);
    expect(facets.plan).toEqual([
      ['qinghe-2021', '2021年健康青禾建设工作要点（北京市 · 青禾区 · 2021年 · 工作要点）'],
      ['qinghe-2021-gongzuoyaodian', '2021年健康青禾建设工作要点（辽宁省 · 青禾市 · 2021年 · 工作要点）'],
      ['songhu-2020', '健康松湖行动实施方案'],
    ]);
  });
});
