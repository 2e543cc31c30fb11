import { describe, expect, test } from 'vitest';
import { readNotice } from '../../scripts/ingest/read-notice.ts';
import { bareName } from '../../scripts/parse/bare-name.ts';
import { readProvince } from '../../scripts/parse/province.ts';

// Sentences written for these tests around real place names (the gazetteer knows only real ones).
describe('the province of a place', () => {
  test.each<[string, string, boolean, string[], string, string | null]>([
    // A province, a municipality and their own 健康X plans are their own province.
    ['a province', '浙江省', false, [], '全省各地要推进健康浙江建设。', '浙江省'],
    ['a municipality', '北京市', false, [], '全市各区推进。', '北京市'],
    ['an autonomous region printed bare', '宁夏', true, [], '全区各地推进健康宁夏建设。', '宁夏回族自治区'],
    ['Inner Mongolia printed with its level', '内蒙古自治区', false, [], '', '内蒙古自治区'],
    ['Inner Mongolia printed bare', '内蒙古', true, [], '全区各地推进健康内蒙古建设。', '内蒙古自治区'],
    // A name the gazetteer holds once nationally.
    ['a unique district', '鄞州区', false, [], '区卫生健康局牵头。', '浙江省'],
    ['a unique county', '桓仁满族自治县', false, [], '', '辽宁省'],
    // 鼓楼区 is in 南京, 徐州, 福州 and 开封: only a parent the notice prints decides.
    ['an ambiguous district alone', '鼓楼区', false, [], '全区各街道推进。', null],
    ['an ambiguous district under its city', '鼓楼区', false, [], '福州市鼓楼区人民政府办公室关于印发方案的通知', '福建省'],
    ['an ambiguous district, its city in the issuer', '鼓楼区', false, ['开封市鼓楼区卫生健康委员会'], '', '河南省'],
    ['two cities of one province', '鼓楼区', false, [], '按照江苏省要求推进。', '江苏省'],
    ['two provinces named', '鼓楼区', false, [], '学习福建省、河南省经验。', null],
    // 普陀区 is in 上海 and in 舟山 (浙江).
    ['a parent chain', '普陀区', false, [], '上海市普陀区人民政府关于印发方案的通知', '上海市'],
    // A bare name is never taken alone, even when only one place is so called.
    ['a bare name, no parent', '盐城市', true, [], '推进健康盐城建设。', null],
    ['a bare name, its city printed before it', '余杭区', true, [], '杭州市余杭健康办', '浙江省'],
    ['a bare name, its province named', '桐乡市', true, ['桐乡市健康办'], '按照浙江省部署推进。', '浙江省'],
    ['a bare city whose name ends in 乡', '桐乡', true, [], '嘉兴市桐乡健康办', '浙江省'],
    ['an autonomous prefecture printed short', '黔南州', false, ['黔南州人民政府办公室'], '落实健康贵州行动。', '贵州省'],
    // A place the gazetteer lacks takes a parent printed before it, else nothing.
    ['an unknown place under a real city', '东岭区', false, [], '宁波市东岭区人民政府', '浙江省'],
    ['an unknown place', '东岭区', false, [], '全区推进。', null],
    ['no place', '未知', false, [], '', null],
  ])('%s: %s', (_, placeHans, bare, own, allNorm, expected) => {
    expect(readProvince({ placeHans, bare, own, allNorm })).toBe(expected);
  });

  test.each([
    ['桓仁满族自治县', '桓仁'],
    ['宁夏回族自治区', '宁夏'],
    ['黔南布依族苗族自治州', '黔南'],
    ['鄞州区', '鄞州'],
    ['沛县', '沛县'],
    ['杨凌示范区', '杨凌'],
    // 蒙古 is a people too: cutting it would leave 内.
    ['内蒙古自治区', '内蒙古'],
  ])('bareName(%s) is %s', (name, bare) => {
    expect(bareName(name)).toBe(bare);
  });
});

describe('a parsed plan knows its province', () => {
  function jurisdictionOf(lines: string[]) {
    const outcome = readNotice('province.txt', Buffer.from(lines.join('\n')));
    if (!outcome.ok) throw new Error(outcome.error);
    return outcome.plan.jurisdiction;
  }
  const body = ['为推进健康工作,制定本方案。', '一、总体要求', '全区各街道共同推进。区卫生健康局牵头。'];

  test('an ambiguous district decided by the issuer printed under the cover', () => {
    const j = jurisdictionOf(['鼓楼区人民政府办公室关于印发健康鼓楼行动实施方案的通知', '各街道办事处,区直各单位:', '现将《健康鼓楼行动实施方案》印发给你们,请认真贯彻执行。', '南京市鼓楼区人民政府办公室', '2021年5月8日', '健康鼓楼行动实施方案', ...body]);
    expect(j).toMatchObject({ placeHans: '鼓楼区', province: '江苏省' });
  });

  test('an ambiguous district with no parent printed stays without a province', () => {
    const j = jurisdictionOf(['鼓楼区人民政府办公室关于印发健康鼓楼行动实施方案的通知', '各街道办事处,区直各单位:', '现将《健康鼓楼行动实施方案》印发给你们,请认真贯彻执行。', '鼓楼区人民政府办公室', '2021年5月8日', '健康鼓楼行动实施方案', ...body]);
    expect(j).toMatchObject({ placeHans: '鼓楼区', province: null });
  });
});
