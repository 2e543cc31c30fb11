import { describe, expect, test } from 'vitest';
import { resolveComparator } from '../../scripts/insight/comparators.ts';
import { findDeadlines, leadingDeadline } from '../../scripts/insight/deadlines.ts';
import { maskNonTargets } from '../../scripts/insight/mask-text.ts';
import { cleanMetric, completeList, metricOfChange, nounAfterVerb, splitList } from '../../scripts/insight/metric-phrase.ts';

describe('cleanMetric', () => {
  test.each([
    ['到2018年底全区中小学规范化心理辅导室比例', '全区中小学规范化心理辅导室比例'],
    ['努力实现县域内就诊率', '县域内就诊率'],
    ['确保全年完成师资初(复)训', '全年完成师资初(复)训'],
    ['2018全区开展健康支持性环境创建', '全区开展健康支持性环境创建'],
    ['全市城市生活垃圾无害化处理率争取', '全市城市生活垃圾无害化处理率'],
    ['基本公共卫生服务经费', '基本公共卫生服务经费'],
  ])('%s', (phrase, expected) => expect(cleanMetric(phrase)).toBe(expected));
});

test.each([
  ['居民健康素养水平显著提高', '居民健康素养水平'],
  ['人均期望寿命逐步提高', '人均期望寿命'],
])('metricOfChange %s', (phrase, expected) => expect(metricOfChange(phrase)).toBe(expected));

test.each([
  ['孕产妇死亡率、婴儿死亡率和5岁以下儿童死亡率', ['孕产妇死亡率', '婴儿死亡率', '5岁以下儿童死亡率']],
  ['新建社区(村)多功能运动场', ['新建社区(村)多功能运动场']],
  ['区文广新局(旅游局、体育局)', ['区文广新局(旅游局、体育局)']],
])('splitList %s', (phrase, expected) => expect(splitList(phrase)).toEqual(expected));

test.each([
  [['主要食品', '主要农产品质量安全抽检合格率'], ['主要食品质量安全抽检合格率', '主要农产品质量安全抽检合格率']],
  [['食品', '药品安全公众满意度'], ['食品安全公众满意度', '药品安全公众满意度']],
  [['本区户籍人员基本养老保险', '基本医疗保险参保率'], ['本区户籍人员基本养老保险参保率', '基本医疗保险参保率']],
  [['孕产妇死亡率', '婴儿死亡率'], ['孕产妇死亡率', '婴儿死亡率']],
])('completeList %j', (parts, expected) => expect(completeList(parts)).toEqual(expected));

test('nounAfterVerb', () => expect(nounAfterVerb('中心城区新增公共厕所')).toBe('公共厕所'));

describe('resolveComparator', () => {
  test.each([
    ['达到85%以上', { kind: 'reach' } as const, '≥' as const, '≥'],
    ['达40%', { kind: 'reach' } as const, null, '≥'],
    ['控制在…以下', { kind: 'cap' } as const, '≤' as const, '≤'],
    ['不少于800份', { kind: 'strict', comparator: '≥' } as const, null, '≥'],
    ['稳定在65%以上', { kind: 'neutral' } as const, '≥' as const, '≥'],
    ['102家左右', null, '=' as const, '='],
    ['新建…4个', null, null, '='],
  ])('%s', (_printed, leaning, qualifier, expected) => expect(resolveComparator(leaning, qualifier)).toBe(expected));
});

describe('deadlines', () => {
  test.each([
    ['到2018年底全区', '到2018年底', 2018],
    ['2018年底前在宁波第七中学', '2018年底前', 2018],
    ['力争至2019年底,全区', '力争至2019年底', 2019],
    ['在2022年前实现城市供水智能化管理', '在2022年前', 2022],
    ['到2022 年,居民健康素养水平显著提高', '到2022 年', 2022],
    ['2017年至2019年通过全日制', '2017年至2019年', 2019],
  ])('%s', (text, printed, year) => {
    const [d] = findDeadlines(text);
    expect([text.slice(d!.start, d!.end), d!.year]).toEqual([printed, year]);
  });

  test.each([['完成省市确定的2018 年度道路交通万车死亡率控制指标'], ['20182019年巩固提升治污效果']])('none in %s', (text) => {
    expect(findDeadlines(text)).toEqual([]);
  });

  test('a leading deadline opens a paragraph', () => {
    expect(leadingDeadline('到2022 年,居民健康素养水平显著提高')?.year).toBe(2022);
    expect(leadingDeadline('具体实现以下目标:')).toBeNull();
    expect(leadingDeadline('加强城市供水规范化管理,在2022年前实现')).toBeNull();
  });
});

test.each([
  ['《中国公民健康素养66条》为巡讲总纲', '□□□□□□□□□□□□□为巡讲总纲'],
  ['(甬政发〔2016〕1号),落实', '(甬政发□□□□□□□□),落实'],
  ['全区空气细颗粒物(PM2.5)浓度≤48.5μg/m3', '全区空气细颗粒物(□□□□□)浓度≤48.5μg/m3'],
  ['实现主城区急救半径3-5公里覆盖', '实现主城区急救半径□□□公里覆盖'],
])('maskNonTargets %s', (text, expected) => {
  const masked = maskNonTargets(text);
  expect(masked).toBe(expected);
  expect(masked.length).toBe(text.length);
});
